import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging';
import { SITE_METAS, siteForUrl, type SiteMeta } from '@/lib/sites/meta';
import type { AdapterHealth } from '@/lib/sites/types';

/** The tab the popup was opened over, as far as Tact knows it. */
export interface ActiveTab {
  /** The site Tact serves in that tab, or null (another site, a browser page, or not known yet). */
  site: SiteMeta | null;
  /** What the tab's content script last reported; null when it has not reported. */
  health: (AdapterHealth & { url: string }) | null;
}

/**
 * Reads the active tab once. Without the "tabs" permission the tab's URL is hidden, so the site
 * comes from the content script's health report (which carries it), else from the URL when shown.
 * Undefined while loading.
 */
export function useActiveTab(): ActiveTab | undefined {
  const [tab, setTab] = useState<ActiveTab>();
  useEffect(() => {
    let live = true;
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
      const health = active?.id === undefined ? null : await sendMessage('health:get', { tabId: active.id }).catch(() => null);
      const site = SITE_METAS.find((m) => m.id === health?.site) ?? siteForUrl(active?.url ?? '');
      if (live) setTab({ site, health });
    })();
    return () => {
      live = false;
    };
  }, []);
  return tab;
}
