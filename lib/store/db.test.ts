import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openTactDb } from './db';

describe('openTactDb', () => {
  it('opens a database named tact with the version 1 schema', async () => {
    const db = openTactDb(undefined, { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.name).toBe('tact');
    expect(db.verno).toBe(1);
    const pending = db.table('pending').schema;
    expect(pending.primKey.name).toBe('id');
    expect(pending.indexes.map((i) => i.name).sort()).toEqual(
      ['[site+conversationId]', '[status+dueAt]', '[status+snoozedUntil]', 'dueAt', 'receivedAt', 'resolvedAt', 'site', 'status'],
    );
    expect(db.table('decisions').schema.primKey.name).toBe('id');
    db.close();
  });

  it('gives each factory call its own database', async () => {
    const factory = new IDBFactory();
    const a = openTactDb('a', { indexedDB: factory, IDBKeyRange });
    const b = openTactDb('b', { indexedDB: factory, IDBKeyRange });
    await a.decisions.put({ id: 'slack:C:M', site: 'slack', decision: 'no-reply-needed', decidedAt: 1 });
    expect(await a.decisions.count()).toBe(1);
    expect(await b.decisions.count()).toBe(0);
  });
});
