/** Pure readers of the ids, times and people Teams writes into its DOM. */
import type { Person } from '../types';

/** Teams message ids (`data-mid`, `content-<mid>`) are the send time in epoch ms. */
export function epochFromMid(mid: string | null | undefined): number | undefined {
  if (!mid || !/^\d{12,14}$/.test(mid)) return undefined;
  const ms = Number(mid);
  // Between 2001 and 2286: anything else is an id that merely looks numeric.
  return ms >= 1e12 && ms < 1e13 ? ms : undefined;
}

/** `time[datetime]` is ISO 8601. */
export function epochFromDatetime(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * A conversation's thread id found in a string (a tree item's id such as `chat-list-item_19:…`,
 * or a deep link): `19:…@unq.gbl.spaces` (1:1 chat), `@thread.v2` (group chat, meeting),
 * `@thread.tacv2` / `@thread.skype` (channel).
 */
export function threadIdIn(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // Not URI-encoded after all: search the raw text.
  }
  return /19:[^\s"'/?#&<>@]+@(?:unq\.gbl\.spaces|thread\.[a-z0-9]+)/i.exec(decoded)?.[0];
}

/** 1:1 chats are the only threads whose ids end in @unq.gbl.spaces. */
export function isOneOnOneThread(threadId: string | null | undefined): boolean {
  return !!threadId && /@unq\.gbl\.spaces$/i.test(threadId);
}

export function isChannelThread(threadId: string | null | undefined): boolean {
  return !!threadId && /@thread\.(?:tacv2|skype)$/i.test(threadId);
}

/**
 * Teams' avatar images come from `/api/mt/…/users/8:orgid:<guid>/profilepicturev2?displayname=Name`
 * (8:live:<id> for personal accounts): the person's id and display name, without any token.
 */
export function personFromAvatarUrl(src: string | null | undefined): Person | undefined {
  if (!src) return undefined;
  const id = /\/users\/(8:[^/?#]+)/.exec(src)?.[1];
  let name: string | undefined;
  const query = src.indexOf('?');
  if (query >= 0) name = new URLSearchParams(src.slice(query + 1)).get('displayname')?.trim() || undefined;
  if (!id && !name) return undefined;
  const person: Person = {};
  if (id) person.id = safeDecode(id);
  if (name) person.name = name;
  return person;
}

/** Teams' own deep link to a message: chats carry a chat context, channel replies their root post. */
export function messagePermalink(origin: string, threadId: string, messageId: string, parentId?: string): string {
  const base = `${origin}/l/message/${encodeURIComponent(threadId)}/${encodeURIComponent(messageId)}`;
  if (isChannelThread(threadId)) return `${base}?parentMessageId=${encodeURIComponent(parentId ?? messageId)}`;
  return `${base}?context=${encodeURIComponent('{"contextType":"chat"}')}`;
}

/** Names as shown (case, accents and spacing aside), for matching the user against author names and mentions. */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return !!a && !!b && norm(a) === norm(b);
}

/** Whether a mention's text names this person: "@Sam Lee", "Sam Lee" or just "Sam" (Teams lets people trim mentions). */
export function mentionNames(mention: string, name: string | null | undefined): boolean {
  if (!name) return false;
  const text = mention.replace(/^@/, '');
  return sameName(text, name) || sameName(text, name.split(/\s+/)[0]);
}

/** CKEditor 5 keeps an inline filler (seven U+2060) next to the caret; it is never part of the draft. */
export function stripFillers(text: string): string {
  return text.replace(/\u2060/g, '');
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
