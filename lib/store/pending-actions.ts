import type { TactDb } from './db';
import { expiredSnoozes } from './pending-queries';
import { SITE_IDS, isOpen, type PendingItem } from './types';

/** Change one open item; false when it does not exist or is already resolved. */
async function updateOpen(db: TactDb, id: string, change: (item: PendingItem) => void): Promise<boolean> {
  const item = await db.pending.get(id);
  if (!item || !isOpen(item.status)) return false;
  change(item);
  await db.pending.put(item);
  return true;
}

function resolveAs(status: 'done' | 'dismissed', at: number) {
  return (o: PendingItem) => {
    o.status = status;
    o.resolvedAt = at;
    o.updatedAt = at;
    delete o.snoozedUntil;
  };
}

/** The user handled it some other way. */
export async function markDone(db: TactDb, id: string, at: number = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.pending, () => updateOpen(db, id, resolveAs('done', at)));
}

/** "No reply needed": resolve the item and remember the decision so the message is never added again. */
export async function dismiss(db: TactDb, id: string, at: number = Date.now()): Promise<boolean> {
  const site = SITE_IDS.find((s) => id.startsWith(`${s}:`));
  if (!site) throw new RangeError(`"${id}" is not a pending item id.`);
  return db.transaction('rw', db.pending, db.decisions, async () => {
    await db.decisions.put({ id, site, decision: 'no-reply-needed', decidedAt: at });
    return updateOpen(db, id, resolveAs('dismissed', at));
  });
}

/** Hide an open item until `until`. */
export async function snooze(db: TactDb, id: string, until: number, at: number = Date.now()): Promise<boolean> {
  if (!Number.isFinite(until)) throw new RangeError(`Cannot snooze until ${until}.`);
  return db.transaction('rw', db.pending, () => updateOpen(db, id, (o) => {
    o.status = 'snoozed';
    o.snoozedUntil = until;
    o.updatedAt = at;
  }));
}

/** Undo: make a resolved or snoozed item pending again and forget a "no reply needed". */
export async function reopen(db: TactDb, id: string, at: number = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.pending, db.decisions, async () => {
    await db.decisions.delete(id);
    const item = await db.pending.get(id);
    if (!item || item.status === 'pending') return false;
    const { resolvedAt: _r, snoozedUntil: _s, ...rest } = item;
    await db.pending.put({ ...rest, status: 'pending', updatedAt: at });
    return true;
  });
}

/** Bring back every snoozed item whose time has come. Returns how many. */
export async function wakeSnoozed(db: TactDb, now: number): Promise<number> {
  return db.transaction('rw', db.pending, async () => {
    const woken = (await expiredSnoozes(db, now).toArray())
      .map(({ snoozedUntil: _, ...o }): PendingItem => ({ ...o, status: 'pending', updatedAt: now }));
    await db.pending.bulkPut(woken);
    return woken.length;
  });
}
