import type { Tokenizer } from './units';

/**
 * The last text the acknowledgement search rejected for good, so that typing on at its end is
 * rejected without searching again. A cache only: results are identical with or without it.
 */
export interface AckMemo {
  original: string;
  folded: string;
  /** The rejection read nothing at or past this offset: any text sharing this prefix is rejected too. */
  horizon: number;
}

/**
 * The memo for a search that was rejected with the tokenizer in state `t`, or null when the
 * rejection may depend on where the text ends (the tokenizer reached the end).
 */
export function rejectedAt(t: Tokenizer): AckMemo | null {
  if (t.done || t.read > t.original.length) return null;
  return { original: t.original, folded: t.folded, horizon: t.read };
}

function samePrefix(a: string, b: string, n: number): boolean {
  if (a.length < n || b.length < n) return false;
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** Whether `memo` proves this text is no acknowledgement (original and folded both share the prefix read). */
export function stillRejected(memo: AckMemo | null, original: string, folded: string): boolean {
  return memo !== null && samePrefix(memo.original, original, memo.horizon) && samePrefix(memo.folded, folded, memo.horizon);
}
