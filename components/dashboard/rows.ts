import type { PendingItem, PendingStatus } from '@/lib/store';

/** The dashboard's groups, in display order. */
export type GroupId = 'overdue' | 'today' | 'later' | 'snoozed' | 'done';
export const GROUPS: readonly GroupId[] = ['overdue', 'today', 'later', 'snoozed', 'done'];

/** One line of the virtual list: a group header, an item, or "show more" at the end of Done. */
export type Row =
  | { kind: 'group'; group: GroupId; count: number; more: boolean }
  | { kind: 'item'; group: GroupId; item: PendingItem; status: PendingStatus }
  | { kind: 'more'; group: GroupId };

/** Fixed heights (px) per kind of row: the list positions rows by arithmetic, never by measuring. */
export const ROW_HEIGHT: Readonly<Record<Row['kind'], number>> = { group: 40, item: 76, more: 48 };

/** What the store gave, per view (see `loadDashboard`). */
export interface DashboardLists {
  /** Pending items (and snoozes that have run out), soonest due first. */
  open: PendingItem[];
  /** Snoozed items still asleep, soonest back first. */
  snoozed: PendingItem[];
  /** Resolved items, most recently resolved first. */
  done: PendingItem[];
  /** Whether there are older resolved items than those in `done`. */
  doneMore: boolean;
}

/**
 * Where an item stands for the user right now: a snooze that has run out is pending already,
 * even before the background wakes it.
 */
export function effectiveStatus(item: PendingItem, now: number): PendingStatus {
  return item.status === 'snoozed' && (item.snoozedUntil ?? 0) <= now ? 'pending' : item.status;
}

/** Splits open items (sorted by due time) into overdue, due today (until `endOfToday`) and later. */
export function splitOpen(open: readonly PendingItem[], now: number, endOfToday: number): Record<'overdue' | 'today' | 'later', PendingItem[]> {
  const out = { overdue: [] as PendingItem[], today: [] as PendingItem[], later: [] as PendingItem[] };
  for (const item of open) {
    if (item.dueAt < now) out.overdue.push(item);
    else if (item.dueAt <= endOfToday) out.today.push(item);
    else out.later.push(item);
  }
  return out;
}

/** The rows of the list: each non-empty group as a header followed by its items, in GROUPS order. */
export function buildRows(lists: DashboardLists, now: number, endOfToday: number): Row[] {
  const byGroup: Record<GroupId, readonly PendingItem[]> = {
    ...splitOpen(lists.open, now, endOfToday),
    snoozed: lists.snoozed,
    done: lists.done,
  };
  const rows: Row[] = [];
  for (const group of GROUPS) {
    const items = byGroup[group];
    const more = group === 'done' && lists.doneMore;
    if (!items.length) continue;
    rows.push({ kind: 'group', group, count: items.length, more });
    for (const item of items) rows.push({ kind: 'item', group, item, status: effectiveStatus(item, now) });
    if (more) rows.push({ kind: 'more', group });
  }
  return rows;
}

/** Top offset of each row, plus the total height as the last entry (length rows + 1). */
export function rowOffsets(rows: readonly Row[]): Float64Array {
  const offsets = new Float64Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) offsets[i + 1] = offsets[i]! + ROW_HEIGHT[rows[i]!.kind];
  return offsets;
}

/** Index of the row that covers pixel `y` (binary search over the offsets). */
export function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The rows to render for a viewport: [start, end), widened by `overscan` rows on each side. */
export function visibleRange(offsets: Float64Array, scrollTop: number, viewport: number, overscan: number): { start: number; end: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const first = rowAt(offsets, Math.max(0, scrollTop));
  const last = rowAt(offsets, Math.max(0, scrollTop + viewport - 1));
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}

/** The scrollTop that brings row `index` fully into view, or the current one if it already is. */
export function scrollToShow(offsets: Float64Array, index: number, scrollTop: number, viewport: number): number {
  const top = offsets[index] ?? 0;
  const bottom = offsets[index + 1] ?? top;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport) return Math.max(0, bottom - viewport);
  return scrollTop;
}
