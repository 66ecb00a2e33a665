/**
 * Figures for the content script: its size, and what it costs a page, measured in real Chromium
 * with the DevTools protocol against the same page without Tact.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { EXTENSION_DIR, startHarness } from '../test/support/harness';
import { buildReplicas } from '../test/support/build-replicas';
import { clearDraft } from '../test/e2e/suites/behaviour';
import { BEHAVIOUR_SITES } from '../test/e2e/sites';

export function contentScriptSize(): { raw: number; gzip: number; hasEmojiData: boolean } {
  const code = readFileSync(resolve(EXTENSION_DIR, 'content-scripts/content.js'));
  const text = code.toString('utf8');
  // emoji-mart's data carries every emoji's keywords; one well-known entry gives it away.
  const hasEmojiData = text.includes('"grinning"') && text.includes('keywords');
  return { raw: code.length, gzip: gzipSync(code).length, hasEmojiData };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function scriptDuration(page: Page): Promise<number> {
  const session = await page.createCDPSession();
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  await session.detach();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** Script time to load a replica and type a reply, with and without Tact; and keystroke → hint painted. */
async function pageCosts(): Promise<void> {
  await buildReplicas();
  const runs = 3;
  for (const spec of BEHAVIOUR_SITES.filter((s) => ['gmail', 'slack'].includes(s.site))) {
    const totals: Record<'with' | 'without', number[]> = { with: [], without: [] };
    for (const withExtension of [false, true]) {
      const h = await startHarness({ withExtension });
      for (let i = 0; i < runs; i++) {
        const page = await h.openReplica(spec.site, spec.view);
        await page.waitForFunction(() => typeof window.__replica === 'object');
        if (withExtension) await page.waitForSelector('tact-overlay');
        await clearDraft(page, spec.composer);
        await page.keyboard.type('Thanks, that works for me. I will send the numbers tomorrow.');
        totals[withExtension ? 'with' : 'without'].push(await scriptDuration(page));
        await page.close();
      }
      await h.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const added = median(totals.with) - median(totals.without);
    console.log(`  ${spec.site}/${spec.view}: script time load+typing ${ms(median(totals.without))} without Tact, ${ms(median(totals.with))} with (+${ms(added)})`);
  }

  const h = await startHarness();
  for (const spec of BEHAVIOUR_SITES) {
    const page = await h.openReplica(spec.site, spec.view);
    await page.waitForSelector('tact-overlay');
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      await clearDraft(page, spec.composer);
      await page.keyboard.type('thanks');
      // Stamp the last keystroke in the page, then watch Tact's shadow root for the hint's first paint.
      const elapsed = await page.evaluate(async (sel) => {
        const host = document.querySelector('tact-overlay')!;
        const start = performance.now();
        const target = document.activeElement!;
        target.ownerDocument.execCommand('insertText', false, '!');
        return new Promise<number>((done) => {
          const check = () => {
            if (host.shadowRoot?.querySelector(sel)) requestAnimationFrame(() => done(performance.now() - start));
            else requestAnimationFrame(check);
          };
          check();
        });
      }, '[data-tact="ack-hint"]');
      samples.push(elapsed);
      await page.keyboard.press('Escape');
    }
    samples.sort((a, b) => a - b);
    console.log(`  ${spec.site}: last keystroke → hint painted, median ${ms(samples[2]!)} (includes the deliberate 350 ms typing pause)`);
    await page.close();
  }
  if (h.outbound.length) console.log(`  WARNING: outbound requests ${JSON.stringify(h.outbound)}`);
  await h.close();
}

export async function benchContent(): Promise<void> {
  const size = contentScriptSize();
  console.log(`  content script: ${kb(size.raw)} raw, ${kb(size.gzip)} gzip; emoji data inside: ${size.hasEmojiData ? 'YES (bad)' : 'no'}`);
  await pageCosts();
}

if (import.meta.url === `file://${process.argv[1]}`) void benchContent();
