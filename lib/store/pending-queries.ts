import { Dexie, type Collection, type InsertType } from 'dexie';
import type { TactDb } from './db';
import type { PendingItem } from './types';

/** What the badge and popup show. `overdue` and `dueToday` are disjoint parts of `pending`. */
export interface PendingCounts {
  overdue: number;
  dueToday: number;
  pending: number;
  snoozed: number;
}

/**
 * Snoozed items whose snooze has run out. The background wakes them on an alarm, but alarms can
 * fire late (a sleeping service worker), so every read treats these as pending already.
 */
export function expiredSnoozes(db: TactDb, now: number): Collection<PendingItem, string, InsertType<PendingItem, 'id'>> {
  return db.pending.where('[status+snoozedUntil]').between(['snoozed', Dexie.minKey], ['snoozed', now], true, true);
}

/** Open items by due time, soonest first, for the orders the dashboard and alarms need. */
export const byDue = (a: PendingItem, b: PendingItem) => a.dueAt - b.dueAt || a.id.localeCompare(b.id);

// Bounds may be Dexie.minKey / Dexie.maxKey for an open end.
type Bound = number | typeof Dexie.maxKey;
export const pendingByDue = (db: TactDb, from: Bound, to: Bound, includeFrom = true, includeTo = true) =>
  db.pending.where('[status+dueAt]').between(['pending', from], ['pending', to], includeFrom, includeTo);

/**
 * Counts for the badge. `endOfToday` is the end of the user's working day (from lib/schedule),
 * so "due today" means due between now and then. Index counts only: no scan of the table.
 */
export async function counts(db: TactDb, now: number, endOfToday: number): Promise<PendingCounts> {
  return db.transaction('r', db.pending, async () => {
    const [pending, snoozed, overdue, dueToday, woken] = await Promise.all([
      db.pending.where('status').equals('pending').count(),
      db.pending.where('status').equals('snoozed').count(),
      pendingByDue(db, Dexie.minKey, now, true, false).count(),
      endOfToday >= now ? pendingByDue(db, now, endOfToday).count() : 0,
      expiredSnoozes(db, now).toArray(),
    ]);
    return {
      pending: pending + woken.length,
      snoozed: snoozed - woken.length,
      overdue: overdue + woken.filter((o) => o.dueAt < now).length,
      dueToday: dueToday + woken.filter((o) => o.dueAt >= now && o.dueAt <= endOfToday).length,
    };
  });
}

/** The next moment after `now` when something changes: an item falls due or a snooze ends. For alarms. */
export async function nextDueAfter(db: TactDb, now: number): Promise<number | undefined> {
  return db.transaction('r', db.pending, async () => {
    const [due, wake, woken] = await Promise.all([
      pendingByDue(db, now, Dexie.maxKey, false, true).first(),
      db.pending.where('[status+snoozedUntil]').between(['snoozed', now], ['snoozed', Dexie.maxKey], false, true).first(),
      expiredSnoozes(db, now).toArray(),
    ]);
    const times = [due?.dueAt, wake?.snoozedUntil, ...woken.map((o) => o.dueAt).filter((t) => t > now)];
    const defined = times.filter((t): t is number => t !== undefined);
    return defined.length ? Math.min(...defined) : undefined;
  });
}

/** Open items falling due within `withinMs` from now (not those already overdue), soonest first. */
export async function dueSoon(db: TactDb, now: number, withinMs: number): Promise<PendingItem[]> {
  return db.transaction('r', db.pending, async () => {
    const [due, woken] = await Promise.all([
      pendingByDue(db, now, now + withinMs).toArray(),
      expiredSnoozes(db, now).toArray(),
    ]);
    const late = woken.filter((o) => o.dueAt >= now && o.dueAt <= now + withinMs);
    return [...due, ...late].sort(byDue);
  });
}
