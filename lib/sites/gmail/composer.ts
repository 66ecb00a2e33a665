import { commandEditor, defineComposer } from '../composer';
import { closestOf, docOf, queryFirst } from '../dom';
import { toRef } from '../messages';
import type { Composer, MessageRef } from '../types';
import { stripHash, threadPermalink } from './ids';
import { findMessage, hashThreadId, listItemOf, openThread, rowInfo, senderOf, sentAtOf } from './messages';
import { COMPOSE_ROOT, INLINE_REPLY, QUOTED, SELECTORS, SIGNATURE } from './selectors';

/** Quoted history and the signature are not the user's new words. */
const EXCLUDE = `${QUOTED}, ${SIGNATURE}`;

/** A Gmail compose body: a new message, a popped-out reply or an inline reply. */
export function createComposer(editor: HTMLElement): Composer {
  return defineComposer({
    // The selection ends inside the block above the signature, so new text keeps its own line.
    ...commandEditor(editor, { exclude: EXCLUDE }),
    replyTarget: () => replyTarget(editor),
    keys: 'mod-enter',
    // Gmail re-renders its toolbar: look the button up when the click happens.
    sendButton: () => queryFirst(closestOf(editor, COMPOSE_ROOT), SELECTORS.sendButton.css),
  });
}

/**
 * The message a draft answers. Gmail's hidden inputs carry it: `rm` the message, `rt` the thread
 * ("#thread-f:…" for replies, "#thread-a:r-…" for a new message, which answers nothing).
 */
function replyTarget(editor: HTMLElement): MessageRef | null {
  const doc = docOf(editor);
  const root = closestOf(editor, COMPOSE_ROOT);
  let messageId = stripHash(queryFirst<HTMLInputElement>(root, SELECTORS.replyToInput.css)?.value);
  const inlineItem = closestOf(editor, INLINE_REPLY) ? listItemOf(editor) : null;
  if (!messageId && inlineItem) messageId = stripHash(queryFirst(inlineItem, ['[data-message-id]'])?.getAttribute('data-message-id'));
  if (!messageId) return null;

  const rt = stripHash(queryFirst<HTMLInputElement>(root, SELECTORS.threadInput.css)?.value);
  const thread = openThread(doc);
  const conversationId = rt.startsWith('thread-f:') ? rt : (thread?.id ?? hashThreadId(doc));
  const message = findMessage(doc, messageId);
  const item = message ? (listItemOf(message) ?? message) : null;
  const { author, sentAt } = item ? { author: senderOf(item), sentAt: sentAtOf(item) } : rowInfo(doc, conversationId, messageId);
  const permalink = threadPermalink(doc.URL, conversationId, thread?.id === conversationId ? thread.legacyId : undefined);
  return toRef({ site: 'gmail', conversationId, messageId, author, sentAt, permalink });
}
