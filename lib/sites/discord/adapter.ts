/** Discord (discord.com/channels/…): Slate composer, cozy message groups, hover-bar reactions. */
import { isVisible, queryAllFirst } from '../dom';
import { measureHealth } from '../health';
import { SITE_METAS } from '../meta';
import type { SiteAdapter } from '../types';
import { createComposer } from './composer';
import { readCurrentUser, readMessages, routeOf } from './messages';
import { react } from './react';
import { SELECTORS } from './selectors';

export function createAdapter(): SiteAdapter {
  const meta = SITE_METAS.find((site) => site.id === 'discord')!;
  const me = () => readCurrentUser(document);
  return {
    id: 'discord',
    name: meta.name,
    kind: meta.kind,
    matches: meta.matches,
    servesRoute: (url) => meta.servesRoute(url),
    observeRoot(doc) {
      // The smallest element holding every message list and composer (channel, plus a thread pane if open).
      const parts = [...queryAllFirst(doc, SELECTORS.messageList.css), ...queryAllFirst(doc, SELECTORS.composer.css)];
      return commonAncestor(parts);
    },
    findComposers(root) {
      const found = queryAllFirst(root, SELECTORS.composer.css);
      return found.filter(isVisible).map((el) => createComposer(el, me));
    },
    listMessages(root) {
      try {
        const doc = (root as Node).ownerDocument ?? document;
        return readMessages(root, { me: readCurrentUser(doc), route: routeOf(root as Node) });
      } catch {
        return [];
      }
    },
    currentUser: (doc) => readCurrentUser(doc),
    react: (target, emoji) => react(document, target, emoji),
    health: (doc) => measureHealth('discord', doc, SELECTORS),
  };
}

function commonAncestor(elements: Element[]): Element | null {
  const [first, ...rest] = elements;
  if (!first) return null;
  let node: Element | null = first.parentElement;
  while (node && !rest.every((el) => node!.contains(el))) node = node.parentElement;
  return node;
}
