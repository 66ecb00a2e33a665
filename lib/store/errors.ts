import { Dexie } from 'dexie';

/** Why a write to the store failed, in the terms the user can act on. */
export type StoreFailure = 'storage-full' | 'write-failed';

// Names browsers and Dexie give a write refused for lack of space: the spec's, Dexie's own
// (Dexie.errnames.QuotaExceeded) and old Firefox's.
const QUOTA_NAMES = new Set<unknown>([Dexie.errnames.QuotaExceeded, 'QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Whether an error means the browser has no storage space left for Tact (the origin's quota),
 * however it arrives: a DOMException from IndexedDB, Dexie's QuotaExceededError, or wrapped in
 * Dexie's AbortError/BulkError/ModifyError (`inner`, `failures`) or an Error's `cause`.
 */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown): boolean => {
    if (typeof e !== 'object' || e === null || seen.has(e)) return false;
    seen.add(e);
    const o = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown; failuresByPos?: unknown };
    if (QUOTA_NAMES.has(o.name)) return true;
    const nested: unknown[] = [o.inner, o.cause];
    if (Array.isArray(o.failures)) nested.push(...(o.failures as unknown[]));
    if (typeof o.failuresByPos === 'object' && o.failuresByPos !== null) nested.push(...Object.values(o.failuresByPos));
    return nested.some(visit);
  };
  return visit(error);
}

/** How a failed write should be described: a full disk is named as such; anything else is a plain failure. */
export function storeFailureOf(error: unknown): StoreFailure {
  return isQuotaError(error) ? 'storage-full' : 'write-failed';
}
