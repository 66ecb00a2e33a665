/** Discord (discord.com/channels/…): Slate composer, cozy message groups, hover-bar reactions. */
import { defineAdapter } from '../define-adapter';
import { DISCORD_META } from '../site-metas';
import { commonAncestor, docOf, isVisible, queryAllFirst } from '../dom';
import type { SiteAdapter } from '../types';
import { createComposer } from './composer';
import { readCurrentUser, readMessages, routeOf } from './messages';
import { react } from './react';
import { SELECTORS } from './selectors';

export function createAdapter(): SiteAdapter {
  const me = () => readCurrentUser(document);
  return defineAdapter(DISCORD_META, {
    selectors: SELECTORS,
    observeRoot(doc) {
      // The smallest element holding every message list and composer (channel, plus a thread pane if open).
      const parts = [...queryAllFirst(doc, SELECTORS.messageList.css), ...queryAllFirst(doc, SELECTORS.composer.css)];
      return commonAncestor(parts);
    },
    findComposers: (root) =>
      queryAllFirst(root, SELECTORS.composer.css)
        .filter(isVisible)
        .map((el) => createComposer(el, me)),
    listMessages: (root) => readMessages(root, { me: readCurrentUser(docOf(root)), route: routeOf(root as Node) }),
    currentUser: (doc) => readCurrentUser(doc),
    react: (target, emoji) => react(document, target, emoji),
  });
}
