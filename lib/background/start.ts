import { browser } from 'wxt/browser';
import { handleMessages } from '../messaging';
import type { AdapterHealth } from '../sites/types';

type TabHealth = AdapterHealth & { url: string };

/**
 * Wires the background: every listener is registered synchronously at start so a woken service worker
 * hears the event that woke it. No state lives only in memory.
 */
export function startBackground(): void {
  handleMessages({
    'health:report': async (report, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      await browser.storage.session.set({ [`health:${tabId}`]: report });
    },
    'health:get': async ({ tabId }) => {
      const key = `health:${tabId}`;
      const stored = await browser.storage.session.get(key);
      return (stored[key] as TabHealth | undefined) ?? null;
    },
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(`health:${tabId}`);
  });
}
