import { cleanText, closestOf, isVisible, queryAllFirst, queryFirst } from '../dom';
import { lastFromOthers, toRef } from '../messages';
import type { IncomingMessage, MessageRef, Person } from '../types';
import { isDirectMessageChannel, slackTsToMs, threadConversationId, threadTsFromPermalink } from './ids';
import { COMPOSER_INPUT, SELECTORS, THREAD_ROOT } from './selectors';

/**
 * Messages as Slack renders them: the channel pane and the thread pane (its own list, whose
 * messages belong to the thread's conversation `<channel>:<thread ts>`). Grouped follow-ups have
 * no sender header and inherit the previous sender of the same pane.
 */
export function readMessages(root: ParentNode, me: Person | null, fallbackChannel = ''): IncomingMessage[] {
  const out: IncomingMessage[] = [];
  const seen = new Set<string>();
  const lastAuthor = new Map<Element | null, Person | undefined>();
  for (const el of queryAllFirst(root, SELECTORS.message.css)) {
    if (!isVisible(el)) continue; // stale copies the virtual list keeps hidden
    const pane = closestOf(el, SELECTORS.threadPane.css);
    const author = senderOf(el) ?? lastAuthor.get(pane);
    lastAuthor.set(pane, author);
    const message = readOne(el, pane, author, me, fallbackChannel);
    // The thread root shows in both panes; the channel's copy comes first in the DOM.
    const key = `${message.conversationId.split(':')[0]}/${message.messageId}`;
    if (!message.messageId || seen.has(key)) continue;
    seen.add(key);
    out.push(message);
  }
  return out;
}

function readOne(el: HTMLElement, pane: Element | null, author: Person | undefined, me: Person | null, fallbackChannel: string): IncomingMessage {
  const stamp = queryFirst<HTMLAnchorElement>(el, SELECTORS.timestamp.css);
  const ts = el.getAttribute('data-msg-ts') ?? stamp?.getAttribute('data-ts') ?? '';
  const channel = el.getAttribute('data-msg-channel-id') ?? fallbackChannel;
  const threadTs = pane ? threadTsOf(pane) : undefined;
  const body = queryFirst(el, SELECTORS.messageText.css);
  const fromSelf = !!me?.id && author?.id === me.id;
  const mentionsMe = !!me?.id && !!body && queryAllFirst(body, SELECTORS.mention.css).some((a) => a.getAttribute('data-member-id') === me.id);
  const sentAt = slackTsToMs(ts);
  const permalink = stamp?.getAttribute('href') ?? undefined;
  const conversationId = threadTs ? threadConversationId(channel, threadTs) : channel;
  return {
    ...toRef({ site: 'slack', conversationId, messageId: ts, author, sentAt, permalink }),
    text: cleanText(body),
    element: el,
    fromSelf,
    addressedToUser: !fromSelf && (isDirectMessageChannel(channel) || mentionsMe),
  };
}

function senderOf(el: Element): Person | undefined {
  const button = queryFirst(el, SELECTORS.sender.css);
  if (!button) return undefined;
  const id = button.getAttribute('data-message-sender') ?? undefined;
  const name = cleanText(button) || undefined;
  return { ...(id ? { id } : {}), ...(name ? { name } : {}) };
}

/** The thread's ts: its root's, else a reply permalink's thread_ts, else the first message's. */
export function threadTsOf(pane: Element): string | undefined {
  const root = queryFirst(pane, THREAD_ROOT);
  if (root) return root.getAttribute('data-msg-ts') ?? undefined;
  for (const a of queryAllFirst(pane, SELECTORS.timestamp.css)) {
    const ts = threadTsFromPermalink(a.getAttribute('href'));
    if (ts) return ts;
  }
  return queryFirst(pane, SELECTORS.message.css)?.getAttribute('data-msg-ts') ?? undefined;
}

/** The message a composer answers: the latest one from someone else in its pane. */
export function replyTargetOf(editor: Element, me: Person | null): MessageRef | null {
  const doc = editor.ownerDocument;
  const pane = closestOf(editor, SELECTORS.threadPane.css);
  const channel = closestOf(editor, COMPOSER_INPUT)?.getAttribute('data-channel-id') ?? '';
  const scope = pane ?? queryFirst(doc, SELECTORS.messagePane.css);
  if (!scope) return null;
  const messages = readMessages(scope, me, channel).filter((m) => pane || !closestOf(m.element, SELECTORS.threadPane.css));
  const target = lastFromOthers(messages);
  return target ? toRef(target) : null;
}
