import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, parseBackup, type TactBackup } from './backup';
import type { TactDb } from './db';
import { dismiss, markDone, snooze, upsertSeen } from './pending-repo';
import { HOUR, T0, freshDb, seenMessage } from './testing';

async function filled(): Promise<TactDb> {
  const db = freshDb();
  for (let i = 0; i < 25; i++) {
    await upsertSeen(db, seenMessage({ conversationId: `C${i % 4}`, messageId: `M${i}`, permalink: `https://example.slack.com/archives/C/p${i}`, urgent: i % 5 === 0 }), T0 + i);
  }
  await markDone(db, 'slack:C1:M1', T0 + HOUR);
  await snooze(db, 'slack:C2:M2', T0 + 5 * HOUR, T0 + HOUR);
  await dismiss(db, 'slack:C3:M3', T0 + HOUR);
  return db;
}

const snapshot = async (db: TactDb) => JSON.stringify(await exportBackup(db, 0));

function parsed(text: string): TactBackup {
  const r = parseBackup(text);
  if (!r.ok) throw new Error(r.error);
  return r.backup;
}

describe('export and import', () => {
  it('round-trips through JSON text into an empty store', async () => {
    const source = await filled();
    const text = JSON.stringify(await exportBackup(source, T0 + 2 * HOUR));
    const target = freshDb();
    const progress: number[] = [];
    const result = await importBackup(target, parsed(text), (p) => progress.push(p.done), { chunkSize: 10 });
    expect(result).toEqual({ added: 26, updated: 0, skipped: 0 });
    expect(progress).toEqual([10, 20, 25, 26]);
    expect(await snapshot(target)).toBe(await snapshot(source));
    expect(JSON.parse(text)).toMatchObject({ format: 'tact-backup', version: 1, exportedAt: T0 + 2 * HOUR });
  });

  it('merges: never deletes, and the newer copy of an item wins', async () => {
    const db = await filled();
    const backup = await exportBackup(db, T0);
    await markDone(db, 'slack:C0:M4', T0 + 3 * HOUR); // local change, newer than the backup
    await db.pending.delete('slack:C1:M5'); // gone locally: the backup brings it back
    await upsertSeen(db, seenMessage({ conversationId: 'local', messageId: 'only' }), T0); // not in the backup
    const older = backup.items.find((o) => o.id === 'slack:C0:M8')!;
    Object.assign(older, { status: 'replied', resolvedAt: T0 + 4 * HOUR, updatedAt: T0 + 4 * HOUR }); // newer in the backup

    const result = await importBackup(db, backup);
    expect(result).toEqual({ added: 1, updated: 1, skipped: 24 });
    expect((await db.pending.get('slack:C0:M4'))!.status).toBe('done');
    expect((await db.pending.get('slack:C0:M8'))!.status).toBe('replied');
    expect(await db.pending.get('slack:C1:M5')).toBeDefined();
    expect(await db.pending.get('slack:local:only')).toBeDefined();
    expect(await db.pending.count()).toBe(26);
  });

  it('changes nothing when the import fails midway', async () => {
    const db = await filled();
    const other = await filled();
    await markDone(other, 'slack:C0:M0', T0 + 9 * HOUR);
    for (let i = 0; i < 30; i++) await upsertSeen(other, seenMessage({ messageId: `new${i}` }), T0);
    const backup = await exportBackup(other, T0);
    const before = await snapshot(db);
    let calls = 0;
    await expect(importBackup(db, backup, () => {
      if (++calls === 3) throw new Error('disk full');
    }, { chunkSize: 10 })).rejects.toThrow('disk full');
    expect(calls).toBe(3);
    expect(await snapshot(db)).toBe(before);
  });

  it('refuses a hand-built backup with bad data, changing nothing', async () => {
    const db = await filled();
    const before = await snapshot(db);
    const backup = await exportBackup(db, T0);
    backup.items.push({ ...backup.items[0]!, id: 'slack:x:y', conversationId: 'x', messageId: 'y', status: 'lost' as never });
    await expect(importBackup(db, backup)).rejects.toThrow(/item 26 \(slack:x:y\): status "lost"/);
    expect(await snapshot(db)).toBe(before);
  });
});

describe('parseBackup', () => {
  const good = async () => JSON.stringify(await exportBackup(await filled(), T0));

  it('accepts a real backup and drops unknown fields', async () => {
    const value = JSON.parse(await good());
    value.items[0].extra = '<script>';
    const r = parseBackup(JSON.stringify(value));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.backup.items).toHaveLength(25);
      expect(r.backup.decisions).toHaveLength(1);
      expect(r.backup.items[0]).not.toHaveProperty('extra');
    }
  });

  it.each<[string, (text: string) => string, RegExp]>([
    ['a truncated file', (t) => t.slice(0, Math.floor(t.length * 0.6)), /incomplete \(it ends too early\)/],
    ['a corrupt file', (t) => t.replace(/"status"/, '"status" "'), /not valid JSON/],
    ['an empty file', () => '  \n', /empty/],
    ['another app\'s JSON', () => '{"version":1,"items":[]}', /not a Tact backup/],
    ['a JSON array', () => '[1,2,3]', /not a Tact backup/],
    ['a newer format', (t) => t.replace('"version":1', '"version":2'), /newer version of Tact \(format 2\)/],
    ['no version', (t) => t.replace('"version":1', '"version":"one"'), /no valid format version/],
    ['items not a list', () => '{"format":"tact-backup","version":1,"exportedAt":1,"items":{},"decisions":[]}', /no list of items/],
    ['a bad status', (t) => t.replace('"status":"done"', '"status":"finished"'), /item \d+ \(slack:C1:M1\): status "finished" is not one of/],
    ['a script link', (t) => t.replace('https://example.slack.com/archives/C/p7', 'javascript:alert(1)'), /item \d+ \(slack:C\d:M7\): permalink is not an http\(s\) link/],
    ['a mismatched id', (t) => t.replace('"id":"slack:C2:M6"', '"id":"slack:C2:M66"'), /id "slack:C2:M66" does not match/],
    ['a duplicated item', (t) => t.replace('"id":"slack:C2:M6","site":"slack","conversationId":"C2","messageId":"M6"', '"id":"slack:C2:M2","site":"slack","conversationId":"C2","messageId":"M2"'), /item \d+ \(slack:C2:M2\): appears twice/],
    ['a resolved item without a time', (t) => t.replace(/,"resolvedAt":\d+/, ''), /resolvedAt is missing/],
    ['a bad decision', (t) => t.replace('"decision":"no-reply-needed"', '"decision":"maybe"'), /decision 1 \(slack:C3:M3\): decision "maybe"/],
    ['a long snippet', (t) => t.replace('"snippet":"Can you', `"snippet":"${'x'.repeat(140)}Can you`), /snippet is not text of at most 140/],
  ])('explains %s', async (_name, damage, message) => {
    const text = damage(await good());
    const r = parseBackup(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('lists the first few problems and counts the rest', async () => {
    const text = (await good()).replaceAll('"kind":"request"', '"kind":"chat"');
    const r = parseBackup(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.match(/kind "chat"/g)).toHaveLength(5);
      expect(r.error).toMatch(/…and 20 more problems/);
    }
  });

  it('refuses an oversized file before parsing it, counting UTF-8 bytes', () => {
    const r = parseBackup(`{"pad":"${'é'.repeat(600_000)}"}`, { maxBytes: 1024 * 1024 });
    expect(r).toEqual({ ok: false, error: 'This file is too large (1.1 MB); a Tact backup can be at most 1.0 MB.' });
    expect(parseBackup(`{"pad":"${'e'.repeat(600_000)}"}`, { maxBytes: 1024 * 1024 })).toEqual({ ok: false, error: 'This file is not a Tact backup.' });
  });

  it('leaves the store unchanged whatever the file', async () => {
    const db = await filled();
    const before = await snapshot(db);
    for (const text of ['{"format":"tact-backup","version":1', 'garbage', '{}', '{"format":"tact-backup","version":1,"exportedAt":1,"items":[{}],"decisions":[]}']) {
      const r = parseBackup(text);
      expect(r.ok).toBe(false);
    }
    expect(await snapshot(db)).toBe(before);
  });
});
