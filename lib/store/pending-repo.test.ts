import { describe, expect, it } from 'vitest';
import { dismiss, markDone, reopen, resolveConversation, snooze, upsertSeen, wakeSnoozed } from './pending-repo';
import { HOUR, T0, freshDb, seenMessage } from './testing';
import { pendingId } from './types';

const ID = pendingId('slack', 'C1', 'M1');

describe('upsertSeen', () => {
  it('adds a message once, however often it is seen', async () => {
    const db = freshDb();
    expect(await upsertSeen(db, seenMessage(), T0)).toBe('added');
    expect(await upsertSeen(db, seenMessage(), T0 + 1000)).toBe('unchanged');
    expect(await upsertSeen(db, seenMessage(), T0 + 2000)).toBe('unchanged');
    expect(await db.pending.count()).toBe(1);
    expect(await db.pending.get(ID)).toMatchObject({ id: ID, status: 'pending', updatedAt: T0, dueAt: T0 + 4 * HOUR });
  });

  it('keeps the first sighting, fills in what was missing and only raises urgency', async () => {
    const db = freshDb();
    await upsertSeen(db, seenMessage({ author: { id: 'U1' }, snippet: undefined }), T0);
    const later = seenMessage({ author: { id: 'U9', name: 'Ada' }, permalink: 'https://x.slack.com/p1', receivedAt: T0 + HOUR, dueAt: T0 + 9 * HOUR, kind: 'question' });
    expect(await upsertSeen(db, later, T0 + 1000)).toBe('updated');
    expect(await db.pending.get(ID)).toMatchObject({
      author: { id: 'U1', name: 'Ada' }, permalink: 'https://x.slack.com/p1', snippet: later.snippet,
      receivedAt: T0, dueAt: T0 + 4 * HOUR, kind: 'request', updatedAt: T0 + 1000,
    });
    expect(await upsertSeen(db, seenMessage({ urgent: true, dueAt: T0 + 2 * HOUR }), T0 + 2000)).toBe('updated');
    expect(await db.pending.get(ID)).toMatchObject({ urgent: true, dueAt: T0 + 2 * HOUR });
    expect(await upsertSeen(db, seenMessage({ urgent: false, dueAt: T0 + 8 * HOUR }), T0 + 3000)).toBe('unchanged');
  });

  it('stores a short, flat snippet', async () => {
    const db = freshDb();
    await upsertSeen(db, seenMessage({ snippet: `  Hello\n\n  there ${'😀'.repeat(100)}` }), T0);
    const { snippet } = (await db.pending.get(ID))!;
    expect(snippet!.length).toBeLessThanOrEqual(140);
    expect(snippet).toMatch(/^Hello there 😀+…$/u);
    expect(snippet).not.toMatch(/[\uD800-\uDBFF]…/); // no half emoji before the ellipsis
  });

  it('rejects malformed messages', async () => {
    const db = freshDb();
    await expect(upsertSeen(db, seenMessage({ site: 'myspace' as never }), T0)).rejects.toThrow(/site "myspace"/);
    await expect(upsertSeen(db, seenMessage({ permalink: 'javascript:alert(1)' }), T0)).rejects.toThrow(/permalink/);
    await expect(upsertSeen(db, seenMessage({ messageId: '' }), T0)).rejects.toThrow(/messageId/);
    await expect(upsertSeen(db, seenMessage({ dueAt: Number.NaN }), T0)).rejects.toThrow(/dueAt/);
    expect(await db.pending.count()).toBe(0);
  });

  it('never brings back a resolved item', async () => {
    const db = freshDb();
    await upsertSeen(db, seenMessage(), T0);
    await resolveConversation(db, 'slack', 'C1', 'replied', T0 + HOUR);
    expect(await upsertSeen(db, seenMessage({ urgent: true }), T0 + 2 * HOUR)).toBe('resolved');
    expect(await db.pending.get(ID)).toMatchObject({ status: 'replied', urgent: false, resolvedAt: T0 + HOUR });
  });

  it('does not add a message the user said needs no reply, even after the item is gone', async () => {
    const db = freshDb();
    await upsertSeen(db, seenMessage(), T0);
    await dismiss(db, ID, T0 + 10);
    await db.pending.clear();
    expect(await upsertSeen(db, seenMessage(), T0 + 20)).toBe('declined');
    expect(await db.pending.count()).toBe(0);
  });

  it('does not add an older message of a conversation the user has already answered', async () => {
    const db = freshDb();
    await upsertSeen(db, seenMessage({ messageId: 'M2', receivedAt: T0 + HOUR }), T0 + HOUR);
    await resolveConversation(db, 'slack', 'C1', 'reacted', T0 + 2 * HOUR);
    expect(await upsertSeen(db, seenMessage({ messageId: 'M1', receivedAt: T0 }), T0 + 3 * HOUR)).toBe('answered');
    expect(await upsertSeen(db, seenMessage({ messageId: 'M3', receivedAt: T0 + 3 * HOUR }), T0 + 3 * HOUR)).toBe('added');
    expect(await upsertSeen(db, seenMessage({ conversationId: 'C2', receivedAt: T0 }), T0 + 3 * HOUR)).toBe('added');
  });
});

describe('resolveConversation', () => {
  it('resolves the open items of that conversation received up to the reply', async () => {
    const db = freshDb();
    await upsertSeen(db, seenMessage({ messageId: 'a', receivedAt: T0 }), T0);
    await upsertSeen(db, seenMessage({ messageId: 'b', receivedAt: T0 + HOUR }), T0);
    await upsertSeen(db, seenMessage({ messageId: 'late', receivedAt: T0 + 3 * HOUR }), T0);
    await upsertSeen(db, seenMessage({ conversationId: 'other' }), T0);
    await upsertSeen(db, seenMessage({ site: 'discord' }), T0);
    await snooze(db, pendingId('slack', 'C1', 'b'), T0 + 9 * HOUR, T0);
    await markDone(db, pendingId('slack', 'C1', 'a'), T0 + 10);

    expect(await resolveConversation(db, 'slack', 'C1', 'replied', T0 + 2 * HOUR)).toBe(1);
    const byId = Object.fromEntries((await db.pending.toArray()).map((o) => [o.id, o]));
    expect(byId['slack:C1:a']).toMatchObject({ status: 'done', resolvedAt: T0 + 10 });
    expect(byId['slack:C1:b']).toMatchObject({ status: 'replied', resolvedAt: T0 + 2 * HOUR });
    expect(byId['slack:C1:b']!.snoozedUntil).toBeUndefined();
    expect(byId['slack:C1:late']!.status).toBe('pending');
    expect(byId['slack:other:M1']!.status).toBe('pending');
    expect(byId['discord:C1:M1']!.status).toBe('pending');
  });
});

describe('markDone, dismiss, snooze, wakeSnoozed, reopen', () => {
  it('marks done only what is open', async () => {
    const db = freshDb();
    await upsertSeen(db, seenMessage(), T0);
    expect(await markDone(db, ID, T0 + 5)).toBe(true);
    expect(await markDone(db, ID, T0 + 6)).toBe(false);
    expect(await markDone(db, 'slack:nope:x', T0)).toBe(false);
    expect(await db.pending.get(ID)).toMatchObject({ status: 'done', resolvedAt: T0 + 5, updatedAt: T0 + 5 });
  });

  it('dismiss remembers the decision', async () => {
    const db = freshDb();
    await upsertSeen(db, seenMessage(), T0);
    expect(await dismiss(db, ID, T0 + 5)).toBe(true);
    expect(await db.pending.get(ID)).toMatchObject({ status: 'dismissed', resolvedAt: T0 + 5 });
    expect(await db.decisions.get(ID)).toEqual({ id: ID, site: 'slack', decision: 'no-reply-needed', decidedAt: T0 + 5 });
    await expect(dismiss(db, 'nonsense', T0)).rejects.toThrow(RangeError);
  });

  it('snoozes, and wakes only what is due to wake', async () => {
    const db = freshDb();
    await upsertSeen(db, seenMessage(), T0);
    await upsertSeen(db, seenMessage({ messageId: 'M2' }), T0);
    expect(await snooze(db, ID, T0 + 3 * HOUR, T0)).toBe(true);
    expect(await snooze(db, pendingId('slack', 'C1', 'M2'), T0 + 9 * HOUR, T0)).toBe(true);
    expect(await db.pending.get(ID)).toMatchObject({ status: 'snoozed', snoozedUntil: T0 + 3 * HOUR });
    expect(await wakeSnoozed(db, T0 + 2 * HOUR)).toBe(0);
    expect(await wakeSnoozed(db, T0 + 3 * HOUR)).toBe(1);
    const woken = (await db.pending.get(ID))!;
    expect(woken.status).toBe('pending');
    expect(woken.snoozedUntil).toBeUndefined();
    expect((await db.pending.get(pendingId('slack', 'C1', 'M2')))!.status).toBe('snoozed');
    await markDone(db, ID, T0);
    expect(await snooze(db, ID, T0 + 9 * HOUR, T0)).toBe(false);
  });

  it('reopen undoes a dismissal and forgets the decision', async () => {
    const db = freshDb();
    await upsertSeen(db, seenMessage(), T0);
    await dismiss(db, ID, T0 + 5);
    expect(await reopen(db, ID, T0 + 6)).toBe(true);
    expect(await db.decisions.get(ID)).toBeUndefined();
    const item = (await db.pending.get(ID))!;
    expect(item).toMatchObject({ status: 'pending', updatedAt: T0 + 6 });
    expect(item.resolvedAt).toBeUndefined();
    expect(await reopen(db, ID, T0 + 7)).toBe(false);
  });
});
