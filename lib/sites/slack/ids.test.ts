import { describe, expect, it } from 'vitest';
import {
  isDirectMessageChannel,
  parseConversationId,
  slackTsToMs,
  threadConversationId,
  threadTsFromPermalink,
  userIdFromAvatarUrl,
} from './ids';

describe('slackTsToMs', () => {
  it.each([
    ['1704944089.846389', 1704944089846],
    ['1788402687.118899', 1788402687118],
    ['1788402687.5', 1788402687500],
  ])('%s → %d', (ts, ms) => expect(slackTsToMs(ts)).toBe(ms));

  it.each([[''], ['abc'], ['1704944089'], ['p1704944089846389'], [null], [undefined]])('rejects %s', (ts) =>
    expect(slackTsToMs(ts)).toBeUndefined(),
  );
});

describe('conversation ids', () => {
  it('round-trips a thread id', () => {
    const id = threadConversationId('C0GEN', '1788402687.118899');
    expect(id).toBe('C0GEN:1788402687.118899');
    expect(parseConversationId(id)).toEqual({ channelId: 'C0GEN', threadTs: '1788402687.118899' });
  });

  it('parses a bare channel', () => expect(parseConversationId('D0ALICE')).toEqual({ channelId: 'D0ALICE' }));

  it.each([
    ['D0ALICE', true],
    ['D028ABC1', true],
    ['C0GEN', false],
    ['G01PRIV', false],
    ['d0alice', false],
    ['', false],
  ])('isDirectMessageChannel(%s) = %s', (id, dm) => expect(isDirectMessageChannel(id)).toBe(dm));
});

describe('userIdFromAvatarUrl', () => {
  it.each([
    ['https://ca.slack-edge.com/T0342H1AY8J-U034F5QU2RF-7b33e50dd75a-32', 'U034F5QU2RF'],
    ['https://ca.slack-edge.com/E01ENT-W01GRID-abc-72 2x', 'W01GRID'],
    ['https://ca.slack-edge.com/T0ACME-U0ME-8c1f2e3d4a5b-48 1x, https://ca.slack-edge.com/T0ACME-U0ME-8c1f2e3d4a5b-72 2x', 'U0ME'],
  ])('%s → %s', (url, id) => expect(userIdFromAvatarUrl(url)).toBe(id));

  it.each([['https://a.slack-edge.com/80588/img/avatars/ava_0010-48.png'], ['data:image/gif;base64,R0lGOD'], [null]])(
    'finds none in %s',
    (url) => expect(userIdFromAvatarUrl(url)).toBeUndefined(),
  );
});

describe('threadTsFromPermalink', () => {
  it('reads thread_ts', () =>
    expect(threadTsFromPermalink('https://acme.slack.com/archives/D0ALICE/p1788403624508949?thread_ts=1788402687.118899&cid=D0ALICE')).toBe(
      '1788402687.118899',
    ));
  it('is undefined for a channel message', () =>
    expect(threadTsFromPermalink('https://acme.slack.com/archives/C0GEN/p1788402687118899')).toBeUndefined());
});
