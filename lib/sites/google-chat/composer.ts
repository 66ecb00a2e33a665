import { closestOf, queryFirst } from '../dom';
import { readEditorText, replaceEditorText } from '../editor';
import { watchSend } from '../send';
import type { Composer, Person } from '../types';
import { replyTargetOf } from './messages';
import { POSTBAR, SELECTORS, SEND_BY_LABEL } from './selectors';

/** Google Chat's postbar: a plain contenteditable (`g_editable`). Enter sends, Shift+Enter is a newline. */
export function chatComposer(editor: HTMLElement, currentUser: () => Person | null): Composer {
  const read = () => readEditorText(editor);
  return {
    element: editor,
    readText: read,
    replaceText: (text) => {
      replaceEditorText(editor, text);
    },
    replyTarget: () => {
      try {
        return replyTargetOf(editor, currentUser());
      } catch {
        return null;
      }
    },
    onSend: (onSend, signal) =>
      watchSend({ composer: editor, keys: 'enter', sendButton: () => sendButtonOf(editor), read, onSend, signal }),
  };
}

function sendButtonOf(editor: Element): Element | null {
  const postbar = closestOf(editor, POSTBAR);
  return queryFirst(postbar, SELECTORS.sendButton.css) ?? queryFirst(postbar, SEND_BY_LABEL);
}
