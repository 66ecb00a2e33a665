import { isVisible, queryAllFirst } from '../dom';
import { readEditorText, replaceEditorText } from '../editor';
import { watchSend } from '../send';
import type { Composer, MessageRef } from '../types';
import { listMessages, toRef } from './messages';
import { stripFillers } from './parse';
import { CHANNEL_POST, CHANNEL_VIEWPORT, CHAT_VIEWPORT, SELECTORS, THREAD_VIEWPORT } from './selectors';

/** How far up from an editable its send button and message list are looked for. */
const MAX_DEPTH = 8;

export function readDraft(editable: HTMLElement): string {
  return stripFillers(readEditorText(editable));
}

/**
 * CKEditor 5 builds its model from `beforeinput` and re-renders over any DOM change it did not make.
 * `execCommand` fires no `beforeinput` in Chromium, so its edits are reverted on the next render.
 * A `beforeinput` whose target range spans the editable is handled at once, like typing over a
 * selection; several lines go in as one paste, which CKEditor splits into soft breaks (a paragraph
 * break would be Enter, which sends in Teams).
 */
export function replaceCkText(editable: HTMLElement, text: string): boolean {
  const doc = editable.ownerDocument;
  const view = doc.defaultView;
  if (!view) return false;
  editable.focus({ preventScroll: true });
  const everything = () => {
    const range = doc.createRange();
    range.selectNodeContents(editable);
    return new view.StaticRange(range);
  };
  const input = (inputType: string, data: string | null) =>
    editable.dispatchEvent(new view.InputEvent('beforeinput', { inputType, data, targetRanges: [everything()], bubbles: true, cancelable: true, composed: true }));
  if (readDraft(editable) !== '') input('deleteContentBackward', null);
  if (text === '') return readDraft(editable) === '';
  if (!text.includes('\n')) {
    input('insertText', text);
  } else {
    const data = new view.DataTransfer();
    data.setData('text/plain', text);
    editable.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  }
  return readDraft(editable) === text;
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
  const others = listMessages(scope).filter((m) => !m.fromSelf);
  const last = others[others.length - 1];
  return last ? toRef(last) : null;
}

export function createComposer(editable: HTMLElement): Composer {
  return {
    element: editable,
    readText: () => readDraft(editable),
    replaceText(text: string) {
      try {
        if (!replaceCkText(editable, text)) replaceEditorText(editable, text);
      } catch {
        // Never throw into the page; the draft stays as it was.
      }
    },
    replyTarget() {
      try {
        return replyTargetOf(editable);
      } catch {
        return null;
      }
    },
    onSend(callback, signal) {
      watchSend({
        composer: editable,
        keys: 'enter',
        sendButton: () => sendButtonFor(editable),
        read: () => readDraft(editable),
        onSend: callback,
        signal,
      });
    },
  };
}
