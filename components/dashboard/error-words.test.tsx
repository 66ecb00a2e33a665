import { describe, expect, it } from 'vitest';
import { importBackup, upsertSeen, type TactBackup } from '@/lib/store';
import { freshDb, seenMessage, T0, HOUR } from '@/lib/store/testing';
import { fillDisk } from '@/lib/store/testing-quota';
import { createItemActions } from './actions';
import { errorInWords } from './error-words';
import { s } from './strings';

describe('errorInWords', () => {
  it('says in plain words that the disk is full when an import or an action hits the quota', async () => {
    const db = freshDb();
    await upsertSeen(db, seenMessage(), T0);
    const item = (await db.pending.toArray())[0]!;
    await fillDisk(db);
    const backup: TactBackup = { format: 'tact-backup', version: 1, exportedAt: T0, items: [{ ...item, id: 'slack:C2:M1', conversationId: 'C2', updatedAt: T0 + HOUR }], decisions: [] };
    const failed = await importBackup(db, backup).catch((e: unknown) => e);
    const actionFailed = await createItemActions(db, async () => undefined).done(item).catch((e: unknown) => e);

    expect(errorInWords(failed)).toBe(s('storageFull'));
    expect(errorInWords(actionFailed)).toBe(s('storageFull'));
    expect(s('importFailed', errorInWords(failed))).toBe(
      'The import failed, so nothing was changed: your browser has no storage space left for Tact. Free up some disk space and try again.',
    );
  });

  it('passes any other error on as it says', () => {
    expect(errorInWords(new RangeError('site "x" is not one of gmail'))).toBe('site "x" is not one of gmail');
    expect(errorInWords('plain')).toBe('plain');
  });
});
