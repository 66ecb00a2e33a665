import { cleanText, closestOf, isVisible, queryAllFirst, queryFirst } from '../dom';
import { readEditorText } from '../editor';
import type { IncomingMessage, Person } from '../types';
import { epochFromDatetime, epochFromMid, isOneOnOneThread, mentionNames, messagePermalink, sameName, stripFillers } from './parse';
import { ANY_VIEWPORT, AVATAR_IMAGE, CHANNEL_POST, MENTION, MESSAGE_ELEMENT, MESSAGE_ITEM, SELECTORS } from './selectors';
import { conversationOf, currentUserOf } from './people';

const QUOTE = SELECTORS.quotedReply.css.join(', ');

/** What the list walk remembers: the last author seen in each message list (runs omit their header). */
type RunState = Map<Element, Person | undefined>;

/** The `[data-mid]` message elements under root, visible, in DOM order, each message once. */
export function messageElements(root: ParentNode): HTMLElement[] {
  const seen = new Set<string>();
  return queryAllFirst(root, MESSAGE_ELEMENT).filter((el) => {
    const mid = el.getAttribute('data-mid');
    if (!mid || seen.has(mid)) return false;
    if (closestOf(el, SELECTORS.controlMessage.css) || !isVisible(el)) return false;
    seen.add(mid);
    return true;
  });
}

/** Reads every visible message under root; follow-ups without a header inherit the run's author. */
export function listMessages(root: ParentNode): IncomingMessage[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const me = currentUserOf(doc);
  const conversationId = conversationOf(doc);
  const runs: RunState = new Map();
  const out: IncomingMessage[] = [];
  for (const el of messageElements(root)) {
    try {
      out.push(readMessage(el, { doc, me, conversationId, runs }));
    } catch {
      // One odd message must not hide the others.
    }
  }
  return out;
}

interface ReadContext {
  doc: Document;
  me: Person | null;
  conversationId: string;
  runs: RunState;
}

function readMessage(el: HTMLElement, { doc, me, conversationId, runs }: ReadContext): IncomingMessage {
  const messageId = el.getAttribute('data-mid')!;
  const item = closestOf(el, MESSAGE_ITEM) ?? el;
  const list = closestOf(item, ANY_VIEWPORT) ?? doc.documentElement;
  const own = !!closestOf(el, SELECTORS.ownMessage.css) || !!queryFirst(item, SELECTORS.ownMessage.css);
  // The user's own bubbles carry no name; others' follow-ups carry none either and continue the run.
  const author = own ? (me ? { ...me } : undefined) : (authorIn(item) ?? runs.get(list));
  if (!own) runs.set(list, author);
  const fromSelf = own || isSelf(author, me);
  const body = bodyOf(el, messageId);
  const text = body ? stripFillers(readEditorText(body, { exclude: QUOTE })) : '';
  const mentioned = !!body && queryAllFirst(body, MENTION).some((m) => mentionNames(cleanText(m), me?.name));
  const sentAt = sentAtOf(item, messageId);
  const message: IncomingMessage = {
    site: 'teams',
    conversationId,
    messageId,
    text,
    element: item as HTMLElement,
    fromSelf,
    addressedToUser: !fromSelf && (isOneOnOneThread(conversationId) || mentioned),
  };
  if (author) message.author = author;
  if (sentAt !== undefined) message.sentAt = sentAt;
  if (conversationId.startsWith('19:')) {
    message.permalink = messagePermalink(doc.location?.origin ?? 'https://teams.microsoft.com', conversationId, messageId, rootIdOf(el));
  }
  return message;
}

function outsideQuote(el: Element): boolean {
  return !el.closest(QUOTE);
}

function authorIn(item: Element): Person | undefined {
  const nameEl = queryAllFirst(item, SELECTORS.authorName.css).find(outsideQuote);
  const name = cleanText(nameEl);
  if (!name) return undefined;
  const person: Person = { name };
  const avatar = queryAllFirst<HTMLImageElement>(item, AVATAR_IMAGE).find(outsideQuote);
  const id = /\/users\/(8:[^/?#]+)/.exec(avatar?.getAttribute('src') ?? '')?.[1];
  if (id) person.id = decodeURIComponent(id);
  return person;
}

function isSelf(author: Person | undefined, me: Person | null): boolean {
  if (!author || !me) return false;
  if (author.id && me.id) return author.id === me.id;
  return sameName(author.name, me.name);
}

function bodyOf(el: HTMLElement, mid: string): HTMLElement | null {
  return el.querySelector<HTMLElement>(`[id="content-${mid}"]`) ?? queryFirst(el, SELECTORS.messageBody.css);
}

function sentAtOf(item: Element, mid: string): number | undefined {
  const stamp = item.querySelector(`[id="timestamp-${mid}"]`) ?? queryAllFirst(item, ['time[datetime]']).find(outsideQuote);
  return epochFromDatetime(stamp?.getAttribute('datetime')) ?? epochFromMid(mid);
}

/** The root post of a channel message: its post, or the first message of the thread pane it sits in. */
function rootIdOf(el: Element): string | undefined {
  const post = closestOf(el, CHANNEL_POST);
  const fromPost = /(\d{12,14})$/.exec(post?.id ?? '')?.[1];
  if (fromPost) return fromPost;
  const list = closestOf(el, ANY_VIEWPORT);
  return list ? (queryFirst(list, MESSAGE_ELEMENT)?.getAttribute('data-mid') ?? undefined) : undefined;
}

