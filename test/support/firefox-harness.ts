import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findFirefox } from './find-firefox';
import type { Outbound } from './harness';
import { offlinePrefs, startOfflineProxy } from './offline-proxy';
import { createReplicaServer, replicaPages } from './replicas';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.TACT_OUT_DIR ?? '.output', 'firefox-mv2');

/** Fixed so that extension pages have a known origin (Firefox otherwise picks a random UUID per profile). */
export const FIREFOX_EXTENSION_UUID = '7ac70000-0000-4000-8000-00000000f1f0';
const ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

/** The Firefox counterpart of the Chromium `Harness`: the MV2 build installed as a temporary add-on over WebDriver BiDi. */
export interface FirefoxHarness {
  browser: Browser;
  /** The add-on id from the manifest (browser_specific_settings.gecko.id). */
  extensionId: string;
  /** `moz-extension://<uuid>`. */
  extensionOrigin: string;
  onboardingOpened: boolean;
  /** Unserved page requests, plus everything that reached the refusing proxy (background page, Firefox itself). */
  outbound: Outbound[];
  pageErrors: string[];
  openReplica(site: string, view: string): Promise<Page>;
  /** Opens an extension page in a new tab (BiDi may not navigate to moz-extension://, so the extension opens it). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Firefox offline (every request goes to a proxy that refuses it) with Tact installed. */
export async function startFirefoxHarness(options: { headless?: boolean } = {}): Promise<FirefoxHarness> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: `apt-get install -y firefox-esr` or set FIREFOX_PATH.');
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first.`);
  }
  const outbound: Outbound[] = [];
  const proxy = await startOfflineProxy((url) => outbound.push({ url, from: 'proxy' }));
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: options.headless ?? true,
      defaultViewport: { width: 1280, height: 860 },
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        ...offlinePrefs(proxy.port),
        'extensions.webextensions.uuids': JSON.stringify({ 'tact@tact.example': FIREFOX_EXTENSION_UUID }),
      },
    })
    .catch(async (error: unknown) => {
      await proxy.close();
      throw error;
    });
  const known = new Set(browser.targets());
  const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  // The onboarding tab opens on install. It stays open: it is the extension page that opens the others.
  // (Puppeteer reports moz-extension tabs as about:blank, so it is found by asking the page itself.)
  const launcher = await browser
    .waitForTarget((t) => t.type() === 'page' && !known.has(t), { timeout: 30_000 })
    .then(async (t) => {
      const page = (await t.page())!;
      await page.waitForFunction((o) => location.origin === o && document.readyState === 'complete', { timeout: 30_000 }, ORIGIN);
      return page;
    })
    .catch(() => null);

  const pageErrors: string[] = [];
  const server = createReplicaServer();
  // Firefox reports the replicas' own CSP blocking their (offline) avatar images as page errors over
  // BiDi; Chromium only logs them. They are the page's doing, not a script error, so they are left out.
  const track = (page: Page) =>
    page.on('pageerror', (error) => {
      const message = String((error as Error)?.message ?? error);
      if (!message.startsWith('Content-Security-Policy: ')) pageErrors.push(message);
    });
  if (launcher) track(launcher);

  return {
    browser,
    extensionId,
    extensionOrigin: ORIGIN,
    onboardingOpened: launcher !== null,
    outbound,
    pageErrors,
    async openReplica(site, view) {
      const page = replicaPages(site)[view];
      if (!page) throw new Error(`No replica view ${site}/${view}`);
      const tab = await browser.newPage();
      track(tab);
      await tab.setRequestInterception(true);
      tab.on('request', (request) => {
        const url = request.url();
        // Unlike Chromium, Firefox hands data: URLs to the interceptor too.
        if (/^(data|blob|moz-extension):/.test(url)) return void request.continue();
        const served = server.serve(url);
        if (served) return void request.respond({ status: served.status, contentType: served.contentType, body: served.body });
        // The replica's own request for something it does not ship (its favicon): not Tact's doing.
        if (server.isReplicaOrigin(url)) return void request.respond({ status: 404, contentType: 'text/plain', body: '' });
        outbound.push({ url, from: `${site}/${view}` });
        void request.abort();
      });
      await tab.goto(page.url, { waitUntil: 'load' });
      return tab;
    },
    async openExtensionPage(path) {
      if (!launcher) throw new Error('The onboarding tab never opened, so no extension page can open others.');
      const before = new Set(browser.targets());
      const url = `${ORIGIN}/${path}`;
      await launcher.evaluate((u) => (globalThis as unknown as { browser: typeof chrome }).browser.tabs.create({ url: u }).then(() => undefined), url);
      const target = await browser.waitForTarget((t) => t.type() === 'page' && !before.has(t));
      const tab = (await target.page())!;
      track(tab);
      await tab.waitForFunction((u) => location.href === u && document.readyState === 'complete', {}, url);
      return tab;
    },
    async close() {
      await browser.close();
      await proxy.close();
    },
  } satisfies FirefoxHarness;
}
