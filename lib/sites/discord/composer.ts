/** Discord's Slate composer: read and write through its DOM, answer the latest message of someone else. */
import { defineComposer } from '../composer';
import { closestOf, queryFirst } from '../dom';
import { readEditorText } from '../editor';
import { lastFromOthers, toRef } from '../messages';
import type { Composer, MessageRef, Person } from '../types';
import { readMessages, routeOf } from './messages';
import { SELECTORS, SEND_BUTTON } from './selectors';
import { replaceSlateText } from './slate-input';

export function createComposer(element: HTMLElement, currentUser: () => Person | null): Composer {
  return defineComposer({
    element,
    read: () => readEditorText(element),
    replace: (text) => replaceSlateText(element, text),
    replyTarget: () => replyTargetOf(element, currentUser()),
    keys: 'enter',
    sendButton: () => queryFirst(closestOf(element, ['form']) ?? element.parentElement, SEND_BUTTON),
  });
}

function replyTargetOf(element: HTMLElement, me: Person | null): MessageRef | null {
  const list = listFor(element);
  const last = list ? lastFromOthers(readMessages(list, { me, route: routeOf(element) })) : undefined;
  return last ? toRef(last) : null;
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
