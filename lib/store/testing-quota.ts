// Test helper for lib/store: a fake-indexeddb database whose disk is full (never used by the extension).
import type { TactDb } from './db';

interface RawStore {
  storeRecord: (...args: unknown[]) => unknown;
}

/**
 * Makes every write to `db` fail the way Chromium fails it when the origin is over its quota: the
 * request errors with a QuotaExceededError DOMException and the transaction aborts with it.
 * Reads keep working. Returns the function that frees the space again.
 */
export async function fillDisk(db: TactDb): Promise<() => void> {
  await db.open();
  // fake-indexeddb keeps its object stores on the raw database; each write goes through storeRecord.
  const raw = (db.backendDB() as unknown as { _rawDatabase: { rawObjectStores: Map<string, RawStore> } })._rawDatabase;
  const stores = [...raw.rawObjectStores.values()];
  const originals = stores.map((store) => store.storeRecord);
  for (const store of stores) {
    store.storeRecord = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  }
  return () => stores.forEach((store, i) => (store.storeRecord = originals[i]!));
}
