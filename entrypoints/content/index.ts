import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES, siteForUrl } from '@/lib/sites/meta';
import { ADAPTERS } from '@/lib/sites';
import { startTact } from '@/lib/features/runtime';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const site = siteForUrl(location.href);
    if (!site) return;
    try {
      await startTact(ctx, ADAPTERS[site.id]());
    } catch (error) {
      // The host page never sees Tact's failures.
      console.debug('[Tact] not started:', error);
    }
  },
});
