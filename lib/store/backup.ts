import type { TactDb } from './db';
import type { Decision, PendingItem } from './types';

/** A Tact backup: plain JSON, versioned so that later versions can still read it. */
export interface TactBackup {
  format: 'tact-backup';
  version: 1;
  exportedAt: number;
  items: PendingItem[];
  decisions: Decision[];
}

export type ParseResult = { ok: true; backup: TactBackup } | { ok: false; error: string };

export interface ImportResult {
  /** Items (and decisions) that were not in the store. */
  added: number;
  /** Items (and decisions) whose backup copy was newer than the stored one. */
  updated: number;
  /** Items (and decisions) whose stored copy was as new or newer. */
  skipped: number;
}

export interface ImportProgress {
  done: number;
  total: number;
}

/** Everything in the store, as one JSON-able object. */
export async function exportBackup(db: TactDb, now: number): Promise<TactBackup> {
  return db.transaction('r', db.pending, db.decisions, async () => ({
    format: 'tact-backup' as const,
    version: 1 as const,
    exportedAt: now,
    items: await db.pending.toArray(),
    decisions: await db.decisions.toArray(),
  }));
}

export { checkBackup, parseBackup } from './backup-parse';
export { importBackup } from './backup-import';
