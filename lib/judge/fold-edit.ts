// Folding an edited text from the previous one: only the part after the edit is folded again.
import { countAll, emptyCounts, type ScriptCounts } from './fold-counts';
import { fold, type Folded } from './fold';
import { hasPrefix } from './prefix';

/**
 * Characters whose folding depends on the rest of the text: Σ lower-cases to ς at a word's end, and
 * İ changes the length (its text then folds unit by unit). A text holding one is folded whole.
 */
const CONTEXTUAL = /[\u03a3\u0130]/;

/** A source text, its folding, and whether that folding depended on more than each character. */
export interface FoldState {
  source: string;
  folded: Folded;
  contextual: boolean;
  /**
   * Leading units of `source` and of `folded.text` that are the same as in the state it was made
   * from (folded then only from there on); -1 when the text was folded whole.
   */
  kept: number;
}

/** Length of the common start of `a` and `b`, fast for typing and deleting at the end. */
export function commonPrefixLength(a: string, b: string): number {
  if (hasPrefix(b, a)) return a.length;
  if (hasPrefix(a, b)) return b.length;
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function subtract(a: ScriptCounts, b: ScriptCounts, c: ScriptCounts): ScriptCounts {
  return { han: a.han - b.han + c.han, kana: a.kana - b.kana + c.kana, es: a.es - b.es + c.es, pt: a.pt - b.pt + c.pt, de: a.de - b.de + c.de, fr: a.fr - b.fr + c.fr };
}

/** One typed ASCII character: its folding is itself, lower-cased, and it counts towards no script. */
function typedAscii(prev: FoldState, source: string): FoldState | null {
  const n = prev.source.length;
  if (source.length !== n + 1) return null;
  const c = source.charCodeAt(n);
  if (c >= 0x80 || !hasPrefix(source, prev.source)) return null;
  const folded = prev.folded.text + (c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : source[n]!);
  return { source, folded: { text: folded, counts: prev.folded.counts }, contextual: false, kept: n };
}

/** `fold(source)`, computed from the previous state when only a part of the text changed. */
export function foldEdited(prev: FoldState | null, source: string): FoldState {
  if (prev && !prev.contextual) {
    // The usual keystroke: one ASCII character typed at the end.
    const typed = typedAscii(prev, source);
    if (typed) return typed;
    let k = commonPrefixLength(prev.source, source);
    // Never split a surrogate pair between the kept part and the folded tail.
    const before = source.charCodeAt(k - 1);
    if (k > 0 && before >= 0xd800 && before <= 0xdbff) k--;
    const tail = source.slice(k);
    if (!CONTEXTUAL.test(tail)) {
      const folded = fold(tail);
      const removed = emptyCounts();
      if (k < prev.source.length) countAll(prev.source, k, removed);
      const text = k === 0 ? folded.text : prev.folded.text.slice(0, k) + folded.text;
      return { source, folded: { text, counts: subtract(prev.folded.counts, removed, folded.counts) }, contextual: false, kept: k };
    }
  }
  return { source, folded: fold(source), contextual: CONTEXTUAL.test(source), kept: -1 };
}
