import { describe, expect, it } from 'vitest';
import { dismiss, markDone, resolveConversation, upsertSeen } from './pending-repo';
import { replyStats } from './reply-stats';
import { HOUR, freshDb, seenMessage } from './testing';

const WEEK = 7 * 24 * HOUR;
const NOW = Date.parse('2026-03-31T00:00:00Z');

describe('replyStats', () => {
  it('gives per week the median reply time and the share answered in time', async () => {
    const db = freshDb();
    // [conversation, received (h before NOW), reply after (h), due after (h)]
    const answered: Array<[string, number, number, number]> = [
      ['a', 200, 1, 4], ['b', 190, 3, 4], ['c', 180, 8, 4], // last week: 1, 3, 8 → median 3; 2 of 3 in time
      ['d', 30, 2, 4], ['e', 20, 6, 4], // this week: 2, 6 → median 4; 1 of 2 in time
    ];
    for (const [c, before, reply, due] of answered) {
      const receivedAt = NOW - before * HOUR;
      await upsertSeen(db, seenMessage({ conversationId: c, receivedAt, dueAt: receivedAt + due * HOUR }), receivedAt);
      await resolveConversation(db, 'slack', c, c === 'e' ? 'reacted' : 'replied', receivedAt + reply * HOUR);
    }
    // Done and dismissed are not answers, and neither is anything older than the window.
    await upsertSeen(db, seenMessage({ conversationId: 'x', receivedAt: NOW - 10 * HOUR }), NOW);
    await markDone(db, 'slack:x:M1', NOW - 9 * HOUR);
    await upsertSeen(db, seenMessage({ conversationId: 'y', receivedAt: NOW - 10 * HOUR }), NOW);
    await dismiss(db, 'slack:y:M1', NOW - 9 * HOUR);
    await upsertSeen(db, seenMessage({ conversationId: 'old', receivedAt: NOW - 3 * WEEK }), NOW);
    await resolveConversation(db, 'slack', 'old', 'replied', NOW - 3 * WEEK + HOUR);

    const stats = await replyStats(db, NOW, 2);
    expect(stats).toEqual([
      { start: NOW - 2 * WEEK, end: NOW - WEEK, answered: 3, medianReplyMs: 3 * HOUR, onTimeShare: 2 / 3 },
      { start: NOW - WEEK, end: NOW, answered: 2, medianReplyMs: 4 * HOUR, onTimeShare: 0.5 },
    ]);
    const lenient = await replyStats(db, NOW, 1, (o) => o.resolvedAt! - o.receivedAt <= 6 * HOUR);
    expect(lenient[0]!.onTimeShare).toBe(1);
  });

  it('reports empty weeks as nulls', async () => {
    const stats = await replyStats(freshDb(), NOW, 3);
    expect(stats).toHaveLength(3);
    expect(stats.every((w) => w.answered === 0 && w.medianReplyMs === null && w.onTimeShare === null)).toBe(true);
  });
});
