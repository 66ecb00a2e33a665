import {
  PENDING_KINDS, PENDING_STATUSES, SITE_IDS, SNIPPET_MAX, isOpen, pendingId,
  type Decision, type PendingItem, type PendingKind, type PendingStatus, type SiteId,
} from './types';

// Generous caps: real ids are far shorter; these only stop a hostile file from bloating the store.
const MAX_ID = 1024;
const MAX_TEXT = 500;

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
const optionalText = (v: unknown, max: number) => v === undefined || (typeof v === 'string' && v.length <= max);
const show = (v: unknown) => (typeof v === 'string' ? `"${v.slice(0, 40)}"` : String(v));

/** Only web links: a permalink ends up in an <a href>, so `javascript:` and friends never get in. */
export function isSafeLink(v: unknown): v is string {
  if (typeof v !== 'string' || v.length > 2048) return false;
  try {
    const { protocol } = new URL(v);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Check an untrusted value field by field; on success return a clean copy without unknown fields. */
export function checkPendingItem(v: unknown): Checked<PendingItem> {
  if (!isObject(v)) return { ok: false, errors: ['is not an object'] };
  const errors: string[] = [];
  // Messages are built only on failure: this runs for every item of a 100,000-item backup.
  const need = (ok: boolean, message: () => string) => { if (!ok) errors.push(message()); };
  need(SITE_IDS.includes(v.site as SiteId), () => `site ${show(v.site)} is not one of ${SITE_IDS.join(', ')}`);
  need(isId(v.conversationId), () => 'conversationId is missing');
  need(isId(v.messageId), () => 'messageId is missing');
  need(typeof v.id === 'string' && v.id === pendingId(v.site as SiteId, v.conversationId as string, v.messageId as string),
    () => `id ${show(v.id)} does not match site:conversationId:messageId`);
  need(v.permalink === undefined || isSafeLink(v.permalink), () => 'permalink is not an http(s) link');
  const author = v.author;
  need(isObject(author) && optionalText(author.id, MAX_TEXT) && optionalText(author.name, MAX_TEXT), () => 'author is not {id?, name?}');
  need(optionalText(v.snippet, SNIPPET_MAX), () => `snippet is not text of at most ${SNIPPET_MAX} characters`);
  need(PENDING_KINDS.includes(v.kind as PendingKind), () => `kind ${show(v.kind)} is not one of ${PENDING_KINDS.join(', ')}`);
  need(typeof v.urgent === 'boolean', () => 'urgent is not true or false');
  for (const field of ['receivedAt', 'dueAt', 'updatedAt'] as const) need(isTime(v[field]), () => `${field} is not a time`);
  const status = v.status as PendingStatus;
  need(PENDING_STATUSES.includes(status), () => `status ${show(v.status)} is not one of ${PENDING_STATUSES.join(', ')}`);
  need(status === 'snoozed' ? isTime(v.snoozedUntil) : v.snoozedUntil === undefined,
    () => status === 'snoozed' ? 'snoozedUntil is missing for a snoozed item' : 'snoozedUntil is set on an item that is not snoozed');
  if (PENDING_STATUSES.includes(status)) {
    need(isOpen(status) ? v.resolvedAt === undefined : isTime(v.resolvedAt),
      () => isOpen(status) ? 'resolvedAt is set on an open item' : 'resolvedAt is missing for a resolved item');
  }
  if (errors.length) return { ok: false, errors };

  const a = author as { id?: string; name?: string };
  const item: PendingItem = {
    id: v.id as string, site: v.site as SiteId, conversationId: v.conversationId as string, messageId: v.messageId as string,
    author: dropUndefined({ id: a.id, name: a.name }),
    kind: v.kind as PendingKind, urgent: v.urgent as boolean,
    receivedAt: v.receivedAt as number, dueAt: v.dueAt as number, status, updatedAt: v.updatedAt as number,
  };
  return { ok: true, value: dropUndefined({ ...item, permalink: v.permalink as string | undefined, snippet: v.snippet as string | undefined,
    snoozedUntil: v.snoozedUntil as number | undefined, resolvedAt: v.resolvedAt as number | undefined }) };
}

/** Check an untrusted decision; on success return a clean copy. */
export function checkDecision(v: unknown): Checked<Decision> {
  if (!isObject(v)) return { ok: false, errors: ['is not an object'] };
  const errors: string[] = [];
  if (!isId(v.id)) errors.push('id is missing');
  if (!SITE_IDS.includes(v.site as SiteId)) errors.push(`site ${show(v.site)} is not a known site`);
  else if (typeof v.id === 'string' && !v.id.startsWith(`${String(v.site)}:`)) errors.push('id does not start with its site');
  if (v.decision !== 'no-reply-needed') errors.push(`decision ${show(v.decision)} is not "no-reply-needed"`);
  if (!isTime(v.decidedAt)) errors.push('decidedAt is not a time');
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { id: v.id as string, site: v.site as SiteId, decision: 'no-reply-needed', decidedAt: v.decidedAt as number } };
}

/** Remove keys whose value is undefined, so stored objects compare and serialise cleanly. */
export function dropUndefined<T extends object>(o: T): T {
  for (const key of Object.keys(o) as Array<keyof T>) if (o[key] === undefined) delete o[key];
  return o;
}
