import type { TactDb } from './db';
import type { PendingItem } from './types';

const WEEK = 7 * 86_400_000;

/** Reply habits over one 7-day window. Only answers in the conversation (replied, reacted) count. */
export interface WeekStats {
  /** The window [start, end), epoch ms. */
  start: number;
  end: number;
  /** Items replied to or reacted to in the window. */
  answered: number;
  /** Median of resolvedAt − receivedAt over those items; null when there are none. */
  medianReplyMs: number | null;
  /** Share (0–1) of those items answered in time by `ruleOk`; null when there are none. */
  onTimeShare: number | null;
}

/** The default test of "in time": answered no later than the item's due time. */
export const answeredBeforeDue = (item: PendingItem): boolean => (item.resolvedAt ?? Infinity) <= item.dueAt;

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Per week, oldest first, for the `weeks` rolling 7-day windows ending at `now`. Rolling windows
 * rather than calendar weeks, because the store knows no time zone. `ruleOk` decides "in time"
 * (e.g. against the team's current rules); by default, answered before the stored due time.
 * Reads only the resolvedAt index range of those weeks.
 */
export async function replyStats(
  db: TactDb, now: number, weeks: number, ruleOk: (item: PendingItem) => boolean = answeredBeforeDue,
): Promise<WeekStats[]> {
  const from = now - weeks * WEEK;
  // toArray + a JS filter: one getAll, where Collection.filter() would walk an index cursor.
  const answered = (await db.pending.where('resolvedAt').between(from, now, true, false).toArray())
    .filter((o) => o.status === 'replied' || o.status === 'reacted');
  return Array.from({ length: weeks }, (_, i) => {
    const start = from + i * WEEK;
    const end = start + WEEK;
    const inWeek = answered.filter((o) => (o.resolvedAt as number) >= start && (o.resolvedAt as number) < end);
    return {
      start,
      end,
      answered: inWeek.length,
      medianReplyMs: median(inWeek.map((o) => (o.resolvedAt as number) - o.receivedAt)),
      onTimeShare: inWeek.length ? inWeek.filter(ruleOk).length / inWeek.length : null,
    };
  });
}
