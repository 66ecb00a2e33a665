import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChrome } from './find-chrome';
import { createReplicaServer, replicaPages } from './replicas';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.TACT_OUT_DIR ?? '.output', 'chrome-mv3');

/** A request that tried to leave the machine. Tact must never cause one. */
export interface Outbound {
  url: string;
  from: string;
}

export interface Harness {
  browser: Browser;
  extensionId: string;
  /** Whether installing Tact opened its onboarding page (closed again by the harness). */
  onboardingOpened: boolean;
  /** Every request that was not a replica file or an extension resource, from any page or the service worker. */
  outbound: Outbound[];
  /** Errors thrown in any page we opened (site or extension). */
  pageErrors: string[];
  openReplica(site: string, view: string, options?: { beforeLoad?: (page: Page) => Promise<void> }): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  serviceWorker(): Promise<Target>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  headless?: boolean;
  /** Extra Chromium flags. */
  args?: string[];
  /** Load Tact (default). Benchmarks launch once without it to compare. */
  withExtension?: boolean;
}

/** Launches the system Chromium with the built extension loaded; replicas are served at the sites' real URLs. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const withExtension = options.withExtension ?? true;
  if (withExtension && !existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: options.headless ?? true,
    enableExtensions: true,
    pipe: true,
    defaultViewport: { width: 1280, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
      // Nothing may reach a real host, even by accident: every name resolves nowhere.
      '--host-resolver-rules=MAP * ~NOTFOUND',
      ...(options.args ?? []),
    ],
  });
  const extensionId = withExtension ? await browser.installExtension(EXTENSION_DIR) : '';
  // A fresh install opens the onboarding page; close it so it never takes the foreground from a test's page.
  let onboardingOpened = false;
  if (withExtension) {
    const onboarding = await browser
      // It always opens on install; on a busy machine it may take a while, and it must not open mid-test.
      .waitForTarget((t) => t.url() === `chrome-extension://${extensionId}/onboarding.html`, { timeout: 30_000 })
      .catch(() => null);
    onboardingOpened = onboarding !== null;
    await (await onboarding?.page())?.close();
  }
  const outbound: Outbound[] = [];
  const pageErrors: string[] = [];
  const server = createReplicaServer();

  const watchWorker = async (target: Target) => {
    if (target.type() !== 'service_worker' || !target.url().startsWith(`chrome-extension://${extensionId}/`)) return;
    const session = await target.createCDPSession().catch(() => null);
    if (!session) return;
    session.on('Network.requestWillBeSent', (event) => {
      const url = event.request.url;
      if (!url.startsWith('chrome-extension://')) outbound.push({ url, from: 'service-worker' });
    });
    await session.send('Network.enable').catch(() => undefined);
    // A restarted worker starts paused for debuggers; Puppeteer only resumes the ones it attached itself.
    await session.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
  };
  browser.on('targetcreated', (target) => void watchWorker(target));
  for (const target of browser.targets()) await watchWorker(target);

  const track = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(String((error as Error)?.message ?? error)));
  };

  const harness: Harness = {
    browser,
    extensionId,
    onboardingOpened,
    outbound,
    pageErrors,
    async openReplica(site, view, opts) {
      const page = replicaPages(site)[view];
      if (!page) throw new Error(`No replica view ${site}/${view}`);
      const tab = await browser.newPage();
      track(tab);
      await tab.setRequestInterception(true);
      tab.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) {
          void request.continue();
          return;
        }
        const fromExtension = JSON.stringify(request.initiator() ?? {}).includes('chrome-extension://');
        const served = server.serve(url);
        if (served && !fromExtension) {
          void request.respond({ status: served.status, contentType: served.contentType, body: served.body });
        } else if (!fromExtension && server.isReplicaOrigin(url)) {
          // The replica's own request for something it does not ship (its favicon): not Tact's doing.
          void request.respond({ status: 404, contentType: 'text/plain', body: '' });
        } else {
          outbound.push({ url, from: `${site}/${view}` });
          void request.abort('blockedbyclient');
        }
      });
      await opts?.beforeLoad?.(tab);
      await tab.goto(page.url, { waitUntil: 'load' });
      return tab;
    },
    async openExtensionPage(path) {
      const tab = await browser.newPage();
      track(tab);
      await tab.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
      return tab;
    },
    async serviceWorker() {
      return browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
      );
    },
    async close() {
      await browser.close();
    },
  };
  return harness;
}

/** The `<tact-overlay>` shadow root's element with this data-tact hook, through Puppeteer's >>> combinator. */
export function tact(hook: string, extra = ''): string {
  return `tact-overlay >>> [data-tact="${hook}"]${extra}`;
}

/**
 * Waits for a `data-tact` hook inside the overlay, checking every frame: changes inside a shadow root
 * do not wake Puppeteer's document-level mutation polling, so `waitForSelector` may not see them.
 */
export async function waitForHook(page: Page, hook: string, { hidden = false, timeout = 30_000 } = {}) {
  await page.waitForFunction(
    (name, gone) => {
      const found = document.querySelector('tact-overlay')?.shadowRoot?.querySelector(`[data-tact="${name}"]`);
      return gone ? !found : !!found;
    },
    { polling: 'raf', timeout },
    hook,
    hidden,
  );
  return hidden ? null : page.$(tact(hook));
}
