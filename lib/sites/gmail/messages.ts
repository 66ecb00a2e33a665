import { cleanText, closestOf, docOf, isVisible, queryAllFirst, queryFirst } from '../dom';
import { readEditorText } from '../editor';
import { toRef } from '../messages';
import type { IncomingMessage, Person } from '../types';
import { parseGmailDate } from './date';
import { legacyHex, stripHash, threadPermalink } from './ids';
import { LIST_ITEM, QUOTED, ROW, ROW_DATE, ROW_SENDER, SELECTORS, SIGNATURE, THREAD_ROW_ID } from './selectors';

/** The thread open in the view. */
export interface ThreadInfo {
  id: string;
  legacyId?: string;
}

/** The open thread: only the visible subject counts, Gmail keeps hidden subjects of earlier threads. */
export function openThread(root: ParentNode): ThreadInfo | null {
  for (const subject of queryAllFirst(root, SELECTORS.threadSubject.css)) {
    const id = stripHash(subject.getAttribute('data-thread-perm-id'));
    if (id && isVisible(subject)) return { id, legacyId: subject.getAttribute('data-legacy-thread-id') ?? undefined };
  }
  return null;
}

/** The modern id in the address bar ("#inbox/FMfcgz…"), the last resort for a conversation id. */
export function hashThreadId(doc: Document): string {
  const hash = new URL(doc.URL).hash.replace(/^#/, '');
  return hash.split('/').pop()?.split('?')[0] ?? '';
}

/** The rendered element carrying this message id (hidden stale copies do not count). */
export function findMessage(root: ParentNode, messageId: string): HTMLElement | null {
  const id = stripHash(messageId).replace(/["\\]/g, '\\$&');
  if (!id) return null;
  const found = queryAllFirst(root, [`[data-message-id="#${id}"]`, `[data-message-id="${id}"]`]);
  return found.find((el) => isVisible(el)) ?? null;
}

export function senderOf(scope: Element): Person | undefined {
  const span = queryFirst(scope, SELECTORS.sender.css);
  if (!span) return undefined;
  const email = span.getAttribute('email')?.toLowerCase() || undefined;
  const name = span.getAttribute('name') || cleanText(span) || undefined;
  return { ...(email ? { id: email, email } : {}), ...(name ? { name } : {}) };
}

export function sentAtOf(scope: Element): number | undefined {
  return parseGmailDate(queryFirst(scope, SELECTORS.timestamp.css)?.getAttribute('title'));
}

/**
 * The sender and date of a thread's last message as a list row shows them, when that row's last
 * message is `messageId`: a popped-out reply over the inbox has no message view to read.
 */
export function rowInfo(doc: Document, threadId: string, messageId: string): { author?: Person; sentAt?: number } {
  const hex = legacyHex(messageId);
  for (const span of queryAllFirst(doc, THREAD_ROW_ID)) {
    if (stripHash(span.getAttribute('data-thread-id')) !== threadId) continue;
    const last = span.getAttribute('data-legacy-last-message-id');
    const row = closestOf(span, ROW);
    if ((last && hex && last !== hex) || !row) return {};
    const senders = queryAllFirst(row, ROW_SENDER);
    const sender = senders[senders.length - 1];
    const email = sender?.getAttribute('email')?.toLowerCase();
    const name = sender ? sender.getAttribute('name') || cleanText(sender) : undefined;
    const sentAt = parseGmailDate(queryFirst(row, ROW_DATE)?.getAttribute('title'));
    return {
      ...(sender ? { author: { ...(email ? { id: email, email } : {}), ...(name ? { name } : {}) } } : {}),
      ...(sentAt !== undefined ? { sentAt } : {}),
    };
  }
  return {};
}

/** Messages of the open thread in DOM order: expanded ones with their body, collapsed ones with their snippet. */
export function listThreadMessages(root: ParentNode, me: Person | null): IncomingMessage[] {
  const doc = docOf(root);
  const thread = openThread(doc);
  const conversationId = thread?.id ?? hashThreadId(doc);
  const permalink = threadPermalink(doc.URL, conversationId, thread?.legacyId);
  const out: IncomingMessage[] = [];
  let previous: Person | undefined;
  for (const item of queryAllFirst(root, SELECTORS.items.css.slice(0, 1))) {
    if (!isVisible(item)) continue;
    const idEl = item.hasAttribute('data-message-id') ? item : queryFirst(item, ['[data-message-id]']);
    const messageId = stripHash(idEl?.getAttribute('data-message-id'));
    if (!idEl || !messageId) continue;
    const author = senderOf(item) ?? previous;
    previous = author;
    const body = queryFirst(idEl, SELECTORS.body.css) ?? queryFirst(item, SELECTORS.body.css);
    const text = body ? readEditorText(body, { exclude: `${QUOTED}, ${SIGNATURE}` }) : cleanText(queryFirst(item, SELECTORS.snippet.css));
    const myEmail = me?.email?.toLowerCase();
    const recipients = queryAllFirst(item, SELECTORS.recipients.css).map((el) => el.getAttribute('email')?.toLowerCase());
    const fromSelf = !!myEmail && author?.email === myEmail;
    const sentAt = sentAtOf(item);
    out.push({
      ...toRef({ site: 'gmail', conversationId, messageId, author, sentAt, permalink }),
      text,
      element: idEl,
      fromSelf,
      addressedToUser: !fromSelf && !!myEmail && recipients.includes(myEmail),
    });
  }
  return out;
}

/** The thread list item (expanded, collapsed or hidden message) an element belongs to. */
export function listItemOf(el: Element): HTMLElement | null {
  return closestOf(el, LIST_ITEM);
}
