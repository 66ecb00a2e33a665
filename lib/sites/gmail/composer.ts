import { closestOf, queryFirst } from '../dom';
import { readEditorText, replaceEditorText } from '../editor';
import { watchSend } from '../send';
import type { Composer, MessageRef } from '../types';
import { stripHash, threadPermalink } from './ids';
import { docOf, findMessage, hashThreadId, listItemOf, openThread, rowInfo, senderOf, sentAtOf } from './messages';
import { COMPOSE_ROOT, INLINE_REPLY, QUOTED, SELECTORS, SIGNATURE } from './selectors';

/** Quoted history and the signature are not the user's new words. */
const EXCLUDE = `${QUOTED}, ${SIGNATURE}`;

/** A Gmail compose body: a new message, a popped-out reply or an inline reply. */
export function createComposer(editor: HTMLElement): Composer {
  const read = () => readEditorText(editor, { exclude: EXCLUDE });
  return {
    element: editor,
    readText: () => safe(read, ''),
    replaceText: (text) => {
      safe(() => replaceDraft(editor, text, read), false);
    },
    replyTarget: () => safe(() => replyTarget(editor), null),
    onSend: (callback, signal) => {
      watchSend({
        composer: editor,
        keys: 'mod-enter',
        // Gmail re-renders its toolbar: look the button up when the click happens.
        sendButton: () => queryFirst(closestOf(editor, COMPOSE_ROOT), SELECTORS.sendButton.css),
        read,
        onSend: callback,
        signal,
      });
    },
  };
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
  return {
    site: 'gmail',
    conversationId,
    messageId,
    ...(author ? { author } : {}),
    ...(sentAt !== undefined ? { sentAt } : {}),
    ...(permalink ? { permalink } : {}),
  };
}

/**
 * Gmail puts the signature after the user's blocks ("<div><br></div><span class=gmail_signature_prefix>-- </span>…").
 * Selecting up to the signature would leave the new text inline with "-- "; selecting to the end of
 * the last block keeps it on its own line. Anything else goes through the shared editor helper.
 */
function replaceDraft(editor: HTMLElement, text: string, read: () => string): boolean {
  let boundary: Node | null = editor.querySelector(EXCLUDE);
  while (boundary && boundary.parentNode !== editor) boundary = boundary.parentNode;
  const last = boundary?.previousSibling;
  if (!(last instanceof HTMLElement) || !/^(DIV|P)$/.test(last.tagName)) return replaceEditorText(editor, text, { exclude: EXCLUDE });
  const doc = editor.ownerDocument;
  editor.focus({ preventScroll: true });
  const range = doc.createRange();
  range.setStart(editor, 0);
  range.setEnd(last, last.childNodes.length);
  doc.getSelection()?.removeAllRanges();
  doc.getSelection()?.addRange(range);
  doc.execCommand(text ? 'insertText' : 'delete', false, text);
  return read() === text || replaceEditorText(editor, text, { exclude: EXCLUDE });
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
