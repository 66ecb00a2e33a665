import { edgesAt, keysOf, type Edge, type Reader } from './ack-edges';
import { rejectedAt, stillRejected, type AckMemo } from './ack-memo';
import type { AckTables } from './ack-trie';
import { emojiTables } from './lexicons';
import type { Acknowledgement, AckKind, Language } from './types';
import { fill, MOOD_OF, tokenizer, type Tokenizer, type Unit } from './units';

/** An acknowledgement is short by nature: longer text is never one, and is not tokenized. */
export const MAX_ACK_LENGTH = 200;
const MAX_NAMES = 2;
const STATES = (MAX_NAMES + 1) * 2;

/** Most specific first: "Got it, thanks!" is thanks, "ok, done" is a confirmation. */
const PRIORITY: readonly AckKind[] = ['congratulations', 'thanks', 'praise', 'laughter', 'approval', 'confirmation', 'on-it', 'agreement', 'acknowledgement'];

interface Step {
  from: number;
  state: number;
  edge: Edge;
}

function hasBlocker(r: Reader): boolean {
  const n = r.tok.units.length;
  for (let i = 0; i < n; i++) {
    for (const first of keysOf(r, i)) {
      for (const b of r.tables.blockers.get(first) ?? []) {
        let ok = i + b.length <= n;
        for (let k = 1; k < b.length && ok; k++) ok = keysOf(r, i + k).includes(b[k]!);
        if (ok) return true;
      }
    }
  }
  return false;
}

/**
 * False when the text cannot be an acknowledgement at all (too long, or questions): nothing else is
 * read. One question mark may stay, for a how-are-you opening a letter (see the search below).
 */
export function mayBeAcknowledgement(original: string, folded: string): boolean {
  if (original.length > MAX_ACK_LENGTH) return false;
  const q = folded.indexOf('?');
  if (q >= 0 && folded.includes('?', q + 1)) return false;
  const open = folded.indexOf('¿');
  return open < 0 || (open <= q && !folded.includes('¿', open + 1));
}

/**
 * The question mark at `q`, if any, ends a step: the search lets only a how-are-you with nothing but
 * greetings and names before it end there, so a mark no step ends ("? ok") asks.
 */
function asksNothing(q: number, tok: Tokenizer, steps: Step[]): boolean {
  return q < 0 || steps.some(({ edge }) => endsAt(tok, edge, q));
}

/** Each 💀 or 😭 stands beside a kind it may mean ("lmao 💀", "ありがとう😭"), not "ok 💀". */
function moodFits(units: Unit[], steps: Step[]): boolean {
  return steps.every(({ from }) => {
    const mood = MOOD_OF[units[from]!.key];
    return !mood || units[from]!.type !== 'emoji' || steps.some((s) => s.edge.kind !== null && mood.includes(s.edge.kind));
  });
}

/** The step ends right before position `q` (nothing but punctuation or spaces between). */
function endsAt(tok: Tokenizer, edge: Edge, q: number): boolean {
  return tok.units[edge.to - 1]!.end <= q && (!fill(tok, edge.to) || tok.units[edge.to]!.start > q);
}

/** An acknowledgement, plus the languages its phrases come from (for language detection). */
export interface AckFinding {
  ack: Acknowledgement;
  langs: Language[];
}

/**
 * The whole message as an acknowledgement a reaction could replace, or null. A left-to-right search
 * over units: each step is a phrase, a laughter token, an emoji, a filler ("hi", "all") or one of at
 * most two names; the message qualifies when the steps cover it exactly and one carried meaning.
 */
export function detectAcknowledgement(
  original: string,
  folded: string,
  tables: AckTables,
  holder: { memo: AckMemo | null } = tables,
  /** Leading units shared with the text the memo was last checked against, when the caller knows. */
  known?: number,
): AckFinding | null {
  if (!mayBeAcknowledgement(original, folded)) return null;
  if (stillRejected(holder.memo, original, folded, known)) return null;
  holder.memo = null;
  const r: Reader = { tok: tokenizer(original, folded), keys: [], edges: [], tables };
  // reach[i * STATES + state]: the step that first reached position i in that state, where
  // state = names * 2 + (has content ? 1 : 0). Tracking content keeps a path of names and
  // fillers from hiding one that carries a phrase.
  const reach: (Step | null)[] = [null];
  const q = folded.indexOf('?');
  let furthest = 0;
  let i = 0;
  for (; fill(r.tok, i); i++) {
    if (i > furthest) {
      holder.memo = rejectedAt(r.tok);
      return null;
    }
    for (let state = 0; state < STATES; state++) {
      if (reach[i * STATES + state] === undefined) continue;
      const names = state >> 1;
      const content = (state & 1) === 1;
      for (const edge of edgesAt(r, i)) {
        if (edge.name && names >= MAX_NAMES) continue;
        // Only a how-are-you, with no content before it, may end right before the question mark.
        if (q >= 0 && endsAt(r.tok, edge, q) && (content || !edge.greets)) continue;
        const next = (edge.name ? names + 1 : names) * 2 + (content || (edge.content && edge.kind !== null) ? 1 : 0);
        const slot = edge.to * STATES + next;
        if (reach[slot] === undefined) reach[slot] = { from: i, state, edge };
        if (edge.to > furthest) furthest = edge.to;
      }
    }
  }
  if (r.tok.failed || i === 0) {
    holder.memo = rejectedAt(r.tok);
    return null;
  }
  for (let names = 0; names <= MAX_NAMES; names++) {
    const end = i * STATES + names * 2 + 1;
    if (reach[end] === undefined) continue;
    // Sarcasm ("oh great") is checked only once a message reads as an acknowledgement at all.
    const steps = walkBack(reach, end);
    return hasBlocker(r) || !asksNothing(q, r.tok, steps) || !moodFits(r.tok.units, steps) ? null : build(original, r.tok.units, steps);
  }
  return null;
}

function walkBack(reach: (Step | null)[], end: number): Step[] {
  const steps: Step[] = [];
  let slot = end;
  for (let step = reach[slot]; step; step = reach[slot]) {
    steps.push(step);
    slot = step.from * STATES + step.state;
  }
  return steps.reverse();
}

function build(original: string, units: Unit[], steps: Step[]): AckFinding {
  const kinds = new Set<AckKind>();
  const langs: Language[] = [];
  let start = -1;
  let end = -1;
  for (const s of steps) {
    if (!s.edge.content) continue;
    if (s.edge.kind) kinds.add(s.edge.kind);
    for (const l of s.edge.langs ?? []) if (!langs.includes(l)) langs.push(l);
    if (start < 0) start = units[s.from]!.start;
    end = units[s.edge.to - 1]!.end;
  }
  const ranked = PRIORITY.filter((k) => kinds.has(k));
  const kind = ranked[0]!;
  const table = emojiTables().reactions;
  const reactions = [...(table[kind] ?? [])];
  for (const other of ranked.slice(1)) {
    const first = table[other]?.[0];
    if (first && !reactions.includes(first)) reactions.push(first);
  }
  return { ack: { kind, reactions: reactions.slice(0, 6), evidence: { text: original.slice(start, end), start, end } }, langs };
}
