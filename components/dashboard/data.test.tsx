import { describe, expect, it } from 'vitest';
import { markDone, snooze, upsertSeen } from '@/lib/store';
import { freshDb, seenMessage } from '@/lib/store/testing';
import { DONE_PAGE, loadDashboard } from './data';
import { buildRows } from './rows';
import { HOUR, NOW } from './testing';

async function filled() {
  const db = freshDb();
  const seen = [
    seenMessage({ conversationId: 'a', messageId: '1', dueAt: NOW - 3 * HOUR, author: { name: 'Ada' }, snippet: 'Can you send the Résumé?' }),
    seenMessage({ conversationId: 'b', messageId: '2', dueAt: NOW + 2 * HOUR, author: { name: 'Bo' } }),
    seenMessage({ site: 'gmail', conversationId: 'c', messageId: '3', dueAt: NOW + 30 * HOUR, author: { name: 'Cy' } }),
    seenMessage({ conversationId: 'd', messageId: '4', dueAt: NOW + HOUR }),
    seenMessage({ conversationId: 'e', messageId: '5', dueAt: NOW - HOUR }),
  ];
  for (const m of seen) await upsertSeen(db, { ...m, receivedAt: NOW - 5 * HOUR }, NOW - 5 * HOUR);
  await snooze(db, 'slack:d:4', NOW + 20 * HOUR, NOW - HOUR);
  await markDone(db, 'slack:e:5', NOW - HOUR);
  return db;
}

describe('loadDashboard', () => {
  it('reads every view and groups them for the list', async () => {
    const lists = await loadDashboard(await filled(), NOW, {}, DONE_PAGE);
    const rows = buildRows(lists, NOW, NOW + 6 * HOUR);
    expect(rows.map((r) => (r.kind === 'group' ? r.group : r.kind === 'item' ? r.item.id : r.kind))).toEqual([
      'overdue', 'slack:a:1', 'today', 'slack:b:2', 'later', 'gmail:c:3', 'snoozed', 'slack:d:4', 'done', 'slack:e:5',
    ]);
  });

  it('filters by site and by words, accents and case ignored', async () => {
    const db = await filled();
    const ids = async (filter: Parameters<typeof loadDashboard>[2]) => {
      const l = await loadDashboard(db, NOW, filter, DONE_PAGE);
      return [...l.open, ...l.snoozed, ...l.done].map((o) => o.id);
    };
    expect(await ids({ site: 'gmail' })).toEqual(['gmail:c:3']);
    expect(await ids({ search: '  resume ' })).toEqual(['slack:a:1']);
    expect(await ids({ search: 'bo' })).toEqual(['slack:b:2']);
    expect(await ids({ search: '   ' })).toHaveLength(5);
  });

  it('pages resolved items and says when there are more', async () => {
    const db = await filled();
    for (let i = 0; i < 3; i++) {
      await upsertSeen(db, seenMessage({ conversationId: `x${i}`, messageId: 'm' }), NOW - 5 * HOUR);
      await markDone(db, `slack:x${i}:m`, NOW - i * 60_000);
    }
    const two = await loadDashboard(db, NOW, {}, 2);
    expect(two.done.map((o) => o.id)).toEqual(['slack:x0:m', 'slack:x1:m']);
    expect(two.doneMore).toBe(true);
    expect((await loadDashboard(db, NOW, {}, 4)).doneMore).toBe(false);
  });
});
