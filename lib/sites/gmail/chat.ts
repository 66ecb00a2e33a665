import { closestOf, docOf, isVisible, queryAllFirst } from '../dom';
import { chatComposer } from '../google-chat/composer';
import { isDirectMessage } from '../google-chat/ids';
import { readMessages } from '../google-chat/messages';
import { currentChatUser } from '../google-chat/user';
import type { Composer, IncomingMessage, MessageRef } from '../types';
import { chatGroupFromUrl, gmailChatLink, isChatHash } from './chat-ids';
import { CHAT_POSTBAR, CHAT_SHOWN, SELECTORS } from './selectors';

/**
 * Google Chat inside Gmail (`#chat/space/<id>`): Chat's own DOM rendered inline in Gmail's shell.
 * The Google Chat modules read it; their refs are rewritten to say `site: 'gmail'` (the store keys
 * by the site the user is on) and to take the conversation from Gmail's hash, since Chat's own
 * lookup reads chat.google.com paths.
 */

/** Chat is the open view: the hash says so, or Chat's DOM is showing. */
export function isChatView(doc: Document): boolean {
  return isChatHash(doc.URL) || queryAllFirst(doc, CHAT_SHOWN).some(isVisible);
}

/** Whether an editor is Chat's postbar rather than a mail compose body. */
export function inChatPostbar(editor: Element): boolean {
  return !!closestOf(editor, CHAT_POSTBAR);
}

/** Visible Chat postbars; a hidden one belongs to a conversation viewed before. */
export function chatComposers(root: ParentNode): Composer[] {
  const doc = docOf(root);
  return queryAllFirst(root, SELECTORS.chatComposer.css)
    .filter(isVisible)
    .map((editor) => {
      const inner = chatComposer(editor, () => currentChatUser(doc));
      return {
        element: inner.element,
        readText: () => inner.readText(),
        replaceText: (text: string) => inner.replaceText(text),
        replyTarget: () => {
          const ref = inner.replyTarget();
          return ref && asGmailRef(ref, doc);
        },
        onSend: (callback, signal) => inner.onSend(callback, signal),
      } satisfies Composer;
    });
}

/** Chat messages in view, as Gmail's. */
export function chatMessages(root: ParentNode): IncomingMessage[] {
  const doc = docOf(root);
  return readMessages(root, currentChatUser(doc)).map((m) => {
    const ref = asGmailRef(m, doc);
    return { ...ref, addressedToUser: m.addressedToUser || (!m.fromSelf && isDirectMessage(ref.conversationId)) };
  });
}

/** A Chat ref as Gmail's: its site, the conversation from the hash when Chat could not tell, a link. */
export function asGmailRef<R extends MessageRef>(ref: R, doc: Document): R {
  const known = /^(space|dm)\//.test(ref.conversationId);
  const conversationId = known ? ref.conversationId : (chatGroupFromUrl(doc.URL) ?? ref.conversationId);
  const permalink = ref.permalink ?? gmailChatLink(doc.URL, conversationId);
  return { ...ref, site: 'gmail', conversationId, ...(permalink ? { permalink } : {}) };
}
