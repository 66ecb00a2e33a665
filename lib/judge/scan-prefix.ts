// Scanning a text that was typed on (or edited) from the previous one: the hits before the change
// are kept and only the rest is scanned again. Results are identical to a full scan.
import { scanInto, type Dictionary, type Hit } from './dictionary';
import { stablePoint } from './prefix-tables';
import { hasPrefix } from './prefix';

/**
 * The last full scan, so that the next one over the same text with a few characters typed (or
 * deleted) at the end rescans only the tail: per-keystroke cost stops growing with the draft.
 * A cache only: results are identical with or without it.
 */
export interface ScanMemo<T> {
  text: string;
  to: number;
  hits: Hit<T>[];
  complete: boolean;
  /** `stablePoint(dict, text, text.length)`: where a rescan of a text typed on from this one starts. */
  settled: number;
  /** The hits are exactly the previous call's (none dropped, none added). */
  unchanged: boolean;
}

/** Where a caller keeps its last scan: its own object (a draft judge), or the dictionary itself. */
export interface ScanMemoHolder<T> {
  memo: ScanMemo<T> | null;
}


function commonPrefix(a: string, b: string, max: number): number {
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * Like `scan(dict, text, 0, to, limit)`, reusing the previous call's hits (kept in `holder`) for the
 * part of the text that has not changed since. The returned array must not be modified, and is
 * only valid until the next call with the same holder (which reuses it).
 */
export function scanPrefix<T>(
  dict: Dictionary<T>,
  text: string,
  to = text.length,
  limit = Infinity,
  holder: ScanMemoHolder<T> = dict,
  /** How many leading units `text` is known to share with the text of the holder's memo (a caller that tracks edits). */
  known?: number,
): Hit<T>[] {
  const end = Math.min(to, text.length);
  const memo = holder.memo;
  let hits: Hit<T>[];
  let resume = 0;
  let safe = 0;
  // Hits of the previous call, and how many of them this one kept: equal when nothing changed.
  let before = -1;
  let kept = -2;
  if (memo) {
    before = memo.hits.length;
    // Matches starting this far before the first change cannot see it.
    const max = Math.min(memo.to, end, memo.text.length);
    // Typing at the end is the usual case: a native comparison settles it, and the previous call
    // already knows where a rescan must start.
    const typedOn = max === memo.text.length && (known === undefined ? hasPrefix(text, memo.text) : known >= max);
    const same = typedOn ? max : known === undefined ? commonPrefix(memo.text, text, max) : Math.min(known, max);
    safe = typedOn ? memo.settled : stablePoint(dict, text, same);
    let keep = memo.hits.length;
    while (keep > 0 && memo.hits[keep - 1]!.start >= safe) keep--;
    const all = keep === memo.hits.length;
    // The memo's array is this caller's own: cut it back in place rather than copy it every keystroke.
    hits = memo.hits;
    if (keep < hits.length) hits.length = keep;
    kept = keep;
    const lastEnd = keep ? hits[keep - 1]!.end : 0;
    // A scan cut short by `limit` never looked past its last hit.
    resume = all && !memo.complete ? lastEnd : Math.max(0, safe, lastEnd);
  } else {
    hits = [];
  }
  scanInto(dict, text, resume, end, limit, hits);
  // Positions settled for the first change are settled for the end of the text too.
  const settled = stablePoint(dict, text, text.length, safe);
  holder.memo = { text, to: end, hits, complete: hits.length < limit, settled, unchanged: kept === before && hits.length === before };
  return hits;
}
