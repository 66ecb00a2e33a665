import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_METAS } from '../sites/meta';
import type { SiteAdapter, SiteId } from '../sites/types';
import { startTact } from './runtime';

/**
 * One content script per site, so each site's page loads only its own adapter. The matches come
 * from SITE_METAS, the one list of sites.
 */
export function defineSiteContentScript(id: SiteId, createAdapter: () => SiteAdapter) {
  const meta = SITE_METAS.find((site) => site.id === id)!;
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
