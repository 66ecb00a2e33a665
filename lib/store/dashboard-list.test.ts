import { describe, expect, it } from 'vitest';
import type { TactDb } from './db';
import { listForDashboard } from './dashboard-list';
import { markDone, snooze } from './pending-actions';
import { HOUR, T0, freshDb, seedDue, seededId } from './testing';
import { pendingId, type SeenMessage } from './types';

const NOW = T0 + 10 * HOUR;
const seed = (db: TactDb, hours: number[], extra: Partial<SeenMessage> = {}) => seedDue(db, NOW, hours, extra);
const id = seededId;

describe('listForDashboard', () => {
  it('lists open items by due time, with a limit', async () => {
    const db = freshDb();
    await seed(db, [5, -2, 1, 3]);
    await markDone(db, id(3), T0);
    const all = await listForDashboard(db, { now: NOW });
    expect(all.map((o) => o.messageId)).toEqual(['m-2', 'm1', 'm5']);
    expect((await listForDashboard(db, { now: NOW, limit: 2 })).map((o) => o.messageId)).toEqual(['m-2', 'm1']);
  });

  it('filters by site and by words in the snippet or author, ignoring case and accents', async () => {
    const db = freshDb();
    await seed(db, [1], { snippet: 'Could you send the Résumé?', author: { name: 'Zoë' } });
    await seed(db, [2], { site: 'gmail', snippet: 'Lunch on Friday?' });
    await seed(db, [3], { snippet: 'Budget approval needed', author: { name: 'Grace' } });
    const ids = async (q: object) => (await listForDashboard(db, { now: NOW, ...q })).map((o) => o.id);
    expect(await ids({ site: 'gmail' })).toEqual([id(2, 'gmail')]);
    expect(await ids({ search: 'resume' })).toEqual([id(1)]);
    expect(await ids({ search: 'zoe SEND' })).toEqual([id(1)]);
    expect(await ids({ search: 'grace budget' })).toEqual([id(3)]);
    expect(await ids({ search: 'friday', site: 'slack' })).toEqual([]);
    expect(await ids({ search: '   ' })).toHaveLength(3);
  });

  it('shows snoozes that ran out among open items, the others under snoozed', async () => {
    const db = freshDb();
    await seed(db, [1, 2, 3]);
    await snooze(db, id(1), NOW - HOUR, T0);
    await snooze(db, id(3), NOW + 5 * HOUR, T0);
    await snooze(db, id(2), NOW + 2 * HOUR, T0);
    expect((await listForDashboard(db, { now: NOW })).map((o) => o.messageId)).toEqual(['m1']);
    expect((await listForDashboard(db, { now: NOW, view: 'snoozed' })).map((o) => o.messageId)).toEqual(['m2', 'm3']);
  });

  it('lists resolved items, most recent first', async () => {
    const db = freshDb();
    await seed(db, [1, 2, 3]);
    await markDone(db, id(2), T0 + 1);
    await markDone(db, id(1), T0 + 2);
    expect((await listForDashboard(db, { now: NOW, view: 'resolved' })).map((o) => o.id)).toEqual([id(1), id(2)]);
    expect(pendingId('slack', 'C1', 'm1')).toBe(id(1));
  });

  it('filters the resolved and snoozed views too, keeping their order', async () => {
    const db = freshDb();
    await seed(db, [1, 2, 3, 4], { snippet: 'quarterly report' });
    await seed(db, [5, 6], { snippet: 'holiday plans' });
    for (const [h, at] of [[1, 4], [2, 3], [5, 2], [3, 1]]) await markDone(db, id(h!), T0 + at!);
    await snooze(db, id(6), NOW + 2 * HOUR, T0);
    await snooze(db, id(4), NOW + HOUR, T0);
    const view = async (q: object) => (await listForDashboard(db, { now: NOW, ...q })).map((o) => o.messageId);
    expect(await view({ view: 'resolved', search: 'report' })).toEqual(['m1', 'm2', 'm3']);
    expect(await view({ view: 'resolved', search: 'report', limit: 2 })).toEqual(['m1', 'm2']);
    expect(await view({ view: 'snoozed', search: 'holiday' })).toEqual(['m6']);
    expect(await view({ view: 'snoozed', site: 'slack' })).toEqual(['m4', 'm6']);
  });
});
