/** Reading the open conversation in OWA's reading pane: senders, direct recipients, dates and bodies. */
import { cleanText, closestOf, isVisible, queryAllFirst, queryFirst } from '../dom';
import { readEditorText } from '../editor';
import type { IncomingMessage, Person } from '../types';
import { conversationIdFromUrl, parseOutlookDate, parsePersonLabel, readDeepLink, type NamedAddress } from './parse';
import { ACCOUNT_NAME, QUOTED_IN_BODY, SELECTORS, EMAIL_LABELLED } from './selectors';

/** Recipient rows labelled with one of these are copies, not direct recipients. */
const CC_LABEL = /^\s*(cc|bcc|cci|kopie|blindkopie|ccn|cco)\b/i;

/** Visible messages under root, in DOM order (stale hidden copies of a message are skipped). */
export function readMessages(root: ParentNode, me: Person | null): IncomingMessage[] {
  const items = queryAllFirst(root, SELECTORS.message.css);
  if (root instanceof HTMLElement && items.length === 0 && root.matches(SELECTORS.message.css.join(','))) items.push(root);
  const out: IncomingMessage[] = [];
  for (const item of items) {
    if (!isVisible(item)) continue;
    const message = readMessage(item, me);
    if (message) out.push(message);
  }
  return out;
}

function readMessage(item: HTMLElement, me: Person | null): IncomingMessage | null {
  const doc = item.ownerDocument;
  const header = queryFirst(item, SELECTORS.messageHeader.css) ?? item;
  const sender = personOf(queryFirst(header, SELECTORS.sender.css));
  const time = queryFirst(item, SELECTORS.sentTime.css);
  const sentAt = parseOutlookDate(time?.getAttribute('title') || cleanText(time), doc.documentElement.lang || 'en-US');
  const conversationId = conversationIdOf(item);
  const itemId = item.getAttribute('data-item-id');
  const messageId = itemId ?? `${conversationId}:${sentAt ?? ''}:${sender.email ?? sender.name ?? ''}`;
  const fromSelf = samePerson(sender, me);
  const mine = me?.email?.toLowerCase();
  const body = queryFirst(item, SELECTORS.messageBody.css);
  const author: Person = { ...sender, ...(sender.email ? { id: sender.email } : {}) };
  return {
    site: 'outlook',
    conversationId,
    messageId,
    author,
    sentAt,
    permalink: itemId && doc.location ? readDeepLink(doc.location.origin, itemId) : undefined,
    text: body ? bodyText(body) : '',
    element: item,
    fromSelf,
    addressedToUser: !fromSelf && Boolean(mine) && directRecipients(header, sender).includes(mine!),
  };
}

/** The body's paragraphs, one per line; the markup's indentation and blank spacer lines dropped. */
function bodyText(body: Element): string {
  return readEditorText(body, { exclude: QUOTED_IN_BODY })
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** A persona element: its title or aria-label holds the address, its label or text the name. */
function personOf(el: Element | null): NamedAddress {
  if (!el) return {};
  const labelled = el.closest(EMAIL_LABELLED) ?? el.querySelector(EMAIL_LABELLED);
  const fromLabel = parsePersonLabel(labelled?.getAttribute('aria-label') ?? '');
  const title = (el.closest('[title*="@"]') ?? el).getAttribute('title') ?? '';
  const email = fromLabel.email ?? parsePersonLabel(title).email;
  const name = fromLabel.name ?? (cleanText(el).replace(/<[^>]*>/g, '').trim() || undefined);
  return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
}

/** Addresses on the header's "To" rows: personas grouped by row; a row labelled Cc/Bcc is skipped. */
function directRecipients(header: Element, sender: NamedAddress): string[] {
  const senderEl = queryFirst(header, SELECTORS.sender.css);
  const out: string[] = [];
  for (const persona of header.querySelectorAll('[title*="@"]')) {
    if (senderEl && (persona === senderEl || persona.contains(senderEl) || senderEl.contains(persona))) continue;
    const row = persona.parentElement;
    const label = cleanText(row?.firstElementChild);
    if (CC_LABEL.test(label)) continue;
    const email = personOf(persona).email;
    if (email && email !== sender.email) out.push(email);
  }
  return out;
}

function samePerson(a: NamedAddress, me: Person | null): boolean {
  if (!me) return false;
  if (a.email && me.email) return a.email.toLowerCase() === me.email.toLowerCase();
  return Boolean(a.name && a.name === me.name);
}

/** The conversation's data-convid, else the selected list row's, else the id in the address. */
export function conversationIdOf(el: Element): string {
  const doc = el.ownerDocument;
  const container = closestOf(el, ['[data-convid]']);
  const selected = queryFirst(doc, ['[role="option"][aria-selected="true"][data-convid]']);
  return container?.getAttribute('data-convid') ?? selected?.getAttribute('data-convid') ?? conversationIdFromUrl(doc.location?.href ?? '') ?? '';
}

/** The signed-in user from the account flyout (hidden but present), or the folder tree's mailbox node. */
export function readCurrentUser(doc: Document): Person | null {
  const account = queryFirst(doc, SELECTORS.account.css);
  const email = (account?.getAttribute('title') || cleanText(account)).toLowerCase();
  const name = cleanText(queryFirst(doc, ACCOUNT_NAME)) || undefined;
  if (!email.includes('@') && !name) return null;
  return { ...(email.includes('@') ? { id: email, email } : {}), ...(name ? { name } : {}) };
}
