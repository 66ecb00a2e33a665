import type { ImportProgress, ImportResult, TactBackup } from './backup';
import { checkBackup } from './backup-parse';
import type { TactDb } from './db';

/** Keep whichever copy is newer; equal means the stored one stays. */
function newer<T>(incoming: T, stored: T | undefined, time: (v: T) => number): 'add' | 'update' | 'skip' {
  if (!stored) return 'add';
  return time(incoming) > time(stored) ? 'update' : 'skip';
}

/**
 * Merge a backup into the store: never deletes; for an id present on both sides the copy with
 * the newer updatedAt (decidedAt for decisions) wins. All in one transaction, in chunks so that
 * `onProgress` can move a progress bar: if anything fails midway, nothing is changed.
 * Validates again first, so a hand-built backup object cannot slip bad data in.
 */
export async function importBackup(
  db: TactDb,
  backup: TactBackup,
  onProgress?: (p: ImportProgress) => void,
  { chunkSize = 1000 }: { chunkSize?: number } = {},
): Promise<ImportResult> {
  const checked = checkBackup(backup);
  if (!checked.ok) throw new RangeError(checked.error);
  const { items, decisions } = checked.backup;
  const total = items.length + decisions.length;
  const result: ImportResult = { added: 0, updated: 0, skipped: 0 };
  const tally = (verdicts: Array<'add' | 'update' | 'skip'>) => {
    for (const v of verdicts) result[v === 'add' ? 'added' : v === 'update' ? 'updated' : 'skipped']++;
  };

  await db.transaction('rw', db.pending, db.decisions, async () => {
    let done = 0;
    for (let i = 0; i < items.length; i += chunkSize) {
      const chunk = items.slice(i, i + chunkSize);
      const stored = await db.pending.bulkGet(chunk.map((o) => o.id));
      const verdicts = chunk.map((o, j) => newer(o, stored[j], (x) => x.updatedAt));
      await db.pending.bulkPut(chunk.filter((_, j) => verdicts[j] !== 'skip'));
      tally(verdicts);
      done += chunk.length;
      onProgress?.({ done, total });
    }
    for (let i = 0; i < decisions.length; i += chunkSize) {
      const chunk = decisions.slice(i, i + chunkSize);
      const stored = await db.decisions.bulkGet(chunk.map((o) => o.id));
      const verdicts = chunk.map((o, j) => newer(o, stored[j], (x) => x.decidedAt));
      await db.decisions.bulkPut(chunk.filter((_, j) => verdicts[j] !== 'skip'));
      tally(verdicts);
      done += chunk.length;
      onProgress?.({ done, total });
    }
  });
  return result;
}
