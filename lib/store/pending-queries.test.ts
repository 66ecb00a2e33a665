import { Dexie, liveQuery } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { TactDb } from './db';
import { markDone, snooze } from './pending-actions';
import { counts, dueSoon, nextDueAfter } from './pending-queries';
import { HOUR, T0, freshDb, seedDue, seededId } from './testing';

const NOW = T0 + 10 * HOUR;
const END_OF_TODAY = NOW + 5 * HOUR;

const seed = (db: TactDb, hours: number[]) => seedDue(db, NOW, hours);
const id = seededId;

describe('counts', () => {
  it('splits open items into overdue, due today, pending and snoozed', async () => {
    const db = freshDb();
    await seed(db, [-3, -1, 0, 2, 5, 6, 30]);
    await snooze(db, id(30), NOW + HOUR, T0);
    await markDone(db, id(-1), T0);
    // pending: -3, 0, 2, 5, 6 · overdue: -3 · due today (now ≤ due ≤ end of today): 0, 2, 5
    expect(await counts(db, NOW, END_OF_TODAY)).toEqual({ pending: 5, overdue: 1, dueToday: 3, snoozed: 1 });
  });

  it('counts a snooze that has run out as pending, before the background wakes it', async () => {
    const db = freshDb();
    await seed(db, [-2, 3]);
    await snooze(db, id(-2), NOW - HOUR, T0);
    await snooze(db, id(3), NOW, T0);
    expect(await counts(db, NOW, END_OF_TODAY)).toEqual({ pending: 2, overdue: 1, dueToday: 1, snoozed: 0 });
    expect(await counts(db, NOW - 2 * HOUR, NOW)).toEqual({ pending: 0, overdue: 0, dueToday: 0, snoozed: 2 });
  });

  it('is all zeros for an empty store, and for a day that has already ended', async () => {
    const db = freshDb();
    expect(await counts(db, NOW, END_OF_TODAY)).toEqual({ pending: 0, overdue: 0, dueToday: 0, snoozed: 0 });
    await seed(db, [1]);
    expect(await counts(db, NOW, NOW - HOUR)).toEqual({ pending: 1, overdue: 0, dueToday: 0, snoozed: 0 });
  });

  it('feeds a liveQuery that follows writes', async () => {
    // liveQuery stays silent unless Dexie found a global IndexedDB when it loaded (its guard
    // against server-side rendering). Browsers have one; under Node the test lends fake-indexeddb's.
    Dexie.dependencies.indexedDB ??= new IDBFactory();
    Dexie.dependencies.IDBKeyRange ??= IDBKeyRange;
    const db = freshDb();
    const seen: number[] = [];
    const sub = liveQuery(() => counts(db, NOW, END_OF_TODAY)).subscribe((c) => seen.push(c.pending));
    await expect.poll(() => seen.at(-1)).toBe(0);
    await seed(db, [1, 2]);
    await expect.poll(() => seen.at(-1)).toBe(2);
    sub.unsubscribe();
  });
});

describe('nextDueAfter', () => {
  it('is the next due time or snooze end after now, ignoring resolved and overdue items', async () => {
    const db = freshDb();
    expect(await nextDueAfter(db, NOW)).toBeUndefined();
    await seed(db, [-5, 2, 4]);
    expect(await nextDueAfter(db, NOW)).toBe(NOW + 2 * HOUR);
    await markDone(db, id(2), T0);
    expect(await nextDueAfter(db, NOW)).toBe(NOW + 4 * HOUR);
    await snooze(db, id(-5), NOW + HOUR, T0);
    expect(await nextDueAfter(db, NOW)).toBe(NOW + HOUR);
    // Once that snooze has run out, its own due time is past: the next change is item 4 again.
    expect(await nextDueAfter(db, NOW + 1.5 * HOUR)).toBe(NOW + 4 * HOUR);
  });

  it('finds the due time of a snooze that ran out but was not woken', async () => {
    const db = freshDb();
    await seed(db, [3, 8]);
    await snooze(db, id(3), NOW - HOUR, T0);
    expect(await nextDueAfter(db, NOW)).toBe(NOW + 3 * HOUR);
  });
});

describe('dueSoon', () => {
  it('lists items falling due within the window, soonest first', async () => {
    const db = freshDb();
    await seed(db, [-1, 0.5, 0.25, 1, 2]);
    const soon = await dueSoon(db, NOW, HOUR);
    expect(soon.map((o) => o.messageId)).toEqual(['m0.25', 'm0.5', 'm1']);
  });
});
