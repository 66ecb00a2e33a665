import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError, storeFailureOf } from './errors';
import { importBackup, type TactBackup } from './backup';
import { markDone, upsertSeen } from './pending-repo';
import { HOUR, T0, freshDb, seenMessage } from './testing';
import { fillDisk } from './testing-quota';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
  it.each([
    ['a DOMException from IndexedDB', quota()],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('full')],
    ['an error named like Dexie.errnames.QuotaExceeded', Object.assign(new Error('full'), { name: Dexie.errnames.QuotaExceeded })],
    ["old Firefox's name", Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' })],
    ["Dexie's AbortError wrapping it", new Dexie.AbortError('Transaction aborted', quota())],
    ["Dexie's BulkError with it among the failures", new Dexie.BulkError('1 of 2 failed', [new Dexie.ConstraintError('dup'), quota()])],
    ['an Error whose cause it is', new Error('write failed', { cause: new Dexie.AbortError('aborted', quota()) })],
  ])('recognises %s', (_, error) => {
    expect(isQuotaError(error)).toBe(true);
    expect(storeFailureOf(error)).toBe('storage-full');
  });

  it.each([
    ['an AbortError with no cause', new Dexie.AbortError('Transaction aborted')],
    ['a ConstraintError', new Dexie.ConstraintError('Key already exists')],
    ['a RangeError from validation', new RangeError('Cannot record message: site is missing')],
    ['a BulkError of other failures', new Dexie.BulkError('2 failed', [new Dexie.ConstraintError('a'), new Dexie.DataError('b')])],
    ['the bare word, not an error', 'QuotaExceededError'],
    ['nothing', undefined],
    ['an error that contains itself', (() => { const e = new Error('loop') as Error & { inner?: unknown }; e.inner = e; return e; })()],
  ])('does not take %s for a full disk', (_, error) => {
    expect(isQuotaError(error)).toBe(false);
    expect(storeFailureOf(error)).toBe('write-failed');
  });
});

describe('a full disk, through Dexie and fake-indexeddb', () => {
  const backup = (ids: string[]): TactBackup => ({
    format: 'tact-backup', version: 1, exportedAt: T0,
    items: ids.map((id) => ({
      id: `gmail:${id}:m`, site: 'gmail', conversationId: id, messageId: 'm', author: { name: 'Ada' }, kind: 'question',
      urgent: false, receivedAt: T0, dueAt: T0 + HOUR, status: 'pending', updatedAt: T0,
    })),
    decisions: [],
  });

  it('fails a new sighting, an action and an import with a recognisable error, and keeps what was stored', async () => {
    const db = freshDb();
    await upsertSeen(db, seenMessage({ messageId: 'kept' }), T0);
    await importBackup(db, backup(['t1', 't2']));
    const before = await db.pending.toArray();
    const free = await fillDisk(db);

    const failures = await Promise.all([
      upsertSeen(db, seenMessage({ messageId: 'new' }), T0).catch((e: unknown) => e),
      markDone(db, 'slack:C1:kept', T0 + HOUR).catch((e: unknown) => e),
      importBackup(db, backup(['t3', 't4', 't5'])).catch((e: unknown) => e),
    ]);
    expect(failures.map(isQuotaError)).toEqual([true, true, true]);
    expect(await db.pending.toArray()).toEqual(before);

    // Once there is room again, the same writes go through.
    free();
    expect(await upsertSeen(db, seenMessage({ messageId: 'new' }), T0)).toBe('added');
    expect(await db.pending.count()).toBe(before.length + 1);
  });
});
