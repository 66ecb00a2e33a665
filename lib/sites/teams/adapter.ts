import { isVisible, queryAllFirst, queryFirst } from '../dom';
import { measureHealth } from '../health';
import { SITE_METAS } from '../meta';
import type { Composer, SiteAdapter } from '../types';
import { createComposer } from './composer';
import { listMessages } from './messages';
import { currentUserOf } from './people';
import { reactTo } from './react';
import { OBSERVE_ROOT, SELECTORS } from './selectors';

const META = SITE_METAS.find((site) => site.id === 'teams')!;

/**
 * Microsoft Teams web (v2). Composers are CKEditor 5 editables (`data-tid=ckeditor`); messages are
 * `[data-mid]` elements in chats, channel posts and thread panes; reactions go through the hover
 * action bar. Every DOM read tolerates a missing element: the adapter never throws into the page.
 */
export function createAdapter(): SiteAdapter {
  // One Composer per editable, so the same element always yields the same composer.
  const composers = new WeakMap<HTMLElement, Composer>();
  return {
    id: 'teams',
    name: META.name,
    kind: META.kind,
    matches: META.matches,
    servesRoute: (url) => META.servesRoute(url),
    observeRoot: (doc) => queryFirst(doc, OBSERVE_ROOT) ?? doc.body,
    findComposers(root) {
      try {
        return queryAllFirst(root, SELECTORS.composer.css)
          .filter((el) => el.isContentEditable && isVisible(el))
          .map((el) => {
            let composer = composers.get(el);
            if (!composer) composers.set(el, (composer = createComposer(el)));
            return composer;
          });
      } catch {
        return [];
      }
    },
    listMessages(root) {
      try {
        return listMessages(root);
      } catch {
        return [];
      }
    },
    currentUser(doc) {
      try {
        return currentUserOf(doc);
      } catch {
        return null;
      }
    },
    react: (target, emoji) => reactTo(document, target, emoji),
    health: (doc) => measureHealth('teams', doc, SELECTORS),
  };
}
