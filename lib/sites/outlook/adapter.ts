/** Outlook on the web (outlook.office.com, outlook.live.com, outlook.office365.com): reading pane and compose. */
import { defineAdapter } from '../define-adapter';
import { OUTLOOK_META } from '../site-metas';
import { commonAncestor, docOf, isVisible, queryAllFirst, queryFirst } from '../dom';
import type { SiteAdapter } from '../types';
import { createComposer } from './composer';
import { readCurrentUser, readMessages } from './messages';
import { react } from './react';
import { OUTLOOK_REACTIONS } from './reaction-names';
import { SELECTORS } from './selectors';

export function createAdapter(): SiteAdapter {
  const me = () => readCurrentUser(document);
  return defineAdapter(OUTLOOK_META, {
    selectors: SELECTORS,
    reactions: OUTLOOK_REACTIONS.map((r) => r.glyph),
    observeRoot(doc) {
      // The reading pane, widened to take in a compose form that lives beside it.
      const pane = queryFirst(doc, SELECTORS.readingPane.css);
      const composers = queryAllFirst(doc, SELECTORS.composer.css).filter((c) => !pane?.contains(c));
      const parts = pane ? [pane, ...composers] : composers;
      return parts.length === 1 ? parts[0]! : commonAncestor(parts);
    },
    findComposers: (root) =>
      queryAllFirst(root, SELECTORS.composer.css)
        .filter(isVisible)
        .map((el) => createComposer(el, me)),
    listMessages: (root) => readMessages(root, readCurrentUser(docOf(root))),
    currentUser: (doc) => readCurrentUser(doc),
    react: (target, emoji) => react(document, target, emoji),
  });
}
