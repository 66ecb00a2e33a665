import { ANY_WORD, type AckNode, type AckTables } from './ack-trie';
import { casualKana, congratulates, congratulationTail, signatureEdge, topicEdge } from './ack-cjk';
import { attributeEnds, exclamationEnds, isMishap, tailEnds, wildcardTakes } from './ack-tails';
import { emojiTables } from './lexicons';
import type { AckKind, Language } from './types';
import { fill, type Tokenizer, type Unit } from './units';

const LAUGH = /^(?:(?:h[aeiou]){2,}h?|(?:[aeiou]h){2,}|(?:j[aeiou]){2,}j?|(?:hue){2,}|(?:rs){2,}|k{3,}|w+|lo+l+[sz]?|lmf?a+o+|rofl|mdr+|ptdr+|x+d+|hah|heh|jaj|kek|23{2,})$/;
const CONNECTORS = new Set(['&', 'and', 'y', 'et', 'und', 'e']);

/** One step of the acknowledgement search from a unit. */
export interface Edge {
  to: number;
  /** The phrase's languages, when the step is a phrase. */
  langs?: Language[];
  /** The step is a name: it spends one of the message's few names. */
  name: boolean;
  kind: AckKind | null;
  /** Carries meaning (a phrase, a known emoji, laughter), as opposed to a name or filler. */
  content: boolean;
  /** A how-are-you filler: a question mark may follow it at the start of a message. */
  greets?: boolean;
}

/**
 * What the search reads: the lazy tokens, each word's spellings and each unit's edges, computed
 * once per unit (the edges do not depend on the search state, only on the text).
 */
export interface Reader {
  tok: Tokenizer;
  keys: string[][];
  edges: Edge[][];
  tables: AckTables;
}

/** True when the word has a letter written twice in a row ("thankss", "cool"). */
function stretched(key: string): boolean {
  for (let i = 1; i < key.length; i++) if (key.charCodeAt(i) === key.charCodeAt(i - 1)) return true;
  return false;
}

/** Squeezes stretched letters: "thanksss" → "thankss" → "thanks", "coool" → "cool". */
function variants(key: string): string[] {
  if (!stretched(key)) return [key];
  const out = [key];
  const two = key.replace(/(.)\1{2,}/g, '$1$1');
  if (two !== key) out.push(two);
  const one = key.replace(/(.)\1+/g, '$1');
  if (one !== key && one !== two) out.push(one);
  return out;
}

/** The spellings of unit `j` to look up (cached). */
export function keysOf(r: Reader, j: number): string[] {
  let k = r.keys[j];
  if (!k) {
    const u = r.tok.units[j]!;
    k = u.type === 'word' ? variants(u.key) : [u.key];
    r.keys[j] = k;
  }
  return k;
}

/** Adds the children of `node` for unit `j` to `next`, without duplicates. */
function addChildren(node: AckNode, r: Reader, j: number, next: AckNode[]): void {
  const unit = r.tok.units[j]!;
  if (unit.type === 'cjk') {
    const c = node.next.get(unit.key);
    if (c && !next.includes(c)) next.push(c);
    if (node !== r.tables.root) casualKana(node, r.tok, j, next);
    return;
  }
  if (unit.type !== 'word') return;
  // `_` in a phrase takes any one word ("nice work on the _").
  const any = node.next.get(ANY_WORD);
  if (any && !next.includes(any) && wildcardTakes(r.tok, (k) => keysOf(r, k), j)) next.push(any);
  let found = false;
  for (const v of keysOf(r, j)) {
    const c = node.next.get(v);
    if (!c) continue;
    found = true;
    if (!next.includes(c)) next.push(c);
  }
  // One swapped pair of letters ("thnaks") still reads as the word that opens a phrase.
  if (!found && node === r.tables.root) {
    const fixed = r.tables.typos.get(unit.key);
    const c = fixed === undefined ? undefined : node.next.get(fixed);
    if (c && !next.includes(c)) next.push(c);
  }
}

function phraseEdges(r: Reader, i: number, out: Edge[]): void {
  let frontier: AckNode[] = [r.tables.root];
  const keys = (j: number): string[] => keysOf(r, j);
  for (let j = i; frontier.length && fill(r.tok, j); j++) {
    const u = r.tok.units[j]!;
    if (j > i && (u.gap === 'strong' || u.gap === 'line')) break;
    const next: AckNode[] = [];
    for (const n of frontier) addChildren(n, r, j, next);
    for (const c of next) {
      if (c.kinds) {
        for (const kind of c.kinds) {
          out.push({ to: j + 1, name: false, kind, content: true, langs: c.langs });
          // The same phrase with a slot after it (lexicons/frames.ts): "thanks for covering".
          if (u.type === 'word') for (const to of tailEnds(r.tok, keys, j + 1, j, kind, c.langs)) out.push({ to, name: false, kind, content: true, langs: c.langs });
          else if (kind === 'congratulations' && fill(r.tok, j + 1) && congratulates(r, i, j + 1)) {
            const to = congratulationTail(r, j + 1);
            if (to !== null) out.push({ to, name: false, kind, content: true, langs: c.langs });
          }
        }
      }
      if (c.filler) out.push({ to: j + 1, name: false, kind: null, content: false, greets: c.greets });
    }
    frontier = next;
  }
}

function honorificAt(r: Reader, i: number): number {
  if (!fill(r.tok, i) || r.tok.units[i]!.type !== 'cjk') return 0;
  const list = r.tables.honorificsByFirst.get(r.tok.units[i]!.key);
  if (!list) return 0;
  for (const h of list) {
    let ok = true;
    for (let k = 1; k < h.length && ok; k++) ok = fill(r.tok, i + k) && r.tok.units[i + k]!.type === 'cjk' && r.tok.units[i + k]!.key === h[k];
    if (ok) return h.length;
  }
  return 0;
}

/** Abbreviated titles a name may follow after their full stop ("Dr. Rossi", "Dra. Helena", "Mag. Pichler"). */
const TITLES = new Set(['dr', 'dra', 'mr', 'mrs', 'ms', 'mme', 'mlle', 'sr', 'sra', 'srta', 'prof', 'mag', 'ing', 'dipl']);

/** A word that may be part of a name: capitalised ("Klein") or an initial ("J"). */
function nameWord(r: Reader, w: Unit): boolean {
  const first = r.tok.original[w.start]!;
  return w.type === 'word' && (w.cap || (w.end - w.start === 1 && first !== first.toLowerCase())) && !r.tables.notNames.has(w.key) && !isMishap(w.key);
}

/**
 * Unit `i` opens the last line after a sign-off ("Best,\nTom Baker", "Freundliche Grüsse\nMarco
 * Keller"): a comma ends the line before, or its last word is a filler. Not after content alone:
 * "Thanks\nBuild Failed" reports.
 */
function signs(r: Reader, i: number): boolean {
  const u = r.tok.units[i]!;
  return i > 0 && u.gap === 'line' && (u.comma || !!r.tables.root.next.get(r.tok.units[i - 1]!.key)?.filler);
}

/** Unit `k` goes on the name before it: after a space, or after the full stop of an initial or a title ("J. Smith"). */
function continuesName(r: Reader, k: number): boolean {
  const w = r.tok.units[k]!;
  if (w.comma) return false;
  if (w.gap === 'soft') return true;
  const prev = r.tok.units[k - 1]!;
  return w.gap === 'strong' && r.tok.original[prev.end] === '.' && (prev.key.length === 1 || TITLES.has(prev.key));
}

function nameEdges(r: Reader, i: number, out: Edge[]): void {
  const units = r.tok.units;
  const u = units[i]!;
  if (u.type === 'mention') out.push({ to: i + 1, name: true, kind: null, content: false });
  // A capitalised word addressed in passing ("thanks Maria"). One opening a sentence is only a
  // name when a comma follows ("Maria, thanks"): "Not sure that works" starts with a plain word.
  if (u.type === 'word' && u.cap && !r.tables.notNames.has(u.key) && !isMishap(u.key) && (u.gap !== 'strong' || i === 0 || continuesName(r, i))) {
    const opening = i === 0 || u.gap === 'line';
    if (!opening || (fill(r.tok, i + 1) && r.tok.units[i + 1]!.comma) || (opening && i > 0 && !fill(r.tok, i + 1))) {
      out.push({ to: i + 1, name: true, kind: null, content: false });
    }
  }
  // A full name is one name: before a greeting's comma ("Hi Priya Sharma,", "Olá Dra. Helena,") or
  // alone on the last line ("Markus Klein", "J. Smith").
  // Words that open an acknowledgement phrase ("Ship It", "No Go") are no full name.
  if (nameWord(r, u) && !r.tables.root.next.has(u.key)) {
    for (let k = i + 1; k < i + 3 && fill(r.tok, k); k++) {
      if (!nameWord(r, units[k]!) || r.tables.root.next.has(units[k]!.key) || !continuesName(r, k)) break;
      const more = fill(r.tok, k + 1);
      if (more ? units[k + 1]!.comma : signs(r, i)) out.push({ to: k + 1, name: true, kind: null, content: false });
    }
  }
  if (u.type === 'cjk') {
    // A CJK name is at most three characters before an honorific (田中さん, 王总), or a title alone (老师).
    for (let k = 0; k <= 3; k++) {
      if (k > 0 && !(fill(r.tok, i + k - 1) && units[i + k - 1]!.type === 'cjk')) break;
      const h = honorificAt(r, i + k);
      if (h) out.push({ to: i + k + h, name: true, kind: null, content: false });
    }
  }
}

function computeEdges(r: Reader, i: number): Edge[] {
  const out: Edge[] = [];
  const units = r.tok.units;
  const u = units[i]!;
  phraseEdges(r, i, out);
  if (u.type === 'word' && u.key.length <= 40 && LAUGH.test(u.key)) out.push({ to: i + 1, name: false, kind: 'laughter', content: true });
  if (u.type === 'word') {
    for (const praised of [attributeEnds(r.tok, (j) => keysOf(r, j), i), exclamationEnds(r.tok, (j) => keysOf(r, j), i)]) {
      if (praised) for (const to of praised.ends) out.push({ to, name: false, kind: 'praise', content: true, langs: praised.langs });
    }
  }
  if (u.type === 'emoji') {
    const kind = (emojiTables().emojiKinds[u.key] as AckKind | undefined) ?? null;
    out.push({ to: i + 1, name: false, kind, content: kind !== null });
  }
  // Name edges sit here in the list; the search skips them once a message has used its names.
  nameEdges(r, i, out);
  if (u.type === 'cjk') {
    signatureEdge(r, i, out);
    topicEdge(r, i, out, edgesAt);
  }
  if (u.type === 'word' && CONNECTORS.has(u.key) && fill(r.tok, i + 1)) {
    const next = units[i + 1]!;
    if (next.cap || next.type === 'mention') out.push({ to: i + 1, name: false, kind: null, content: false });
  }
  return out;
}

/** Every step that can start at unit `i` (which must exist), computed once per unit. */
export function edgesAt(r: Reader, i: number): Edge[] {
  let e = r.edges[i];
  if (!e) {
    e = computeEdges(r, i);
    r.edges[i] = e;
  }
  return e;
}
