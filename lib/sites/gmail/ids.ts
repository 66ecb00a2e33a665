import type { Person } from '../types';

/** Gmail writes ids as "#msg-f:184…" in data-message-id and hidden inputs; Tact keeps them without "#". */
export function stripHash(id: string | null | undefined): string {
  return (id ?? '').trim().replace(/^#/, '');
}

/**
 * The legacy hex id (used in URLs and data-legacy-*) of a server-side id: "msg-f:<decimal>" or
 * "thread-f:<decimal>" is the same number in hex. Client-side ids ("msg-a:r-…") have none.
 */
export function legacyHex(id: string): string | undefined {
  const m = /^(?:msg|thread)-f:(\d+)$/.exec(stripHash(id));
  if (!m) return undefined;
  try {
    return BigInt(m[1]!).toString(16);
  } catch {
    return undefined;
  }
}

/** A link that opens the thread: Gmail resolves "#all/<legacy thread id>" in the same account. */
export function threadPermalink(pageUrl: string, threadId: string, legacyThreadId?: string | null): string | undefined {
  const hex = legacyThreadId || legacyHex(threadId);
  if (!hex) return undefined;
  try {
    const url = new URL(pageUrl);
    const account = /^\/mail\/u\/\d+\//.exec(url.pathname)?.[0] ?? '/mail/';
    return `${url.origin}${account}#all/${hex}`;
  } catch {
    return undefined;
  }
}

const EMAIL = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * The Google bar's account label, "Google Account: Maria Lopez \n(me@example.com)" and its
 * translations ("Cuenta de Google: …"): the name follows the first colon, the email is in brackets.
 */
export function parseAccountLabel(label: string | null | undefined): Person | null {
  if (!label) return null;
  const email = EMAIL.exec(label)?.[0];
  if (!email) return null;
  const colon = label.indexOf(':');
  const name = label
    .slice(colon + 1, label.indexOf(email))
    .replace(/[()（）<>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { id: email.toLowerCase(), email: email.toLowerCase(), ...(name ? { name } : {}) };
}

/** The tab title is "Inbox (3) - me@example.com - Gmail" in every language. */
export function emailFromTitle(title: string | null | undefined): string | undefined {
  const parts = (title ?? '').split(' - ');
  if (parts.length < 3) return undefined;
  const candidate = parts[parts.length - 2]!.trim();
  return EMAIL.test(candidate) ? candidate.toLowerCase() : undefined;
}
