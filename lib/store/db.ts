import { Dexie, type EntityTable } from 'dexie';
import type { Decision, PendingItem } from './types';

/** The Tact database: pending replies and the "no reply needed" decisions. */
export type TactDb = Dexie & {
  pending: EntityTable<PendingItem, 'id'>;
  decisions: EntityTable<Decision, 'id'>;
};

/** Where IndexedDB comes from; tests pass fake-indexeddb's. Defaults to the global one. */
export interface IndexedDbDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/**
 * Open (lazily, on first use) the database. A factory rather than a module singleton so that
 * tests and benchmarks get their own database, and the caller decides the lifetime.
 * Only the extension's own origin (background, extension pages) may call this, never a content script.
 */
export function openTactDb(name = 'tact', deps?: IndexedDbDeps): TactDb {
  const db = new Dexie(name, deps ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : undefined) as TactDb;

  // Keep every version block forever, oldest first: Dexie upgrades an old database by walking
  // them in order. A schema change adds version(N + 1) below (with .upgrade() if data moves).
  db.version(1).stores({
    // [status+dueAt]: open items by due time (counts, dashboard, alarms).
    // [status+snoozedUntil]: snoozes to wake. [site+conversationId]: resolve a conversation.
    // resolvedAt: reply statistics. Only indexed fields are listed; the rest are stored as is.
    pending: 'id, status, dueAt, site, receivedAt, resolvedAt, [status+dueAt], [status+snoozedUntil], [site+conversationId]',
    decisions: 'id',
  });

  return db;
}
