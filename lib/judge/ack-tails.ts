import { LATIN, tableOf, wildcardStopSet, isMishap, type TailTable } from './ack-tail-tables';
import type { AckKind, Language } from './types';
import { fill, type Tokenizer } from './units';

export { isMishap } from './ack-tail-tables';

/** Most words a reason or a complement may hold ("the new onboarding docs"). */
export const MAX_TAIL_WORDS = 4;

/** Which tails each kind of acknowledgement takes. */
export const TAILS_OF: Readonly<Partial<Record<AckKind, readonly ('reason' | 'agreeWith' | 'time' | 'side')[]>>> = {
  thanks: ['reason'],
  congratulations: ['reason'],
  praise: ['reason'],
  agreement: ['agreeWith'],
  acknowledgement: ['agreeWith', 'side'],
  'on-it': ['time', 'side'],
  confirmation: ['time', 'side'],
  approval: ['side'],
};

/**
 * Frames that extend an acknowledgement phrase by a slot that adds no content: a short reason
 * after thanks, congratulations or praise ("thanks for covering", "Parabéns pelo aniversário de
 * empresa"), whom one agrees with ("agree with Sam", "+1 to what Sam said"), when one is on it
 * ("taking a look rn") and whose side is done ("c'est fait de mon côté"). The slot words are
 * each lexicon's `ackTails` (see ack-tail-tables.ts); a reason's object is at most a few words in one clause, none of them a
 * clause opener, condition, negation or new commitment.
 */
/** Spellings of one unit (the search's own, with squeezed letters). */
export type KeysOf = (j: number) => string[];

function opens(tok: Tokenizer, j: number): boolean {
  if (!fill(tok, j)) return false;
  const u = tok.units[j]!;
  return u.type === 'word' && u.gap !== 'strong' && u.gap !== 'line';
}

function hasKey(keys: KeysOf, j: number, set: Set<string>): boolean {
  for (const k of keys(j)) if (set.has(k)) return true;
  return false;
}

/**
 * Ends of an object of 1 to `max` words in one clause, starting at unit `first`: none of them a
 * stop, and no mishap as its head (the first two words).
 */
function objectEnds(tok: Tokenizer, keys: KeysOf, first: number, t: TailTable, out: number[], max = MAX_TAIL_WORDS): void {
  for (let j = first; j < first + max; j++) {
    if (!fill(tok, j)) return;
    const u = tok.units[j]!;
    if (u.type !== 'word' || u.gap === 'strong' || u.gap === 'line') return;
    if (j > first && u.comma) return;
    if (hasKey(keys, j, t.stops) || (j < first + 2 && hasKey(keys, j, t.mishaps))) return;
    if (!out.includes(j + 1)) out.push(j + 1);
  }
}

/** Ends of a preposition of `preps` at unit `at` followed by an object. */
function prepositionEnds(tok: Tokenizer, keys: KeysOf, at: number, preps: Set<string>, t: TailTable, out: number[], max = MAX_TAIL_WORDS): void {
  if (opens(tok, at) && hasKey(keys, at, preps)) objectEnds(tok, keys, at + 1, t, out, max);
}

/** A reason, and a second one after it ("Enhorabuena a todo el equipo por el lanzamiento"). */
function reasonEnds(tok: Tokenizer, keys: KeysOf, at: number, t: TailTable, out: number[]): void {
  const first: number[] = [];
  prepositionEnds(tok, keys, at, t.reason, t, first);
  for (const e of first) {
    if (!out.includes(e)) out.push(e);
    prepositionEnds(tok, keys, e, t.reason, t, out);
  }
}

function sequenceEnds(tok: Tokenizer, keys: KeysOf, at: number, lists: string[][], out: number[]): void {
  for (const seq of lists) {
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) {
      const j = at + k;
      if (!fill(tok, j)) ok = false;
      else {
        const u = tok.units[j]!;
        ok = u.gap !== 'strong' && u.gap !== 'line' && keys(j).includes(seq[k]!);
      }
    }
    if (ok && !out.includes(at + seq.length)) out.push(at + seq.length);
  }
}

/**
 * Where a phrase of `kind` ending before unit `at` may end instead once a tail is added: the
 * ends after each tail that fits, or an empty list. `last` is the phrase's last unit.
 */
export function tailEnds(tok: Tokenizer, keys: KeysOf, at: number, last: number, kind: AckKind, langs: readonly Language[]): number[] {
  const slots = TAILS_OF[kind];
  const out: number[] = [];
  if (!slots || langs.length === 0 || !fill(tok, at)) return out;
  for (const lang of langs) {
    const t = tableOf(lang);
    for (const slot of slots) {
      if (slot === 'reason') reasonEnds(tok, keys, at, t, out);
      else if (slot === 'agreeWith') {
        // Whom one agrees with may be a short clause: "com tudo que a Ju falou".
        if (hasKey(keys, last, t.agreeHeads)) prepositionEnds(tok, keys, at, t.agreeWith, t, out, MAX_TAIL_WORDS + 1);
      } else sequenceEnds(tok, keys, at, t[slot], out);
    }
  }
  return out;
}

/**
 * Praise of a thing, adjective first ("great demo", "belle mise en prod", "tolle Präsentation"):
 * where such a phrase starting at unit `i` may end, with the adjective's languages, or null. The
 * thing praised follows in the same clause (no comma) and holds none of the language's stops.
 */
export function attributeEnds(tok: Tokenizer, keys: KeysOf, i: number): { ends: number[]; langs: Language[] } | null {
  const langs = LATIN.filter((l) => hasKey(keys, i, tableOf(l).praiseAdjectives));
  if (langs.length === 0 || !fill(tok, i + 1)) return null;
  const next = tok.units[i + 1]!;
  if (next.gap !== 'soft' || next.comma) return null;
  const ends: number[] = [];
  for (const l of langs) objectEnds(tok, keys, i + 1, tableOf(l), ends);
  return ends.length ? { ends, langs } : null;
}

/**
 * An exclamation of praise ("What a great demo", "Qué buena presentación", "Que apresentação
 * incrível", "Quelle belle démo"): an exclamative, then a few words of one clause holding a praise
 * adjective before or after the noun. Where it may end, or null.
 */
export function exclamationEnds(tok: Tokenizer, keys: KeysOf, i: number): { ends: number[]; langs: Language[] } | null {
  let out: { ends: number[]; langs: Language[] } | null = null;
  for (const lang of LATIN) {
    const t = tableOf(lang);
    const heads: number[] = [];
    sequenceEnds(tok, keys, i, t.exclamatives, heads);
    for (const h of heads) {
      const ends: number[] = [];
      objectEnds(tok, keys, h, t, ends);
      let praised = false;
      for (let j = h; j < h + MAX_TAIL_WORDS && ends.includes(j + 1); j++) {
        praised ||= hasKey(keys, j, t.anyPraise);
        if (!praised) continue;
        out ??= { ends: [], langs: [] };
        if (!out.ends.includes(j + 1)) out.ends.push(j + 1);
        if (!out.langs.includes(lang)) out.langs.push(lang);
      }
    }
  }
  return out;
}

/**
 * True when a `_` of a phrase may take unit `j`: a word after no comma that opens no clause and
 * names no mishap ("merci pour le retard" is sarcasm).
 */
export function wildcardTakes(tok: Tokenizer, keys: KeysOf, j: number): boolean {
  if (tok.units[j]!.comma) return false;
  const stops = wildcardStopSet();
  for (const k of keys(j)) if (stops.has(k) || isMishap(k)) return false;
  return true;
}
