import { browser } from 'wxt/browser';
import { ALL_LEXICONS } from '../judge/lexicons/all';
import { EMOJI_TABLES } from '../judge/lexicons/reactions';
import { handleMessages } from '../messaging';
import type { AdapterHealth } from '../sites/types';
import { loadSettings } from '../settings/store';
import { handleInstalled } from '../settings/on-install';
import { openTactDb, type TactDb } from '../store';
import { createIncomingJudge, recordSightings } from './judge-incoming';
import { REMINDER_ALARM, recordAnswer, refreshReminders } from './pending';
import { reinjectOpenTabs, shouldReinject } from './reinject';
import { noteStoreFailure } from './store-problem';

type TabHealth = AdapterHealth & { url: string };

/**
 * Wires the background: every listener is registered synchronously at start so a woken service worker
 * hears the event that woke it. No state lives only in memory: items in IndexedDB, health in
 * storage.session, the next reminder in chrome.alarms.
 */
export function startBackground(): void {
  let db: TactDb | null = null;
  const store = () => (db ??= openTactDb());
  /** Serialises refreshes so two quick changes don't race on the badge and alarm. */
  let refreshing = Promise.resolve();
  const refresh = () => {
    refreshing = refreshing.then(async () => refreshReminders(store(), await loadSettings(), Date.now())).catch(() => undefined);
    return refreshing;
  };

  handleMessages({
    'judge:lexicons': () => ({ lexicons: [...ALL_LEXICONS], emoji: EMOJI_TABLES }),
    'settings:get': () => loadSettings(),
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
    // Pages send their new messages here rather than judging them: the judge stays out of every page.
    'incoming:judge': createIncomingJudge({
      settings: loadSettings,
      record: (sightings, settings) => recordSightings(store(), sightings, settings, refresh),
    }),
    'pending:answered': async (answer) => {
      const resolved = await recordAnswer(store(), answer).catch((e: unknown) => noteStoreFailure(e, 'answer', Date.now()).then(() => 0));
      if (resolved) await refresh();
      return resolved;
    },
    'pending:changed': async () => {
      await refresh();
    },
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void refresh();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== 'tact-due') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
    void browser.notifications.clear(id);
  });
  browser.runtime.onInstalled.addListener((details) => {
    void handleInstalled(details);
    void refresh();
    if (shouldReinject(details.reason)) void reinjectOpenTabs();
  });
  browser.runtime.onStartup.addListener(() => void refresh());
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(`health:${tabId}`);
  });
}
