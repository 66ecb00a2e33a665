import { defineContentScript } from 'wxt/utils/define-content-script';
import type { SiteMeta } from '../sites/meta';
import type { SiteAdapter } from '../sites/types';
import { startTact } from './runtime';

/**
 * One content script per site, so each site's page loads only its own adapter (and its own meta,
 * from site-metas.ts, the one list of sites).
 */
export function defineSiteContentScript(meta: SiteMeta, createAdapter: () => SiteAdapter) {
  return defineContentScript({
    matches: [...meta.matches],
    runAt: 'document_idle',
    async main(ctx) {
      if (!meta.servesRoute(new URL(location.href))) return;
      try {
        await startTact(ctx, createAdapter());
      } catch (error) {
        // The host page never sees Tact's failures.
        console.debug('[Tact] not started:', error);
      }
    },
  });
}
