import type { SiteId } from '../sites/types';

/** Every site Tact supports: the one definition lives with the site contract (a type only, no code). */
export type { SiteId };

/** All site ids, for validating data that comes from outside (backups). */
export const SITE_IDS: readonly SiteId[] = ['gmail', 'slack', 'google-chat', 'teams', 'discord', 'outlook'];

/** What the message asks of the user. */
export type PendingKind = 'question' | 'request' | 'decision' | 'approval' | 'availability';
export const PENDING_KINDS: readonly PendingKind[] = ['question', 'request', 'decision', 'approval', 'availability'];

/**
 * Where an item stands. `pending` and `snoozed` are open; the rest are resolved:
 * `replied`/`reacted` when the user answered in the conversation, `done` when marked done by hand,
 * `dismissed` when the user said it needs no reply.
 */
export type PendingStatus = 'pending' | 'snoozed' | 'replied' | 'reacted' | 'done' | 'dismissed';
export const PENDING_STATUSES: readonly PendingStatus[] = ['pending', 'snoozed', 'replied', 'reacted', 'done', 'dismissed'];
export const OPEN_STATUSES: readonly PendingStatus[] = ['pending', 'snoozed'];

/** A message that waits for the user's reply. Times are epoch ms. */
export interface PendingItem {
  /** `${site}:${conversationId}:${messageId}` (see `pendingId`). */
  id: string;
  site: SiteId;
  conversationId: string;
  messageId: string;
  permalink?: string;
  author: { id?: string; name?: string };
  /** At most SNIPPET_MAX characters of the message, whitespace collapsed. */
  snippet?: string;
  kind: PendingKind;
  urgent: boolean;
  receivedAt: number;
  dueAt: number;
  status: PendingStatus;
  /** Set while status is 'snoozed'. */
  snoozedUntil?: number;
  /** Set once resolved (replied, reacted, done, dismissed). */
  resolvedAt?: number;
  /** Last change; import keeps whichever copy is newer by this. */
  updatedAt: number;
}

/** What a caller reports when it sees a message: a PendingItem before the store decides its state. */
export type SeenMessage = Omit<PendingItem, 'id' | 'status' | 'snoozedUntil' | 'resolvedAt' | 'updatedAt'>;

/** The user's "no reply needed" for one message, remembered so it is never added again. */
export interface Decision {
  /** Same id as the pending item. */
  id: string;
  site: SiteId;
  decision: 'no-reply-needed';
  decidedAt: number;
}

export const SNIPPET_MAX = 140;

/** The item id for a message. Conversation and message ids may themselves contain ':'. */
export function pendingId(site: SiteId, conversationId: string, messageId: string): string {
  return `${site}:${conversationId}:${messageId}`;
}

/** Collapse whitespace and cut to SNIPPET_MAX characters (with '…'), never inside a surrogate pair. */
export function truncateSnippet(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SNIPPET_MAX) return flat;
  let cut = '';
  for (const ch of flat) {
    if (cut.length + ch.length > SNIPPET_MAX - 1) break;
    cut += ch;
  }
  return `${cut.trimEnd()}…`;
}

export function isOpen(status: PendingStatus): boolean {
  return status === 'pending' || status === 'snoozed';
}
