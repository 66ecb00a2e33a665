/** Reading Discord's message list: ids, authors (carried over cozy follow-ups), text and mentions. */
import { cleanText, isVisible, queryAllFirst, queryFirst } from '../dom';
import type { IncomingMessage, Person } from '../types';
import { avatarUserId, parseMessageElementId, parseRoute, permalink, snowflakeTime, type Route } from './parse';
import { AVATAR, CONTENT_NOISE, MENTION, MENTIONED, SELECTORS, USER_NAME, USERNAME, MESSAGE_ARTICLE } from './selectors';

/** What reading a message needs to know about the page. */
export interface ReadContext {
  me: Person | null;
  route: Route | null;
}

export function routeOf(node: Node): Route | null {
  const doc = node.ownerDocument ?? (node as Document);
  return parseRoute(doc.location?.href ?? '');
}

/** Messages under root in DOM order; hidden stale rows are skipped; follow-ups inherit their group's author. */
export function readMessages(root: ParentNode, ctx: ReadContext): IncomingMessage[] {
  const rows = queryAllFirst(root, SELECTORS.message.css);
  if (root instanceof Element && rows.length === 0 && root.matches(SELECTORS.message.css.join(','))) rows.push(root as HTMLElement);
  const authors = new Map<Element | null, Person | undefined>();
  const out: IncomingMessage[] = [];
  for (const row of rows) {
    const message = readMessage(row, ctx, authors);
    if (message) out.push(message);
  }
  return out;
}

function readMessage(row: HTMLElement, ctx: ReadContext, authors: Map<Element | null, Person | undefined>): IncomingMessage | null {
  if (!isVisible(row)) return null;
  const ids = parseMessageElementId(row.id) ?? parseMessageElementId(row.getAttribute('data-list-item-id') ?? '');
  if (!ids) return null;
  const list = row.closest(SELECTORS.messageList.css.join(','));
  const header = authorOf(row, ids.messageId);
  // A cozy follow-up has no header: it belongs to the previous group in the same list.
  const author = header ?? authors.get(list);
  authors.set(list, author);
  const conversationId = ids.channelId ?? ctx.route?.channelId ?? '';
  const fromSelf = isSelf(author, ctx.me);
  const article = row.querySelector(MESSAGE_ARTICLE) ?? row;
  const mentioned = article.matches(MENTIONED) || mentionsUser(row, ids.messageId, ctx.me);
  const time = row.querySelector(`time[id="message-timestamp-${ids.messageId}"]`) ?? queryFirst(row, SELECTORS.timestamp.css);
  const parsed = Date.parse(time?.getAttribute('datetime') ?? '');
  return {
    site: 'discord',
    conversationId,
    messageId: ids.messageId,
    author,
    sentAt: Number.isFinite(parsed) ? parsed : snowflakeTime(ids.messageId),
    permalink: ctx.route && conversationId ? permalink(ctx.route.guildId, conversationId, ids.messageId) : undefined,
    text: contentText(contentOf(row, ids.messageId)),
    element: row,
    fromSelf,
    addressedToUser: !fromSelf && (Boolean(ctx.route?.dm) || mentioned),
  };
}

/** The row's own header author; the reply preview above it names someone else and is skipped. */
function authorOf(row: HTMLElement, messageId: string): Person | undefined {
  const header = row.querySelector(`[id="message-username-${messageId}"]`) ?? queryFirst(row, SELECTORS.author.css);
  if (!header || inReply(header)) return undefined;
  const nameEl = queryFirst(header, USERNAME) ?? header;
  const name = nameEl.getAttribute('data-text') ?? cleanText(nameEl);
  const avatar = queryAllFirst<HTMLImageElement>(row, AVATAR).find((img) => !inReply(img));
  const id = avatarUserId(avatar?.getAttribute('src'));
  return id ? { id, name } : { name };
}

function inReply(el: Element): boolean {
  return el.closest(SELECTORS.replyContext.css.join(',')) !== null;
}

function contentOf(row: HTMLElement, messageId: string): Element | null {
  return row.querySelector(`[id="message-content-${messageId}"]`) ?? queryAllFirst(row, SELECTORS.messageContent.css).find((el) => !inReply(el)) ?? null;
}

/** The words of a message: emoji images become their glyph, the "(edited)" marker is dropped. */
export function contentText(content: Element | null): string {
  if (!content) return '';
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) text += child.nodeValue ?? '';
      else if (child instanceof Element) {
        if (child.matches(CONTENT_NOISE)) continue;
        if (child.tagName === 'IMG') text += child.getAttribute('alt') ?? '';
        else if (child.tagName === 'BR') text += '\n';
        else walk(child);
      }
    }
  };
  walk(content);
  return text.trim();
}

function isSelf(author: Person | undefined, me: Person | null): boolean {
  if (!author || !me) return false;
  if (author.id && me.id) return author.id === me.id;
  return Boolean(author.name && author.name === me.name);
}

function mentionsUser(row: HTMLElement, messageId: string, me: Person | null): boolean {
  if (!me?.name) return false;
  const content = contentOf(row, messageId);
  return queryAllFirst(content, MENTION).some((m) => cleanText(m) === `@${me.name}`);
}

/** The user as the user area shows them: avatar id and display name. */
export function readCurrentUser(doc: Document): Person | null {
  const area = queryFirst(doc, SELECTORS.userArea.css);
  const avatar = queryFirst(area ?? doc, SELECTORS.userAvatar.css) ?? queryFirst(area, AVATAR);
  const id = avatarUserId(avatar?.getAttribute('src'));
  const name = cleanText(queryFirst(area, USER_NAME)) || undefined;
  if (!id && !name) return null;
  return { ...(id ? { id } : {}), ...(name ? { name } : {}) };
}
