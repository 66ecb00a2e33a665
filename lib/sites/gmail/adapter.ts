import { defineAdapter } from '../define-adapter';
import { GMAIL_META } from '../site-metas';
import { docOf, isVisible, queryAllFirst, queryFirst } from '../dom';
import { reactOnChat } from '../google-chat/react';
import { currentChatUser } from '../google-chat/user';
import type { Composer, IncomingMessage, Person, SiteAdapter } from '../types';
import { chatComposers, chatMessages, inChatPostbar, isChatView } from './chat';
import { createComposer } from './composer';
import { emailFromTitle, parseAccountLabel } from './ids';
import { listThreadMessages } from './messages';
import { reactToMessage } from './react';
import { CHAT_SHOWN, SELECTORS } from './selectors';

/**
 * Gmail (mail.google.com): thread view, inline and popup composers, emoji reactions; and Google
 * Chat when Gmail shows it inline (`#chat/…`), read through the Google Chat modules (./chat.ts).
 */
export function createAdapter(): SiteAdapter {
  return defineAdapter(GMAIL_META, {
    selectors: SELECTORS,
    observeRoot,
    findComposers,
    listMessages,
    currentUser,
    react: (target, emoji) => (isChatView(document) ? reactOnChat(document, target, emoji) : reactToMessage(document, target, emoji)),
  });
}

/**
 * Compose popups live outside the main pane (in `.dw`), and Chat may render beside it, so the root
 * is the nearest element holding the main pane, the popups and the visible Chat, or the body.
 */
function observeRoot(doc: Document): Element | null {
  const main = queryFirst(doc, SELECTORS.main.css);
  if (!main) return doc.body;
  const chat = isChatView(doc) ? queryAllFirst(doc, CHAT_SHOWN).find(isVisible) : undefined;
  const others = [queryFirst(doc, ['div.dw']), chat].filter((el): el is HTMLElement => !!el);
  let node: Element | null = main;
  while (node && !others.every((el) => node!.contains(el))) node = node.parentElement;
  return node ?? doc.body;
}

/**
 * Chat's postbar first (the conversation in view), then every visible mail compose body: a compose
 * popup stays open over Chat. Minimized popups and stale views are skipped.
 */
function findComposers(root: ParentNode): Composer[] {
  const mail = queryAllFirst(root, SELECTORS.editor.css)
    .filter((editor) => isVisible(editor) && !inChatPostbar(editor))
    .map((editor) => createComposer(editor));
  return [...chatComposers(root), ...mail];
}

/** Messages of the open thread or Chat conversation. A list view (inbox, search) has neither. */
function listMessages(root: ParentNode): IncomingMessage[] {
  const doc = docOf(root);
  return isChatView(doc) ? chatMessages(root) : listThreadMessages(root, currentUser(doc));
}

/**
 * From the account button's label, else the tab title; never from page globals or tokens. In Chat,
 * the user also has Chat's numeric id (from their own rows), which Chat's authors carry.
 */
function currentUser(doc: Document): Person | null {
  if (isChatView(doc)) {
    const chatUser = currentChatUser(doc);
    if (chatUser?.id) return chatUser;
  }
  const fromLabel = parseAccountLabel(queryFirst(doc, SELECTORS.account.css)?.getAttribute('aria-label'));
  if (fromLabel) return fromLabel;
  const email = emailFromTitle(doc.title);
  return email ? { id: email, email } : null;
}
