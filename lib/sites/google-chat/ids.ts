/**
 * Google Chat's identifiers. A conversation is `space/<id>` or `dm/<id>` (the nav list's
 * `data-group-id`); the URL shows only the bare id (`/u/0/app/chat/AAQA9J3tZPg`).
 */

/** The bare conversation id in a chat.google.com path, if any. */
export function conversationIdFromPath(pathname: string): string | undefined {
  return /\/app\/chat\/([\w-]+)/.exec(pathname)?.[1] ?? /\/(?:room|dm)\/([\w-]+)/.exec(pathname)?.[1];
}

export function isDirectMessage(groupId: string): boolean {
  return groupId.startsWith('dm/');
}

/**
 * A message link in the form Chat's "Copy link" gives (P: seen in shared links, not in a DOM dump):
 * `https://chat.google.com/room/<space>/<topic>/<message>` or `…/dm/<dm>/<topic>/<message>`.
 */
export function permalinkOf(groupId: string, topicId: string | undefined, messageId: string): string | undefined {
  const m = /^(space|dm)\/([\w-]+)$/.exec(groupId);
  if (!m || !topicId) return undefined;
  return `https://chat.google.com/${m[1] === 'space' ? 'room' : 'dm'}/${m[2]}/${topicId}/${messageId}`;
}

/** "Google Account: Maria Lopez\n(maria@acme.com)" (or localized: "Google-Konto: …") → name and email. */
export function parseAccountLabel(label: string | null | undefined): { name?: string; email?: string } {
  const text = (label ?? '').replace(/\s+/g, ' ').trim();
  const email = /[^\s()<>:]+@[^\s()<>]+\.[^\s()<>]+/.exec(text)?.[0];
  const name = text
    .replace(/^[^:]*:\s*/, '')
    .replace(/\(?\s*[^\s()<>:]+@[^\s()<>]+\s*\)?/, '')
    .trim();
  return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
}

/** Epoch ms from `data-absolute-timestamp` (ms) or `data-local-sort-time-msec`. */
export function parseTimestamp(value: string | null | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 1e11 ? n : undefined;
}
