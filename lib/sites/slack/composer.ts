import { closestOf, queryFirst } from '../dom';
import { readEditorText, replaceEditorText } from '../editor';
import { watchSend } from '../send';
import type { Composer, Person } from '../types';
import { replyTargetOf } from './messages';
import { COMPOSER_FORM, SELECTORS } from './selectors';

/**
 * A Slack composer: Quill's `.ql-editor`. Quill rebuilds its model from the DOM edits that
 * execCommand makes, so the shared editor helpers work as they are. Enter sends (Shift+Enter is
 * a newline); the send button is looked up next to this editor, since the thread pane has its own.
 */
export function slackComposer(editor: HTMLElement, currentUser: () => Person | null): Composer {
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
  return queryFirst(closestOf(editor, COMPOSER_FORM), SELECTORS.sendButton.css);
}
