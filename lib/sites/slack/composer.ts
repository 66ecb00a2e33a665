import { commandEditor, defineComposer } from '../composer';
import { closestOf, queryFirst } from '../dom';
import type { Composer, Person } from '../types';
import { replyTargetOf } from './messages';
import { COMPOSER_FORM, SELECTORS } from './selectors';

/**
 * A Slack composer: Quill's `.ql-editor`. Quill rebuilds its model from the DOM edits that
 * execCommand makes, so the shared editor helpers work as they are. Enter sends (Shift+Enter is
 * a newline); the send button is looked up next to this editor, since the thread pane has its own.
 */
export function slackComposer(editor: HTMLElement, currentUser: () => Person | null): Composer {
  return defineComposer({
    ...commandEditor(editor),
    replyTarget: () => replyTargetOf(editor, currentUser()),
    keys: 'enter',
    sendButton: () => queryFirst(closestOf(editor, COMPOSER_FORM), SELECTORS.sendButton.css),
  });
}
