import { defineAdapter } from '../define-adapter';
import { GOOGLE_CHAT_META } from '../site-metas';
import { docOf, isVisible, queryAllFirst, queryFirst } from '../dom';
import type { Composer, SiteAdapter } from '../types';
import { chatComposer } from './composer';
import { readMessages } from './messages';
import { reactOnChat } from './react';
import { SELECTORS } from './selectors';
import { currentChatUser } from './user';

/**
 * Google Chat (chat.google.com). Trusted Types are enforced there: this adapter only reads the DOM
 * and edits drafts through execCommand, never through innerHTML.
 */
export function createAdapter(): SiteAdapter {
  return defineAdapter(GOOGLE_CHAT_META, {
    selectors: SELECTORS,
    observeRoot: (doc) => queryFirst(doc, SELECTORS.main.css) ?? doc.body,
    findComposers: composersIn,
    listMessages: (root) => readMessages(root, currentChatUser(docOf(root))),
    currentUser: currentChatUser,
    react: (target, emoji) => reactOnChat(document, target, emoji),
  });
}

/** Visible postbars only: Chat keeps the postbar of a conversation viewed before, hidden. */
function composersIn(root: ParentNode): Composer[] {
  return queryAllFirst(root, SELECTORS.composer.css)
    .filter(isVisible)
    .map((editor) => chatComposer(editor, () => currentChatUser(editor.ownerDocument)));
}
