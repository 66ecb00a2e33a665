import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defaultSettings } from '../settings/defaults';
import { freshDb, T0 } from '../store/testing';
import { fillDisk } from '../store/testing-quota';
import { recordSighting } from './pending';
import { STORE_PROBLEM_KEY, clearStoreProblem, noteStoreFailure, readStoreProblem, watchStoreProblem } from './store-problem';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('store problems', () => {
  it('records a full disk from a real failed capture, in plain terms, and forgets it after a good write', async () => {
    const db = freshDb();
    const free = await fillDisk(db);
    const sighting = {
      site: 'slack' as const, conversationId: 'D0ALICE', messageId: '1.2', author: { name: 'Alice' },
      text: 'Can you check this today?', kind: 'request' as const, urgent: false, receivedAt: T0,
    };
    const error = await recordSighting(db, sighting, defaultSettings(), T0).catch((e: unknown) => e);
    await noteStoreFailure(error, 'capture', T0);
    expect(await readStoreProblem()).toEqual({ reason: 'storage-full', what: 'capture', at: T0 });

    free();
    expect(await recordSighting(db, sighting, defaultSettings(), T0)).toBe('added');
    await clearStoreProblem();
    expect(await readStoreProblem()).toBeNull();
  });

  it('records any other failure as a failed write', async () => {
    await noteStoreFailure(new Dexie.DatabaseClosedError('closed'), 'answer', T0);
    expect(await readStoreProblem()).toEqual({ reason: 'write-failed', what: 'answer', at: T0 });
  });

  it('does not record malformed page data, which is no fault of the store', async () => {
    await noteStoreFailure(new RangeError('Cannot record message: messageId is missing'), 'capture', T0);
    expect(await readStoreProblem()).toBeNull();
  });

  it('writes nothing when clearing while there is no problem', async () => {
    const remove = vi.spyOn(fakeBrowser.storage.local, 'remove');
    await clearStoreProblem();
    expect(remove).not.toHaveBeenCalled();
  });

  it('ignores whatever else is stored under its key', async () => {
    await fakeBrowser.storage.local.set({ [STORE_PROBLEM_KEY]: { reason: '<b>boom</b>', what: 'capture', at: 1 } });
    expect(await readStoreProblem()).toBeNull();
  });

  it('tells a watcher when a problem comes and goes', async () => {
    const seen: unknown[] = [];
    const stop = watchStoreProblem((p) => seen.push(p));
    await noteStoreFailure(new Dexie.QuotaExceededError('full'), 'capture', T0);
    await clearStoreProblem();
    stop();
    await noteStoreFailure(new Dexie.QuotaExceededError('full'), 'capture', T0 + 1);
    expect(seen).toEqual([{ reason: 'storage-full', what: 'capture', at: T0 }, null]);
  });
});
