import { browser } from 'wxt/browser';
import { storeFailureOf, type StoreFailure } from '../store';

/** Where the last failed write is kept: storage.local, which is not part of the IndexedDB quota that ran out. */
export const STORE_PROBLEM_KEY = 'storeProblem';

/** A write the background could not make, kept until a later one succeeds so the popup and dashboard can say so. */
export interface StoreProblem {
  /** 'storage-full' when the browser has no space left for Tact; 'write-failed' for anything else. */
  reason: StoreFailure;
  /** What was lost: a message that waits on a reply ('capture') or a reply that resolves one ('answer'). */
  what: 'capture' | 'answer';
  /** Epoch ms. */
  at: number;
}

/**
 * Records why a write failed. A RangeError is the store refusing malformed page data, which says
 * nothing about the store's health, so it is not recorded.
 */
export async function noteStoreFailure(error: unknown, what: StoreProblem['what'], at: number): Promise<void> {
  if (error instanceof RangeError) return;
  const problem: StoreProblem = { reason: storeFailureOf(error), what, at };
  await browser.storage.local.set({ [STORE_PROBLEM_KEY]: problem }).catch(() => undefined);
}

/** A write went through again: forget the last failure (one read, and a write only when there was one). */
export async function clearStoreProblem(): Promise<void> {
  if (await readStoreProblem()) await browser.storage.local.remove(STORE_PROBLEM_KEY).catch(() => undefined);
}

export async function readStoreProblem(): Promise<StoreProblem | null> {
  const stored = await browser.storage.local.get(STORE_PROBLEM_KEY).catch(() => ({}) as Record<string, unknown>);
  return asProblem(stored[STORE_PROBLEM_KEY]);
}

/** Calls back with the current problem (or null) whenever it changes. Returns the remover. */
export function watchStoreProblem(callback: (problem: StoreProblem | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STORE_PROBLEM_KEY in changes) callback(asProblem(changes[STORE_PROBLEM_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Storage is shared with other code and may hold anything: only a well-formed problem counts. */
function asProblem(v: unknown): StoreProblem | null {
  if (typeof v !== 'object' || v === null) return null;
  const p = v as Partial<StoreProblem>;
  const ok = (p.reason === 'storage-full' || p.reason === 'write-failed') && (p.what === 'capture' || p.what === 'answer')
    && typeof p.at === 'number' && Number.isFinite(p.at);
  return ok ? { reason: p.reason!, what: p.what!, at: p.at! } : null;
}
