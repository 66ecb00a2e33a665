import type { AckNode, AckTables } from './ack-trie';
import { EMOJI_KINDS, REACTIONS } from './lexicons/reactions';
import type { Acknowledgement, AckKind, Language } from './types';
import { fill, tokenizer, type Tokenizer, type Unit } from './units';

/** An acknowledgement is short by nature: longer text is never one, and is not tokenized. */
export const MAX_ACK_LENGTH = 200;
const MAX_NAMES = 2;
const STATES = (MAX_NAMES + 1) * 2;

/** Most specific first: "Got it, thanks!" is thanks, "ok, done" is a confirmation. */
const PRIORITY: readonly AckKind[] = ['congratulations', 'thanks', 'praise', 'laughter', 'approval', 'confirmation', 'on-it', 'agreement', 'acknowledgement'];

const LAUGH = /^(?:(?:h[aeiou]){2,}h?|(?:[aeiou]h){2,}|(?:j[aeiou]){2,}j?|(?:hue){2,}|(?:rs){2,}|k{3,}|w+|lo+l+[sz]?|lmf?a+o+|rofl|mdr+|ptdr+|x+d+|hah|heh|jaj|kek|23{2,})$/;
const STRETCHED = /(.)\1/;
const CONNECTORS = new Set(['&', 'and', 'y', 'et', 'und', 'e']);

interface Edge {
  to: number;
  /** The phrase's languages, when the step is a phrase. */
  langs?: Language[];
  names: number;
  kind: AckKind | null;
  /** Carries meaning (a phrase, a known emoji, laughter), as opposed to a name or filler. */
  content: boolean;
}

interface Step {
  from: number;
  state: number;
  edge: Edge;
}

/** What the search reads: the lazy tokens and each word's spellings (cached). */
interface Reader {
  tok: Tokenizer;
  keys: string[][];
  tables: AckTables;
}

/** Squeezes stretched letters: "thanksss" → "thankss" → "thanks", "coool" → "cool". */
function variants(key: string): string[] {
  if (!STRETCHED.test(key)) return [key];
  const out = [key];
  const two = key.replace(/(.)\1{2,}/g, '$1$1');
  if (two !== key) out.push(two);
  const one = key.replace(/(.)\1+/g, '$1');
  if (one !== key && one !== two) out.push(one);
  return out;
}

function keysOf(r: Reader, j: number): string[] {
  let k = r.keys[j];
  if (!k) {
    const u = r.tok.units[j]!;
    k = u.type === 'word' ? variants(u.key) : [u.key];
    r.keys[j] = k;
  }
  return k;
}

function children(node: AckNode, r: Reader, j: number): AckNode[] {
  const unit = r.tok.units[j]!;
  if (unit.type === 'cjk') {
    const c = node.next.get(unit.key);
    return c ? [c] : [];
  }
  if (unit.type !== 'word') return [];
  const found: AckNode[] = [];
  for (const v of keysOf(r, j)) {
    const c = node.next.get(v);
    if (c && !found.includes(c)) found.push(c);
  }
  // One swapped pair of letters ("thnaks") still reads as the word that opens a phrase.
  if (found.length === 0 && node === r.tables.root) {
    const fixed = r.tables.typos.get(unit.key);
    const c = fixed === undefined ? undefined : node.next.get(fixed);
    if (c) found.push(c);
  }
  return found;
}

function phraseEdges(r: Reader, i: number, names: number, out: Edge[]): void {
  let frontier: AckNode[] = [r.tables.root];
  for (let j = i; frontier.length && fill(r.tok, j); j++) {
    const u = r.tok.units[j]!;
    if (j > i && (u.gap === 'strong' || u.gap === 'line')) break;
    const next: AckNode[] = [];
    for (const n of frontier) for (const c of children(n, r, j)) if (!next.includes(c)) next.push(c);
    for (const c of next) {
      if (c.kinds) for (const kind of c.kinds) out.push({ to: j + 1, names, kind, content: true, langs: c.langs });
      if (c.filler) out.push({ to: j + 1, names, kind: null, content: false });
    }
    frontier = next;
  }
}

function honorificAt(r: Reader, i: number): number {
  for (const h of r.tables.honorifics) {
    let ok = true;
    for (let k = 0; k < h.length && ok; k++) ok = fill(r.tok, i + k) && r.tok.units[i + k]!.type === 'cjk' && r.tok.units[i + k]!.key === h[k];
    if (ok) return h.length;
  }
  return 0;
}

function edgesAt(r: Reader, i: number, names: number): Edge[] {
  const out: Edge[] = [];
  const units = r.tok.units;
  const u = units[i]!;
  phraseEdges(r, i, names, out);
  if (u.type === 'word' && u.key.length <= 40 && LAUGH.test(u.key)) out.push({ to: i + 1, names, kind: 'laughter', content: true });
  if (u.type === 'emoji') {
    const kind = EMOJI_KINDS[u.key] ?? null;
    out.push({ to: i + 1, names, kind, content: kind !== null });
  }
  if (names < MAX_NAMES) {
    if (u.type === 'mention') out.push({ to: i + 1, names: names + 1, kind: null, content: false });
    // A capitalised word addressed in passing ("thanks Maria"). One opening a sentence is only a
    // name when a comma follows ("Maria, thanks"): "Not sure that works" starts with a plain word.
    if (u.type === 'word' && u.cap && !r.tables.notNames.has(u.key) && (u.gap !== 'strong' || i === 0)) {
      const opening = i === 0 || u.gap === 'line';
      if (!opening || (fill(r.tok, i + 1) && r.tok.units[i + 1]!.comma) || (opening && i > 0 && !fill(r.tok, i + 1))) {
        out.push({ to: i + 1, names: names + 1, kind: null, content: false });
      }
    }
    if (u.type === 'cjk') {
      // A CJK name is at most three characters before an honorific (田中さん, 王总), or a title alone (老师).
      for (let k = 0; k <= 3; k++) {
        if (k > 0 && !(fill(r.tok, i + k - 1) && units[i + k - 1]!.type === 'cjk')) break;
        const h = honorificAt(r, i + k);
        if (h) out.push({ to: i + k + h, names: names + 1, kind: null, content: false });
      }
    }
  }
  if (u.type === 'word' && CONNECTORS.has(u.key) && fill(r.tok, i + 1)) {
    const next = units[i + 1]!;
    if (next.cap || next.type === 'mention') out.push({ to: i + 1, names, kind: null, content: false });
  }
  return out;
}

function hasBlocker(r: Reader): boolean {
  const n = r.tok.units.length;
  for (const b of r.tables.blockers) {
    for (let i = 0; i + b.length <= n; i++) {
      let ok = true;
      for (let k = 0; k < b.length && ok; k++) ok = keysOf(r, i + k).includes(b[k]!);
      if (ok) return true;
    }
  }
  return false;
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
export function detectAcknowledgement(original: string, folded: string, tables: AckTables): AckFinding | null {
  if (original.length > MAX_ACK_LENGTH || folded.includes('?')) return null;
  const r: Reader = { tok: tokenizer(original, folded), keys: [], tables };
  // reach[i * STATES + state]: the step that first reached position i in that state, where
  // state = names * 2 + (has content ? 1 : 0). Tracking content keeps a path of names and
  // fillers from hiding one that carries a phrase.
  const reach: (Step | null)[] = [null];
  let furthest = 0;
  let i = 0;
  for (; fill(r.tok, i); i++) {
    if (i > furthest) return null;
    for (let state = 0; state < STATES; state++) {
      if (reach[i * STATES + state] === undefined) continue;
      const names = state >> 1;
      const content = (state & 1) === 1;
      for (const edge of edgesAt(r, i, names)) {
        const next = edge.names * 2 + (content || (edge.content && edge.kind !== null) ? 1 : 0);
        const slot = edge.to * STATES + next;
        if (reach[slot] === undefined) reach[slot] = { from: i, state, edge };
        if (edge.to > furthest) furthest = edge.to;
      }
    }
  }
  if (r.tok.failed || i === 0) return null;
  for (let names = 0; names <= MAX_NAMES; names++) {
    const end = i * STATES + names * 2 + 1;
    if (reach[end] === undefined) continue;
    // Sarcasm ("oh great") is checked only once a message reads as an acknowledgement at all.
    return hasBlocker(r) ? null : build(original, r.tok.units, walkBack(reach, end));
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
  const reactions = [...REACTIONS[kind]];
  for (const other of ranked.slice(1)) {
    const first = REACTIONS[other][0]!;
    if (!reactions.includes(first)) reactions.push(first);
  }
  return { ack: { kind, reactions: reactions.slice(0, 6), evidence: { text: original.slice(start, end), start, end } }, langs };
}
