/**
 * Figures for the content script: its size, and what it costs a page, measured in real Chromium
 * with the DevTools protocol against the same page without Tact.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { EXTENSION_DIR, startHarness } from '../test/support/harness';
import { buildReplicas } from '../test/support/build-replicas';
import { clearDraft } from '../test/e2e/suites/behaviour';
import { BEHAVIOUR_SITES } from '../test/e2e/sites';

/** Each site's content script: raw and gzip bytes, and whether emoji-mart's data slipped in. */
export function contentScriptSizes(): { site: string; raw: number; gzip: number; hasEmojiData: boolean }[] {
  const dir = resolve(EXTENSION_DIR, 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const code = readFileSync(resolve(dir, file));
      const text = code.toString('utf8');
      // emoji-mart's data carries every emoji's keywords; one well-known entry gives it away.
      const hasEmojiData = text.includes('"grinning"') && text.includes('keywords');
      return { site: file.replace(/\.js$/, ''), raw: code.length, gzip: gzipSync(code).length, hasEmojiData };
    });
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Starts the DevTools Performance domain before the page loads, so its counters cover the whole visit. */
async function measured(page: Page): Promise<() => Promise<number>> {
  const session = await page.createCDPSession();
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  // tsx keeps function names with a helper the page does not have.
  await page.evaluateOnNewDocument('self.__name = (f) => f');
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
}

/** Script time to load a replica and type a reply, with and without Tact; and keystroke → hint painted (returned: site → median ms). */
async function pageCosts(): Promise<Record<string, number>> {
  await buildReplicas();
  const runs = 3;
  for (const spec of BEHAVIOUR_SITES.filter((s) => ['gmail', 'slack'].includes(s.site))) {
    const totals: Record<'with' | 'without', number[]> = { with: [], without: [] };
    for (const withExtension of [false, true]) {
      const h = await startHarness({ withExtension });
      for (let i = 0; i < runs; i++) {
        let read: () => Promise<number> = async () => 0;
        const page = await h.openReplica(spec.site, spec.view, { beforeLoad: async (p) => void (read = await measured(p)) });
        await page.waitForFunction(() => typeof window.__replica === 'object');
        if (withExtension) await page.waitForSelector('tact-overlay');
        await clearDraft(page, spec.composer, spec.composerIndex);
        await page.keyboard.type('Thanks, that works for me. I will send the numbers tomorrow.');
        totals[withExtension ? 'with' : 'without'].push(await read());
        await page.close();
      }
      await h.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const added = median(totals.with) - median(totals.without);
    console.log(`  ${spec.site}/${spec.view}: script time load+typing ${ms(median(totals.without))} without Tact, ${ms(median(totals.with))} with (+${ms(added)})`);
  }

  const hintMs: Record<string, number> = {};
  const h = await startHarness();
  for (const spec of BEHAVIOUR_SITES) {
    const page = await h.openReplica(spec.site, spec.view, {
      beforeLoad: (p) => p.evaluateOnNewDocument('self.__name = (f) => f').then(() => undefined),
    });
    await page.waitForSelector('tact-overlay');
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      await clearDraft(page, spec.composer, spec.composerIndex);
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
    hintMs[`${spec.site}/${spec.view}`] = samples[2]!;
    console.log(`  ${spec.site}/${spec.view}: last keystroke → hint painted, median ${ms(samples[2]!)} (includes the deliberate 350 ms typing pause)`);
    await page.close();
  }
  if (h.outbound.length) console.log(`  WARNING: outbound requests ${JSON.stringify(h.outbound)}`);
  await h.close();
  return hintMs;
}

/** Grows the open Gmail thread to 100 messages before Tact starts (document_idle), as a long thread loads. */
const GROW_GMAIL_THREAD = `
  document.addEventListener('DOMContentLoaded', () => {
    const lists = [...document.querySelectorAll('div[role="main"] div[role="list"]')].filter((l) => l.getClientRects().length);
    const list = lists[0];
    if (!list) return;
    const template = [...list.children].find((li) => li.getAttribute('aria-expanded') === 'true' && li.querySelector('[data-message-id]'));
    const last = list.lastElementChild;
    const have = list.querySelectorAll('[data-message-id]').length;
    for (let i = 0; i < 100 - have; i++) {
      const copy = template.cloneNode(true);
      copy.querySelectorAll('[data-message-id]').forEach((m) => {
        m.setAttribute('data-message-id', '#msg-f:17000000000000' + String(1000 + i));
        m.setAttribute('data-legacy-message-id', (0x18f0000000 + i).toString(16));
      });
      list.insertBefore(copy, last);
    }
  });
`;

/** Script time from navigation until two seconds after load, on a Gmail thread of 100 messages. */
async function gmailLongThread(): Promise<void> {
  const result: Record<string, number> = {};
  for (const withExtension of [false, true]) {
    const h = await startHarness({ withExtension });
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      let read: () => Promise<number> = async () => 0;
      const page = await h.openReplica('gmail', 'thread', {
        beforeLoad: async (p) => {
          read = await measured(p);
          await p.evaluateOnNewDocument(GROW_GMAIL_THREAD);
        },
      });
      if (withExtension) await page.waitForSelector('tact-overlay');
      await page.evaluate(() => new Promise((done) => setTimeout(done, 2000)));
      const count = await page.evaluate(() => document.querySelectorAll('div[role="main"] [data-message-id]').length);
      if (count < 100) throw new Error(`The long thread has ${count} messages`);
      runs.push(await read());
      await page.close();
    }
    runs.sort((a, b) => a - b);
    result[withExtension ? 'with' : 'without'] = runs[1]!;
    await h.close();
  }
  console.log(
    `  gmail/thread grown to 100 messages, load + 2 s idle: script ${ms(result.without!)} without Tact, ${ms(result.with!)} with (+${ms(result.with! - result.without!)})`,
  );
}

/**
 * Sizes, page costs and keystroke → hint painted (returned, page view → median ms, for the summary).
 * The Slack churn and the large Gmail thread at the sizes are in bench-large.ts.
 */
export async function benchContent(): Promise<{ keystrokeToHint: Record<string, number> }> {
  for (const size of contentScriptSizes()) {
    console.log(`  content script ${size.site}: ${kb(size.raw)} raw, ${kb(size.gzip)} gzip; emoji data inside: ${size.hasEmojiData ? 'YES (bad)' : 'no'}`);
  }
  const keystrokeToHint = await pageCosts();
  await gmailLongThread();
  return { keystrokeToHint };
}

if (import.meta.url === `file://${process.argv[1]}`) void benchContent();
