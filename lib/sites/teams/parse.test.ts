import { describe, expect, it } from 'vitest';
import {
  epochFromDatetime,
  epochFromMid,
  isChannelThread,
  isOneOnOneThread,
  mentionNames,
  messagePermalink,
  personFromAvatarUrl,
  sameName,
  stripFillers,
  threadIdIn,
} from './parse';

describe('epochFromMid', () => {
  it('reads epoch-ms message ids', () => {
    expect(epochFromMid('1788426131137')).toBe(Date.UTC(2026, 8, 3, 9, 2, 11, 137));
  });
  it.each([[''], [null], ['abc'], ['178840268700x'], ['99'], ['99999999999999']])('rejects %s', (mid) => {
    expect(epochFromMid(mid)).toBeUndefined();
  });
});

describe('epochFromDatetime', () => {
  it('reads ISO datetimes', () => {
    expect(epochFromDatetime('2026-09-03T10:31:27.000Z')).toBe(Date.UTC(2026, 8, 3, 10, 31, 27));
  });
  it('rejects what is not a date', () => {
    expect(epochFromDatetime('10:31 AM')).toBeUndefined();
    expect(epochFromDatetime(undefined)).toBeUndefined();
  });
});

describe('threadIdIn', () => {
  const oneOnOne = '19:a7c3e2d1-58f4-4b0e-8c29-71e6d3f0a452_5b0d8f7e-3c2a-4e61-9a7f-2d14c6e8b901@unq.gbl.spaces';
  it('finds ids in tree item ids and deep links', () => {
    expect(threadIdIn(`chat-list-item_${oneOnOne}`)).toBe(oneOnOne);
    expect(threadIdIn('channel-list-item_19:8f2b1c9d4e6a4f0b9c3d7e1a2b5c8d0f@thread.tacv2')).toBe('19:8f2b1c9d4e6a4f0b9c3d7e1a2b5c8d0f@thread.tacv2');
    expect(threadIdIn('https://teams.microsoft.com/l/channel/19%3Aabc123%40thread.tacv2/General?groupId=x')).toBe('19:abc123@thread.tacv2');
    expect(threadIdIn('19:meeting_NjQ3@thread.v2')).toBe('19:meeting_NjQ3@thread.v2');
  });
  it('ignores look-alikes', () => {
    expect(threadIdIn('team-list-item_b2c4d6e8-0a1b-4c3d-9e5f-7a8b9c0d1e2f')).toBeUndefined();
    expect(threadIdIn('mail 19:00 @home')).toBeUndefined();
    expect(threadIdIn('%E0%A4%A')).toBeUndefined();
  });
});

describe('thread kinds', () => {
  it('tells 1:1 chats, group chats and channels apart', () => {
    expect(isOneOnOneThread('19:a_b@unq.gbl.spaces')).toBe(true);
    expect(isOneOnOneThread('19:abc@thread.v2')).toBe(false);
    expect(isChannelThread('19:abc@thread.tacv2')).toBe(true);
    expect(isChannelThread('19:abc@thread.skype')).toBe(true);
    expect(isChannelThread('19:abc@thread.v2')).toBe(false);
  });
});

describe('personFromAvatarUrl', () => {
  it('reads the id and display name of Teams avatar URLs', () => {
    const src = '/api/mt/part/emea-02/beta/users/8:orgid:5b0d8f7e-3c2a-4e61-9a7f-2d14c6e8b901/profilepicturev2?displayname=Sam%20Lee&size=HR64x64';
    expect(personFromAvatarUrl(src)).toEqual({ id: '8:orgid:5b0d8f7e-3c2a-4e61-9a7f-2d14c6e8b901', name: 'Sam Lee' });
    expect(personFromAvatarUrl('https://teams.live.com/api/mt/beta/users/8:live:sam.lee/profilepicturev2')).toEqual({ id: '8:live:sam.lee' });
  });
  it('returns nothing for other images', () => {
    expect(personFromAvatarUrl('/assets/emoticons/like.png')).toBeUndefined();
    expect(personFromAvatarUrl('')).toBeUndefined();
  });
});

describe('messagePermalink', () => {
  it('links chat messages with the chat context', () => {
    expect(messagePermalink('https://teams.microsoft.com', '19:a_b@unq.gbl.spaces', '1788402687000')).toBe(
      'https://teams.microsoft.com/l/message/19%3Aa_b%40unq.gbl.spaces/1788402687000?context=%7B%22contextType%22%3A%22chat%22%7D',
    );
  });
  it('links channel replies to their root post', () => {
    expect(messagePermalink('https://teams.cloud.microsoft', '19:c@thread.tacv2', '2', '1')).toBe(
      'https://teams.cloud.microsoft/l/message/19%3Ac%40thread.tacv2/2?parentMessageId=1',
    );
  });
});

describe('names and mentions', () => {
  it('compares names loosely', () => {
    expect(sameName('Léa  Fontaine', 'léa fontaine')).toBe(true);
    expect(sameName('Lea Fontaine', 'Léa Fontaine')).toBe(false);
    expect(sameName('', '')).toBe(false);
  });
  it('recognises full and first-name mentions only', () => {
    expect(mentionNames('@Sam Lee', 'Sam Lee')).toBe(true);
    expect(mentionNames('Sam', 'Sam Lee')).toBe(true);
    expect(mentionNames('Samantha', 'Sam Lee')).toBe(false);
    expect(mentionNames('Lee', 'Sam Lee')).toBe(false);
    expect(mentionNames('Sam', undefined)).toBe(false);
  });
});

describe('stripFillers', () => {
  it("drops CKEditor's inline filler", () => {
    expect(stripFillers('Got it\n\u2060\u2060\u2060\u2060\u2060\u2060\u2060Maria')).toBe('Got it\nMaria');
  });
});
