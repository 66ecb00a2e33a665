import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONTENT_MATCHES, siteForUrl } from '@/lib/sites/meta';
import { mountOverlay } from '@/lib/features/overlay';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const site = siteForUrl(location.href);
    if (!site) return;
    await mountOverlay(ctx);
  },
});
