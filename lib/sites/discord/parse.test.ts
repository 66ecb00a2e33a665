import { describe, expect, it } from 'vitest';
import { avatarUserId, parseMessageElementId, parseRoute, permalink, snowflakeTime } from './parse';

describe('parseMessageElementId', () => {
  it.each([
    ['chat-messages-222-1478384399941763101', { channelId: '222', messageId: '1478384399941763101' }],
    ['chat-messages___chat-messages-222-1478384399941763101', { channelId: '222', messageId: '1478384399941763101' }],
    // Builds before 2023 carried only the message id.
    ['chat-messages-1478384399941763101', { messageId: '1478384399941763101' }],
  ])('reads %s', (id, expected) => {
    expect(parseMessageElementId(id)).toEqual(expected);
  });

  it.each(['message-content-1478384399941763101', 'chat-messages-', 'chat-messages-222-abc', '---new-messages-bar', ''])(
    'rejects the look-alike %j',
    (id) => {
      expect(parseMessageElementId(id)).toBeNull();
    },
  );
});

describe('snowflakeTime', () => {
  it('decodes the creation time Discord packs into an id', () => {
    // Built from 2026-03-03T13:31:48.000Z by shifting (ms - Discord epoch) left by 22 bits.
    expect(new Date(snowflakeTime('1478384399941763101')!).toISOString()).toBe('2026-03-03T13:31:48.000Z');
    expect(snowflakeTime('175928847299117063')).toBe(1462015105796); // Discord's documented example
  });

  it('ignores what is not a snowflake', () => {
    expect(snowflakeTime('222')).toBeUndefined();
    expect(snowflakeTime('@me')).toBeUndefined();
    expect(snowflakeTime('')).toBeUndefined();
  });
});

describe('avatarUserId', () => {
  it('takes the user id out of an avatar URL', () => {
    expect(avatarUserId('https://cdn.discordapp.com/avatars/283746519028374651/8f2c1d0e.webp?size=80')).toBe('283746519028374651');
  });

  it('ignores default avatars and other images', () => {
    expect(avatarUserId('https://cdn.discordapp.com/embed/avatars/3.png')).toBeUndefined();
    expect(avatarUserId('/assets/pray.svg')).toBeUndefined();
    expect(avatarUserId(null)).toBeUndefined();
  });
});

describe('parseRoute', () => {
  it('reads guild channels, DMs and message links', () => {
    expect(parseRoute('https://discord.com/channels/111/222')).toEqual({ guildId: '111', channelId: '222', dm: false });
    expect(parseRoute('https://discord.com/channels/@me/999')).toEqual({ guildId: '@me', channelId: '999', dm: true });
    expect(parseRoute('https://discord.com/channels/111/222/1478384399941763101')).toEqual({ guildId: '111', channelId: '222', dm: false });
  });

  it('is null off the app', () => {
    expect(parseRoute('https://discord.com/channels/@me')).toBeNull();
    expect(parseRoute('https://discord.com/app')).toBeNull();
    expect(parseRoute('not a url')).toBeNull();
  });
});

describe('permalink', () => {
  it('links a message the way Discord copies it', () => {
    expect(permalink('@me', '999', '1478703867494531084')).toBe('https://discord.com/channels/@me/999/1478703867494531084');
  });
});
