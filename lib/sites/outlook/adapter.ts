import { OUTLOOK_REACTIONS } from './reaction-names';
/** Outlook on the web (outlook.office.com, outlook.live.com, outlook.office365.com): reading pane and compose. */
import { isVisible, queryAllFirst, queryFirst } from '../dom';
import { measureHealth } from '../health';
import { SITE_METAS } from '../meta';
import type { SiteAdapter } from '../types';
import { createComposer } from './composer';
import { readCurrentUser, readMessages } from './messages';
import { react } from './react';
import { SELECTORS } from './selectors';

export function createAdapter(): SiteAdapter {
  const meta = SITE_METAS.find((site) => site.id === 'outlook')!;
  const me = () => readCurrentUser(document);
  return {
    id: 'outlook',
    name: meta.name,
    kind: meta.kind,
    matches: meta.matches,
    reactions: OUTLOOK_REACTIONS.map((r) => r.glyph),
    servesRoute: (url) => meta.servesRoute(url),
    observeRoot(doc) {
      // The reading pane, widened to take in a compose form that lives beside it.
      const pane = queryFirst(doc, SELECTORS.readingPane.css);
      const composers = queryAllFirst(doc, SELECTORS.composer.css).filter((c) => !pane?.contains(c));
      return commonAncestor(pane ? [pane, ...composers] : composers);
    },
    findComposers(root) {
      return queryAllFirst(root, SELECTORS.composer.css)
        .filter(isVisible)
        .map((el) => createComposer(el, me));
    },
    listMessages(root) {
      try {
        const doc = (root as Node).ownerDocument ?? document;
        return readMessages(root, readCurrentUser(doc));
      } catch {
        return [];
      }
    },
    currentUser: (doc) => readCurrentUser(doc),
    react: (target, emoji) => react(document, target, emoji),
    health: (doc) => measureHealth('outlook', doc, SELECTORS),
  };
}

function commonAncestor(elements: Element[]): Element | null {
  const [first, ...rest] = elements;
  if (!first) return null;
  if (rest.length === 0) return first;
  let node: Element | null = first.parentElement;
  while (node && !rest.every((el) => node!.contains(el))) node = node.parentElement;
  return node;
}
