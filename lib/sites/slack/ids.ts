/**
 * Slack's identifiers as the page shows them. A message is known by its channel and its `ts`
 * ("1704944089.846389", seconds.microseconds), which is also the thread id of a thread's root.
 */

/** Epoch ms of a Slack ts, or undefined when it is not one. */
export function slackTsToMs(ts: string | null | undefined): number | undefined {
  const m = /^(\d{9,11})\.(\d{1,6})$/.exec(ts?.trim() ?? '');
  if (!m) return undefined;
  return Number(m[1]) * 1000 + Math.floor(Number(m[2]!.padEnd(6, '0')) / 1000);
}

/**
 * Tact's conversation id for a thread: `<channel>:<thread ts>` (a channel's own messages use the
 * bare channel id). Slack's own URL form is `/thread/<channel>-<ts>`; ':' keeps the two parts apart
 * without looking like a Slack id.
 */
export function threadConversationId(channelId: string, threadTs: string): string {
  return `${channelId}:${threadTs}`;
}

export function parseConversationId(id: string): { channelId: string; threadTs?: string } {
  const [channelId = '', threadTs] = id.split(':');
  return threadTs ? { channelId, threadTs } : { channelId };
}

/** IM channels (1:1 DMs) have ids starting with D. */
export function isDirectMessageChannel(channelId: string | null | undefined): boolean {
  return /^D[A-Z0-9]+$/.test(channelId ?? '');
}

/**
 * The user id in a Slack avatar URL (`https://ca.slack-edge.com/T0342H1AY8J-U034F5QU2RF-7b33e50dd75a-32`),
 * also found in srcset lists. User ids start with U (or W on Enterprise Grid).
 */
export function userIdFromAvatarUrl(url: string | null | undefined): string | undefined {
  return /\b[TE][A-Z0-9]+-([UW][A-Z0-9]+)-/.exec(url ?? '')?.[1];
}

/** The ts of a thread from a reply's permalink (`…/p1704944089846389?thread_ts=1704944000.000100&cid=C…`). */
export function threadTsFromPermalink(href: string | null | undefined): string | undefined {
  return /[?&]thread_ts=(\d+\.\d+)/.exec(href ?? '')?.[1];
}
