import { isVisible, queryAllFirst, queryFirst } from '../dom';
import { measureHealth } from '../health';
import { SITE_METAS } from '../meta';
import type { Composer, IncomingMessage, SiteAdapter } from '../types';
import { chatComposer } from './composer';
import { readMessages } from './messages';
import { reactOnChat } from './react';
import { SELECTORS } from './selectors';
import { currentChatUser } from './user';

const META = SITE_METAS.find((site) => site.id === 'google-chat')!;

/**
 * Google Chat (chat.google.com). Trusted Types are enforced there: this adapter only reads the DOM
 * and edits drafts through execCommand, never through innerHTML.
 */
export function createAdapter(): SiteAdapter {
  return {
    id: 'google-chat',
    name: META.name,
    kind: META.kind,
    matches: META.matches,
    servesRoute: META.servesRoute,
    observeRoot: (doc) => safely(() => queryFirst(doc, SELECTORS.main.css), null) ?? doc.body,
    findComposers: (root) => safely(() => composersIn(root), []),
    listMessages: (root) => safely(() => messagesIn(root), []),
    currentUser: (doc) => safely(() => currentChatUser(doc), null),
    react: async (target, emoji) => {
      try {
        return await reactOnChat(document, target, emoji);
      } catch {
        return { ok: false, reason: 'no-reaction-ui' };
      }
    },
    health: (doc) => measureHealth('google-chat', doc, SELECTORS),
  };
}

/** Visible postbars only: Chat keeps the postbar of a conversation viewed before, hidden. */
function composersIn(root: ParentNode): Composer[] {
  return queryAllFirst(root, SELECTORS.composer.css)
    .filter(isVisible)
    .map((editor) => chatComposer(editor, () => currentChatUser(editor.ownerDocument)));
}

function messagesIn(root: ParentNode): IncomingMessage[] {
  const doc = root instanceof Document ? root : (root as Node).ownerDocument;
  return doc ? readMessages(root, currentChatUser(doc)) : [];
}

/** Adapters never throw into the page: a failure reads as "nothing found". */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
