/** Pure parsing of what OWA shows: dates, "Name <address>" labels, subjects and ids. */

const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A reading-pane date such as "Tue 3/3/2026 4:02 PM" (en-US), "Di 03.03.2026 09:05" (de) or
 * "03/03/2026 16:02" (en-GB), as local time in epoch ms. Undefined when no full date is shown.
 */
export function parseOutlookDate(text: string, locale = 'en-US'): number | undefined {
  const t = text.replace(BIDI, ' ');
  const date = /(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})/.exec(t);
  if (!date) return undefined;
  const [a, b, c] = [Number(date[1]), Number(date[3]), Number(date[4])];
  let year: number, month: number, day: number;
  if (date[1]!.length === 4) [year, month, day] = [a, b, c];
  else if (date[2] !== '/') [day, month, year] = [a, b, c];
  else if (b > 12 || (a <= 12 && /^en-(us|ca|ph)$|^en$/i.test(locale))) [month, day, year] = [a, b, c];
  else [day, month, year] = [a, b, c];
  if (year < 100) year += 2000;
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(([ap])\.?\s?m\.?)(?![a-z]))?/i.exec(t.slice(date.index + date[0].length));
  let hours = time ? Number(time[1]) : 0;
  const minutes = time ? Number(time[2]) : 0;
  // "AM"/"p. m." are a 12-hour clock; a lowercase "am" in a non-English locale is a word (German "am" = on).
  const token = time?.[4] ?? '';
  const meridiem = token && (/^en/i.test(locale) || token !== token.toLowerCase() || token.includes('.')) ? time![5]!.toLowerCase() : undefined;
  if (meridiem === 'p' && hours < 12) hours += 12;
  if (meridiem === 'a' && hours === 12) hours = 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59) return undefined;
  const result = new Date(year, month - 1, day, hours, minutes, time?.[3] ? Number(time[3]) : 0);
  return result.getDate() === day ? result.getTime() : undefined;
}

export interface NamedAddress {
  name?: string;
  email?: string;
}

/** "From: Alice Ng <alice.ng@contoso.com>", "Alice Ng <…>" or a bare address; the label prefix is dropped. */
export function parsePersonLabel(label: string): NamedAddress {
  const text = label.replace(BIDI, '').trim();
  const angled = /^(?:[^:<@]{1,24}:\s*)?(.*?)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>$/.exec(text);
  if (angled) return { ...(angled[1] ? { name: angled[1] } : {}), email: angled[2]!.toLowerCase() };
  const bare = /^(?:[^:<@]{1,24}:\s*)?([^\s<>]+@[^\s<>]+\.[a-z]{2,})$/i.exec(text);
  if (bare) return { email: bare[1]!.toLowerCase() };
  return text ? { name: text.replace(/^[^:<@]{1,24}:\s*/, '') } : {};
}

/** Reply/forward prefixes in the languages Outlook writes them, repeated ("RE: AW: Fw:"). */
const PREFIX = /^\s*(?:(?:re|aw|sv|vs|antw|wg|fw|fwd|tr|rv|r|rif|res|enc|doorst|odp|přes|vá|ynt)\s*(?:\[\d+\])?\s*[:：]\s*)+/i;

export function stripReplyPrefix(subject: string): string {
  return subject.replace(PREFIX, '').replace(/\s+/g, ' ').trim();
}

export function hasReplyPrefix(subject: string): boolean {
  return PREFIX.test(subject);
}

/**
 * The conversation id in an OWA address (`/mail/inbox/id/<id>`) when conversation view put it there:
 * AAQk… (work) or AQQk… (personal). Message ids (AAMk…) are not conversation ids.
 */
export function conversationIdFromUrl(href: string): string | undefined {
  const m = /\/id\/([^/?#&]+)/.exec(href);
  if (!m) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(m[1]!);
  } catch {
    return undefined;
  }
  return /^A[AQ]Qk/i.test(id) ? id : undefined;
}

/** Outlook's documented deep link that opens one message. */
export function readDeepLink(origin: string, itemId: string): string {
  return `${origin}/mail/deeplink/read/${encodeURIComponent(itemId)}`;
}
