import { replaceByBeforeInput } from '../before-input';
import { defineComposer } from '../composer';
import { isVisible, queryAllFirst } from '../dom';
import { readEditorText, replaceEditorText } from '../editor';
import { lastFromOthers, toRef } from '../messages';
import type { Composer, MessageRef } from '../types';
import { listMessages } from './messages';
import { stripFillers } from './parse';
import { CHANNEL_POST, CHANNEL_VIEWPORT, CHAT_VIEWPORT, SELECTORS, THREAD_VIEWPORT } from './selectors';

/** How far up from an editable its send button and message list are looked for. */
const MAX_DEPTH = 8;

export function readDraft(editable: HTMLElement): string {
  return stripFillers(readEditorText(editable));
}

/**
 * CKEditor 5 builds its model from `beforeinput` and re-renders over any DOM change it did not make,
 * so the draft is typed (or, for several lines, pasted as soft breaks) through `beforeinput`; the
 * browser's editing commands are the fallback.
 */
export function replaceCkText(editable: HTMLElement, text: string): boolean {
  return replaceByBeforeInput(editable, text, { insert: 'type', read: readDraft }) === 'replaced' || replaceEditorText(editable, text);
}

/** The send button of the footer this editable sits in (nearest one up the tree, visible). */
export function sendButtonFor(editable: HTMLElement): HTMLElement | null {
  let el: HTMLElement | null = editable.parentElement;
  for (let depth = 0; el && depth < MAX_DEPTH; depth++, el = el.parentElement) {
    const button = queryAllFirst(el, SELECTORS.sendButton.css).find((b) => isVisible(b));
    if (button) return button;
  }
  return null;
}

/**
 * The list of messages a composer answers: its thread pane, its chat, or the channel post its inline
 * reply box belongs to. A channel's "new post" box answers nothing (null).
 */
export function scopeOf(editable: HTMLElement): Element | null {
  const visibleIn = (root: Element, selectors: readonly string[]) => queryAllFirst(root, selectors).find((el) => isVisible(el));
  let el: HTMLElement | null = editable.parentElement;
  for (let depth = 0; el && depth < MAX_DEPTH * 2; depth++, el = el.parentElement) {
    if (CHANNEL_POST.some((s) => el!.matches(s))) return el;
    const list = visibleIn(el, THREAD_VIEWPORT) ?? visibleIn(el, CHAT_VIEWPORT);
    if (list) return list;
    if (visibleIn(el, CHANNEL_VIEWPORT)) return null;
  }
  return null;
}

/** The latest message from someone else in the composer's scope. */
export function replyTargetOf(editable: HTMLElement): MessageRef | null {
  const scope = scopeOf(editable);
  if (!scope) return null;
  const last = lastFromOthers(listMessages(scope));
  return last ? toRef(last) : null;
}

export function createComposer(editable: HTMLElement): Composer {
  return defineComposer({
    element: editable,
    read: () => readDraft(editable),
    replace: (text) => replaceCkText(editable, text),
    replyTarget: () => replyTargetOf(editable),
    keys: 'enter',
    sendButton: () => sendButtonFor(editable),
  });
}
