/**
 * `npm run demo`: Tact, built, in a real Chromium on the bundled site replicas — no account needed.
 *   npm run demo               opens a window with the replicas and the dashboard (the tour below when there is no display)
 *   npm run demo -- --headless runs a scripted tour, prints each step and saves screenshots to demo-output/
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { startHarness, tact, type Harness, waitForHook } from '../test/support/harness';
import { buildReplicas } from '../test/support/build-replicas';
import { clearDraft } from '../test/e2e/suites/behaviour';
import { BEHAVIOUR_SITES } from '../test/e2e/sites';

const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = process.argv.includes('--headless') || noDisplay;
const only = process.argv.find((a) => a.startsWith('--site='))?.slice('--site='.length);
const OUT = resolve(import.meta.dirname, '../demo-output');

let step = 0;
const say = (text: string) => console.log(`${String(++step).padStart(2, ' ')}. ${text}`);

async function shot(page: Page, name: string) {
  const path = resolve(OUT, `${String(step).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path });
  console.log(`    saved ${path}`);
}

async function tour(h: Harness) {
  mkdirSync(OUT, { recursive: true });
  const sites = BEHAVIOUR_SITES.filter((s) => !only || s.site === only);
  for (const spec of sites) {
    // Reduced motion: screenshots show the hints settled, not mid-fade.
    const page = await h.openReplica(spec.site, spec.view, {
      beforeLoad: (p) => p.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]),
    });
    await page.waitForSelector('tact-overlay');
    say(`${spec.site}: opened the replica at ${page.url()}`);

    await clearDraft(page, spec.composer, spec.composerIndex);
    await page.keyboard.type('Got it, thanks!');
    await waitForHook(page, 'ack-hint');
    const emojis = await page.$$eval(tact('reaction'), (els) => els.map((e) => e.getAttribute('data-emoji')));
    say(`${spec.site}: typed "Got it, thanks!" → Tact suggests reacting with ${emojis.join(' ')}`);
    await shot(page, `${spec.site}-ack-hint`);

    await page.click(tact('reaction'));
    const outcome = await Promise.race([
      waitForHook(page, 'undo').then(() => 'undo'),
      waitForHook(page, 'note').then(() => 'note'),
    ]);
    say(
      outcome === 'undo'
        ? `${spec.site}: one click added ${emojis[0]} through the site's own reaction UI and cleared the draft (Undo offered)`
        : `${spec.site}: this message can't take a reaction here, so ${emojis[0]} went into the draft instead`,
    );
    await shot(page, `${spec.site}-reacted`);

    await clearDraft(page, spec.composer, spec.composerIndex);
    await page.keyboard.type('Can we talk about the layoffs and what it means for your team before the all-hands?');
    await waitForHook(page, 'sensitive-hint');
    const topics = await page.$eval(tact('sensitive-hint'), (el) => el.getAttribute('data-topic'));
    say(`${spec.site}: a draft about layoffs → Tact suggests a call (topics: ${topics})`);
    await shot(page, `${spec.site}-sensitive-hint`);
    await page.click(tact('suggest-call'));
    say(`${spec.site}: "Suggest a call" added a kind call proposal to the draft`);
    await shot(page, `${spec.site}-call-suggested`);
    await page.close();
  }
  for (const path of ['dashboard.html', 'popup.html', 'options.html']) {
    const page = await h.openExtensionPage(path);
    await page.waitForSelector('main h1');
    say(`opened ${path}`);
    await shot(page, path.replace('.html', ''));
    await page.close();
  }
  if (h.outbound.length) throw new Error(`Outbound requests: ${JSON.stringify(h.outbound)}`);
  say('no request left the machine during the tour');
}

async function main() {
  await buildReplicas();
  if (noDisplay && !process.argv.includes('--headless')) {
    console.log('No display here, so this is the scripted tour (the same as `npm run demo -- --headless`).\n');
  }
  const h = await startHarness({ headless });
  if (headless) {
    try {
      await tour(h);
      console.log(`\nTour complete: ${step} steps, screenshots in ${OUT}`);
    } finally {
      await h.close();
    }
    return;
  }
  for (const spec of BEHAVIOUR_SITES) await h.openReplica(spec.site, spec.view);
  await h.openExtensionPage('dashboard.html');
  console.log('Tact is loaded in Chromium on the site replicas. Type "thanks!" in a composer. Close the browser to end.');
  await new Promise<void>((resolveClosed) => h.browser.on('disconnected', () => resolveClosed()));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
