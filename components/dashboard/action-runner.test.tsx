import { describe, expect, it } from 'vitest';
import { upsertSeen, type PendingItem } from '@/lib/store';
import { freshDb, seenMessage } from '@/lib/store/testing';
import { createActionRunner, type RunnerWords } from './action-runner';
import { createItemActions, type ItemActions } from './actions';
import type { RowAction } from './PendingList';
import type { Announce, Announcement } from './StatusLine';
import { HOUR, NOW } from './testing';

const A = 'slack:CA:MA';
const B = 'slack:CB:MB';
const words: RunnerWords = {
  did: (action: RowAction) => (typeof action === 'string' ? `did ${action}` : `snoozed until ${action.snoozeUntil}`),
  undone: 'undone',
  failed: (e) => `failed: ${e instanceof Error ? e.message : String(e)}`,
};

/** The status line as the hook holds it: one announcement, replaced or updated from the current one. */
function statusLine() {
  const line = { current: null as Announcement | null };
  const announce: Announce = (next) => {
    line.current = typeof next === 'function' ? next(line.current) : next;
  };
  return { line, announce };
}

async function setup() {
  const db = freshDb();
  for (const [c, m] of [['CA', 'MA'], ['CB', 'MB']]) {
    await upsertSeen(db, seenMessage({ conversationId: c, messageId: m, receivedAt: NOW - HOUR, dueAt: NOW + HOUR }), NOW - HOUR);
  }
  const restored: string[] = [];
  const real = createItemActions(db, async () => undefined, () => NOW);
  const actions: ItemActions = { ...real, restore: (before) => (restored.push(before.id), real.restore(before)) };
  const { line, announce } = statusLine();
  const get = async (id: string) => (await db.pending.get(id)) as PendingItem;
  return { db, line, get, restored, run: createActionRunner(actions, announce, words) };
}

/** Actions whose outcome the test decides, in the order it wants. */
function heldActions() {
  const settle: Array<{ resolve(changed: boolean): void; reject(e: Error): void }> = [];
  const held = () => new Promise<boolean>((resolve, reject) => settle.push({ resolve, reject }));
  const actions: ItemActions = { done: held, dismiss: held, snooze: held, reopen: held, restore: held };
  return { actions, settle };
}

describe('createActionRunner', () => {
  it('binds Undo clicked before the store has the change to that action, not to the one before it', async () => {
    const { db, line, get, run } = await setup();
    await run(await get(A), { snoozeUntil: NOW + 5 * HOUR });
    const dismissing = run(await get(B), 'dismiss');
    // The store has not answered yet; what the status line offers is already this action's Undo.
    expect(line.current?.text).toBe('did dismiss');
    await line.current!.undo!();
    await dismissing;
    expect(await get(B)).toMatchObject({ status: 'pending' });
    expect(await db.decisions.get(B)).toBeUndefined();
    expect(await get(A)).toMatchObject({ status: 'snoozed', snoozedUntil: NOW + 5 * HOUR });
    expect(line.current).toEqual({ text: 'undone' });
  });

  it('lets a second action replace the Undo of the first, which finishing later does not bring back', async () => {
    const { line, get, run } = await setup();
    const first = run(await get(A), 'dismiss');
    const second = run(await get(B), 'done');
    const shown = line.current;
    await Promise.all([first, second]);
    expect(line.current).toBe(shown);
    expect(shown?.text).toBe('did done');
    await shown!.undo!();
    expect((await get(B)).status).toBe('pending');
    expect((await get(A)).status).toBe('dismissed');
  });

  it('keeps a newer announcement when an older action fails after it', async () => {
    const { actions, settle } = heldActions();
    const { line, announce } = statusLine();
    const run = createActionRunner(actions, announce, words);
    const first = run({ id: A } as PendingItem, 'done');
    const second = run({ id: B } as PendingItem, 'dismiss');
    settle[1]!.resolve(true);
    settle[0]!.reject(new Error('disk full'));
    await Promise.all([first, second]);
    expect(line.current?.text).toBe('did dismiss');
    expect(line.current?.undo).toBeTypeOf('function');
  });

  it('says why an action failed, with no Undo', async () => {
    const { actions, settle } = heldActions();
    const { line, announce } = statusLine();
    const running = createActionRunner(actions, announce, words)({ id: A } as PendingItem, 'dismiss');
    settle[0]!.reject(new Error('disk full'));
    await running;
    expect(line.current).toEqual({ text: 'failed: disk full' });
  });

  it('puts back the snooze the item had as the user saw it, whatever happens to that object meanwhile', async () => {
    const { line, get, run } = await setup();
    await run(await get(A), { snoozeUntil: NOW + 5 * HOUR });
    const seen = await get(A);
    const done = run(seen, 'done');
    // The live list hands out new objects and may change old ones; the action copied what was seen.
    Object.assign(seen, { status: 'pending', snoozedUntil: undefined });
    await done;
    expect((await get(A)).status).toBe('done');
    await line.current!.undo!();
    expect(await get(A)).toMatchObject({ status: 'snoozed', snoozedUntil: NOW + 5 * HOUR });
  });

  it('undoes once, however often Undo is clicked', async () => {
    const { line, get, run, restored } = await setup();
    await run(await get(A), 'dismiss');
    const undo = line.current!.undo!;
    await Promise.all([undo(), undo()]);
    await undo();
    expect(restored).toEqual([A]);
    expect(line.current).toEqual({ text: 'undone' });
  });

  it('takes back the announcement of an action that changed nothing, and its early Undo reopens nothing', async () => {
    const { line, get, run, restored } = await setup();
    const stale = await get(A);
    await run(stale, 'done');
    // The same row clicked again from a list that has not caught up: the item is resolved already.
    const again = run(stale, 'dismiss');
    const undoing = line.current!.undo!();
    await Promise.all([again, undoing]);
    expect(restored).toEqual([]);
    expect((await get(A)).status).toBe('done');
    expect(line.current).toBeNull();
  });

  it('offers no Undo for Reopen', async () => {
    const { line, get, run } = await setup();
    await run(await get(A), 'done');
    await run(await get(A), 'reopen');
    expect(line.current).toEqual({ text: 'did reopen' });
    expect((await get(A)).status).toBe('pending');
  });
});
