import { describe, expect, it } from 'vitest';
import { upsertSeen, type PendingItem } from '@/lib/store';
import { freshDb, seenMessage } from '@/lib/store/testing';
import { createItemActions } from './actions';
import { HOUR, NOW } from './testing';

async function setup() {
  const db = freshDb();
  await upsertSeen(db, seenMessage({ receivedAt: NOW - HOUR, dueAt: NOW + HOUR }), NOW - HOUR);
  const notes: number[] = [];
  let clock = NOW;
  const actions = createItemActions(db, async () => notes.push(clock), () => clock);
  const get = async () => (await db.pending.get('slack:C1:M1')) as PendingItem;
  return { db, notes, actions, get, tick: (ms: number) => (clock += ms) };
}

describe('createItemActions', () => {
  it('writes each change and tells the background once per change', async () => {
    const { actions, notes, get, tick } = await setup();
    expect(await actions.snooze(await get(), NOW + 5 * HOUR)).toBe(true);
    expect(await get()).toMatchObject({ status: 'snoozed', snoozedUntil: NOW + 5 * HOUR, updatedAt: NOW });
    tick(1000);
    expect(await actions.done(await get())).toBe(true);
    expect(await get()).toMatchObject({ status: 'done', resolvedAt: NOW + 1000 });
    expect(await actions.done(await get())).toBe(false); // already resolved: nothing to tell
    expect(await actions.reopen(await get())).toBe(true);
    expect((await get()).status).toBe('pending');
    expect(notes).toEqual([NOW, NOW + 1000, NOW + 1000]);
  });

  it('remembers "no reply needed", and restore undoes it', async () => {
    const { db, actions, get } = await setup();
    const before = await get();
    expect(await actions.dismiss(before)).toBe(true);
    expect(await db.decisions.get(before.id)).toBeDefined();
    expect(await actions.restore(before)).toBe(true);
    expect((await get()).status).toBe('pending');
    expect(await db.decisions.get(before.id)).toBeUndefined();
  });

  it('restores a snoozed item asleep again, until the same time', async () => {
    const { actions, get, tick } = await setup();
    await actions.snooze(await get(), NOW + 5 * HOUR);
    const before = await get();
    tick(60_000);
    await actions.done(before);
    expect(await actions.restore(before)).toBe(true);
    expect(await get()).toMatchObject({ status: 'snoozed', snoozedUntil: NOW + 5 * HOUR });
  });

  it('still succeeds when the background cannot be told', async () => {
    const db = freshDb();
    await upsertSeen(db, seenMessage(), NOW);
    const actions = createItemActions(db, () => Promise.reject(new Error('no receiver')), () => NOW);
    expect(await actions.done((await db.pending.get('slack:C1:M1'))!)).toBe(true);
  });
});
