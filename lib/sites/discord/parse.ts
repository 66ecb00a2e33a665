/** Pure parsing of the ids and URLs Discord puts in its DOM. */

/** Discord's epoch (2015-01-01T00:00:00Z): snowflake ids carry their creation time in ms since then. */
const DISCORD_EPOCH = 1420070400000n;

export interface MessageIds {
  channelId?: string;
  messageId: string;
}

/**
 * `chat-messages-<channel>-<message>` (older builds: `chat-messages-<message>`), or the list item id
 * `chat-messages___chat-messages-<channel>-<message>`.
 */
export function parseMessageElementId(id: string): MessageIds | null {
  const m = /^(?:chat-messages___)?chat-messages-(?:(\d+)-)?(\d+)$/.exec(id);
  if (!m) return null;
  return m[1] ? { channelId: m[1], messageId: m[2]! } : { messageId: m[2]! };
}

/** Creation time of a snowflake id, in epoch ms; undefined for anything that is not one. */
export function snowflakeTime(id: string): number | undefined {
  if (!/^\d{15,20}$/.test(id)) return undefined;
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** The user id in an avatar URL such as `https://cdn.discordapp.com/avatars/<id>/<hash>.webp?size=80`. */
export function avatarUserId(src: string | null | undefined): string | undefined {
  return /\/avatars\/(\d+)\//.exec(src ?? '')?.[1];
}

export interface Route {
  /** A guild id, or `@me` for direct messages. */
  guildId: string;
  channelId: string;
  dm: boolean;
}

/** `/channels/<guild>/<channel>[/<message>]` or `/channels/@me/<channel>`. */
export function parseRoute(href: string): Route | null {
  let path: string;
  try {
    path = new URL(href).pathname;
  } catch {
    return null;
  }
  const m = /^\/channels\/(@me|\d+)\/(\d+)/.exec(path);
  if (!m) return null;
  return { guildId: m[1]!, channelId: m[2]!, dm: m[1] === '@me' };
}

export function permalink(guildId: string, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
}
