import { commandEditor, defineComposer } from '../composer';
import { closestOf, queryFirst } from '../dom';
import type { Composer, Person } from '../types';
import { replyTargetOf } from './messages';
import { POSTBAR, SELECTORS, SEND_BY_LABEL } from './selectors';

/** Google Chat's postbar: a plain contenteditable (`g_editable`). Enter sends, Shift+Enter is a newline. */
export function chatComposer(editor: HTMLElement, currentUser: () => Person | null): Composer {
  return defineComposer({
    ...commandEditor(editor),
    replyTarget: () => replyTargetOf(editor, currentUser()),
    keys: 'enter',
    sendButton: () => sendButtonOf(editor),
  });
}

function sendButtonOf(editor: Element): Element | null {
  const postbar = closestOf(editor, POSTBAR);
  return queryFirst(postbar, SELECTORS.sendButton.css) ?? queryFirst(postbar, SEND_BY_LABEL);
}
