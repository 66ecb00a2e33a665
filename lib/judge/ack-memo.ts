import type { Tokenizer } from './units';
import { hasPrefix } from './prefix';

/**
 * The last text the acknowledgement search rejected for good, so that typing on at its end is
 * rejected without searching again. A cache only: results are identical with or without it.
 */
export interface AckMemo {
  /** The part of the rejected text that decided it (the original and the folded form). */
  original: string;
  folded: string;
}

/**
 * The memo for a search that was rejected with the tokenizer in state `t`, or null when the
 * rejection may depend on where the text ends (the tokenizer reached the end).
 */
export function rejectedAt(t: Tokenizer): AckMemo | null {
  if (t.done || t.read > t.original.length) return null;
  // The rejection read nothing at or past `t.read`: any text starting with the same is rejected too.
  return { original: t.original.slice(0, t.read), folded: t.folded.slice(0, t.read) };
}

/**
 * Whether `memo` proves this text is no acknowledgement (original and folded both start with what
 * decided it). `known`: how many leading units both are known to share with the text the memo was
 * last checked against, when the caller tracks its edits.
 */
export function stillRejected(memo: AckMemo | null, original: string, folded: string, known?: number): boolean {
  if (memo === null) return false;
  if (known !== undefined) return memo.original.length <= known;
  return hasPrefix(original, memo.original) && hasPrefix(folded, memo.folded);
}
