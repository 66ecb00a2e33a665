import { attempt } from './attempt';
import { measureHealth, type SelectorTable } from './health';
import type { SiteMeta } from './meta';
import type { SiteAdapter } from './types';

/**
 * What one site brings to its adapter: its own parts of the contract, and its selector table, from
 * which health is measured. Name, kind, match patterns and routes come from the site's meta (site-metas.ts).
 */
export type AdapterParts = Pick<SiteAdapter, 'reactions' | 'observeRoot' | 'findComposers' | 'listMessages' | 'currentUser' | 'react'> & {
  /** Every selector of the site, named (its `selectors.ts`). */
  selectors: SelectorTable;
};

/**
 * A site's adapter from its parts. Every part is guarded: on a page that is not what the adapter
 * expects, a failure reads as "nothing found", never as an error thrown into the page.
 */
export function defineAdapter(meta: SiteMeta, parts: AdapterParts): SiteAdapter {
  const id = meta.id;
  return {
    id,
    name: meta.name,
    kind: meta.kind,
    matches: meta.matches,
    ...(parts.reactions ? { reactions: parts.reactions } : {}),
    servesRoute: (url) => meta.servesRoute(url),
    observeRoot: (doc) => attempt(() => parts.observeRoot(doc), null),
    findComposers: (root) => attempt(() => parts.findComposers(root), []),
    listMessages: (root) => attempt(() => parts.listMessages(root), []),
    currentUser: (doc) => attempt(() => parts.currentUser(doc), null),
    react: async (target, emoji) => {
      try {
        return await parts.react(target, emoji);
      } catch {
        return { ok: false, reason: 'no-reaction-ui' };
      }
    },
    // measureHealth's queries already read a failure as "no match".
    health: (doc) => measureHealth(id, doc, parts.selectors),
  };
}
