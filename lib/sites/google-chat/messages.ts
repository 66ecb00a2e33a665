import { cleanText, closestOf, isVisible, queryAllFirst, queryFirst } from '../dom';
import { lastFromOthers, toRef } from '../messages';
import type { IncomingMessage, MessageRef, Person } from '../types';
import { conversationIdFromPath, isDirectMessage, parseTimestamp, permalinkOf } from './ids';
import { CONVERSATION, SELECTORS } from './selectors';

/**
 * Google Chat messages: rows `[data-id][data-user-id]` inside topics `c-wiz[data-topic-id]`.
 * Follow-ups have no heading; the row still names its sender's id, and the name comes from the
 * last heading seen for that id (or the previous row). The user's own heading reads "You"
 * (localized), so their name comes from the account instead.
 */
export function readMessages(root: ParentNode, me: Person | null): IncomingMessage[] {
  const names = new Map<string, string>();
  let previous: Person | undefined;
  const out: IncomingMessage[] = [];
  for (const row of queryAllFirst(root, SELECTORS.message.css)) {
    if (!isVisible(row)) continue; // a hidden pane of the conversation viewed before
    const userId = row.getAttribute('data-user-id') ?? undefined;
    const heading = queryFirst(row, SELECTORS.sender.css);
    if (heading && userId) names.set(userId, cleanText(heading));
    const fromSelf = !!me?.id && userId === me.id;
    const name = (fromSelf ? me?.name : undefined) ?? (userId ? names.get(userId) : undefined) ?? previous?.name;
    const author: Person = { ...(userId ? { id: userId } : {}), ...(name ? { name } : {}) };
    previous = author;
    out.push(readOne(row, author, fromSelf, me));
  }
  return out;
}

function readOne(row: HTMLElement, author: Person, fromSelf: boolean, me: Person | null): IncomingMessage {
  const messageId = row.getAttribute('data-id') ?? '';
  const conversationId = conversationOf(row);
  const topicId = closestOf(row, SELECTORS.topic.css)?.getAttribute('data-topic-id') ?? undefined;
  const body = queryFirst(row, SELECTORS.body.css);
  const sentAt = parseTimestamp(queryFirst(row, SELECTORS.timestamp.css)?.getAttribute('data-absolute-timestamp'));
  const permalink = permalinkOf(conversationId, topicId, messageId);
  return {
    ...toRef({ site: 'google-chat', conversationId, messageId, author, sentAt, permalink }),
    text: cleanText(body),
    element: row,
    fromSelf,
    addressedToUser: !fromSelf && (isDirectMessage(conversationId) || mentions(body, me)),
  };
}

function mentions(body: Element | null, me: Person | null): boolean {
  if (!body || !me) return false;
  return queryAllFirst(body, SELECTORS.person.css).some(
    (chip) =>
      (!!me.email && chip.getAttribute('data-hovercard-id')?.toLowerCase() === me.email.toLowerCase()) ||
      (!!me.id && chip.getAttribute('data-member-id') === `user/human/${me.id}`),
  );
}

/**
 * `space/<id>` or `dm/<id>`: from a container that names it, else the URL's id looked up in the
 * conversation list (which knows its kind), else the URL's bare id.
 */
export function conversationOf(el: Element): string {
  const own = closestOf(el, CONVERSATION)?.getAttribute('data-group-id');
  if (own) return own;
  const doc = el.ownerDocument;
  const id = conversationIdFromPath(doc.location?.pathname ?? '');
  if (!id) return '';
  const item = queryAllFirst(doc, SELECTORS.conversationItem.css).find((i) => i.getAttribute('data-group-id')?.endsWith(`/${id}`));
  return item?.getAttribute('data-group-id') ?? id;
}

/** The message a composer answers: the latest one from someone else in its conversation. */
export function replyTargetOf(editor: Element, me: Person | null): MessageRef | null {
  const scope = closestOf(editor, CONVERSATION) ?? closestOf(editor, SELECTORS.main.css);
  if (!scope) return null;
  const target = lastFromOthers(readMessages(scope, me));
  return target ? toRef(target) : null;
}
