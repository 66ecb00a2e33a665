import { defineAdapter } from '../define-adapter';
import { TEAMS_META } from '../site-metas';
import { isVisible, queryAllFirst, queryFirst } from '../dom';
import type { Composer, SiteAdapter } from '../types';
import { createComposer } from './composer';
import { listMessages } from './messages';
import { currentUserOf } from './people';
import { reactTo } from './react';
import { OBSERVE_ROOT, SELECTORS } from './selectors';

/**
 * Microsoft Teams web (v2). Composers are CKEditor 5 editables (`data-tid=ckeditor`); messages are
 * `[data-mid]` elements in chats, channel posts and thread panes; reactions go through the hover
 * action bar.
 */
export function createAdapter(): SiteAdapter {
  // One Composer per editable, so the same element always yields the same composer.
  const composers = new WeakMap<HTMLElement, Composer>();
  const composerOf = (el: HTMLElement) => {
    let composer = composers.get(el);
    if (!composer) composers.set(el, (composer = createComposer(el)));
    return composer;
  };
  return defineAdapter(TEAMS_META, {
    selectors: SELECTORS,
    observeRoot: (doc) => queryFirst(doc, OBSERVE_ROOT) ?? doc.body,
    findComposers: (root) =>
      queryAllFirst(root, SELECTORS.composer.css)
        .filter((el) => el.isContentEditable && isVisible(el))
        .map(composerOf),
    listMessages,
    currentUser: currentUserOf,
    react: (target, emoji) => reactTo(document, target, emoji),
  });
}
