/** Discord's Slate composer: read and write through its DOM, answer the latest message of someone else. */
import { closestOf, queryFirst } from '../dom';
import { readEditorText } from '../editor';
import { watchSend } from '../send';
import type { Composer, MessageRef, Person } from '../types';
import { readMessages, routeOf } from './messages';
import { SELECTORS, SEND_BUTTON } from './selectors';
import { replaceSlateText } from './slate-input';

export function createComposer(element: HTMLElement, currentUser: () => Person | null): Composer {
  const read = () => readEditorText(element);
  return {
    element,
    readText: read,
    replaceText(text) {
      replaceSlateText(element, text);
    },
    replyTarget() {
      const list = listFor(element);
      if (!list) return null;
      const others = readMessages(list, { me: currentUser(), route: routeOf(element) }).filter((m) => !m.fromSelf);
      const last = others[others.length - 1];
      if (!last) return null;
      const ref: MessageRef = { site: 'discord', conversationId: last.conversationId, messageId: last.messageId };
      if (last.author) ref.author = last.author;
      if (last.sentAt !== undefined) ref.sentAt = last.sentAt;
      if (last.permalink) ref.permalink = last.permalink;
      return ref;
    },
    onSend(callback, signal) {
      const form = closestOf(element, ['form']) ?? element.parentElement;
      watchSend({ composer: element, keys: 'enter', sendButton: () => queryFirst(form, SEND_BUTTON), read, onSend: callback, signal });
    },
  };
}

/**
 * The message list this composer posts to: the nearest ancestor that holds one (the channel's main
 * area, or a thread pane with its own list and composer).
 */
function listFor(element: HTMLElement): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const list = queryFirst(node, SELECTORS.messageList.css);
    if (list) return list;
  }
  return null;
}
