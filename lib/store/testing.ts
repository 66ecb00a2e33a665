// Test helpers for lib/store (used by *.test.ts and the benchmark, never by the extension).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openTactDb, type TactDb } from './db';
import type { SeenMessage } from './types';
import { upsertSeen } from './pending-seen';

/** A database of its own, in its own in-memory IndexedDB (fake-indexeddb). */
export function freshDb(name = 'tact'): TactDb {
  return openTactDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export const HOUR = 3_600_000;
export const T0 = Date.parse('2026-03-04T10:00:00Z');

/** A plausible sighting; override what the test is about. */
export function seenMessage(overrides: Partial<SeenMessage> = {}): SeenMessage {
  return {
    site: 'slack',
    conversationId: 'C1',
    messageId: 'M1',
    author: { id: 'U1', name: 'Ada' },
    snippet: 'Can you review the deck before Friday?',
    kind: 'request',
    urgent: false,
    receivedAt: T0,
    dueAt: T0 + 4 * HOUR,
    ...overrides,
  };
}

/** Add items due `hours` from `now` (one per entry), message ids m<hours>, all in slack:C1. */
export async function seedDue(db: TactDb, now: number, hours: number[], extra: Partial<SeenMessage> = {}): Promise<void> {
  for (const h of hours) {
    await upsertSeen(db, seenMessage({ messageId: `m${h}`, receivedAt: T0, dueAt: now + h * HOUR, ...extra }), T0);
  }
}

/** The id seedDue gives the item due `hours` from now. */
export const seededId = (hours: number, site = 'slack') => `${site}:C1:m${hours}`;
