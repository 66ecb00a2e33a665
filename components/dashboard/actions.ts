import { dismiss, markDone, reopen, snooze, type PendingItem, type TactDb } from '@/lib/store';

/** What a row can do to its item. Each resolves to whether the item changed. */
export interface ItemActions {
  done(item: PendingItem): Promise<boolean>;
  dismiss(item: PendingItem): Promise<boolean>;
  snooze(item: PendingItem, until: number): Promise<boolean>;
  reopen(item: PendingItem): Promise<boolean>;
  /** Puts the item back the way it was before one of the above: open again, and asleep if it was. */
  restore(before: PendingItem): Promise<boolean>;
}

/**
 * The row actions, writing to the store and then telling the background (`notify`) so that the
 * badge and reminders follow. The page does not wait for the background: an action is announced
 * (with its Undo) as soon as the store has it, so an Undo can never belong to the action before.
 * `clock` is the time of each change.
 */
export function createItemActions(db: TactDb, notify: () => Promise<unknown>, clock: () => number = Date.now): ItemActions {
  const then = async (changed: Promise<boolean>) => {
    const ok = await changed;
    if (ok) void notify().catch(() => undefined);
    return ok;
  };
  return {
    done: (item) => then(markDone(db, item.id, clock())),
    dismiss: (item) => then(dismiss(db, item.id, clock())),
    snooze: (item, until) => then(snooze(db, item.id, until, clock())),
    reopen: (item) => then(reopen(db, item.id, clock())),
    restore: (before) => then((async () => {
      const now = clock();
      const reopened = await reopen(db, before.id, now);
      if (before.status === 'snoozed' && (before.snoozedUntil ?? 0) > now) return snooze(db, before.id, before.snoozedUntil!, now);
      return reopened;
    })()),
  };
}
