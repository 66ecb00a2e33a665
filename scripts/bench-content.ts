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

/** Script time to load a replica and type a reply, with and without Tact; and keystroke → hint painted. */
async function pageCosts(): Promise<void> {
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
    console.log(`  ${spec.site}: last keystroke → hint painted, median ${ms(samples[2]!)} (includes the deliberate 350 ms typing pause)`);
    await page.close();
  }
  if (h.outbound.length) console.log(`  WARNING: outbound requests ${JSON.stringify(h.outbound)}`);
  await h.close();
}

/**
 * A Slack channel scrolled through a few thousand messages: the virtual list swaps its rows 60 times
 * (50 rows each, 3,000 messages, some of them requests), as Slack does while scrolling. Measures the
 * script time and long tasks of the churn with and without Tact.
 */
async function slackChurn(): Promise<void> {
  const results: Record<string, { script: number; longTasks: number }> = {};
  for (const withExtension of [false, true]) {
    const h = await startHarness({ withExtension });
    let read: () => Promise<number> = async () => 0;
    const page = await h.openReplica('slack', 'channel', { beforeLoad: async (p) => void (read = await measured(p)) });
    await page.waitForFunction(() => typeof window.__replica === 'object');
    if (withExtension) await page.waitForSelector('tact-overlay');
    const before = await read();
    const longTasks = await page.evaluate(async () => {
      let count = 0;
      new PerformanceObserver((list) => (count += list.getEntries().length)).observe({ type: 'longtask' });
      const template = document.querySelector('[data-qa="message_container"]')!.closest('[data-qa="virtual-list-item"]')!;
      const list = template.parentElement!;
      const texts = [
        'Can you review the rollout plan before 3pm?',
        'Deploy went fine, metrics look normal.',
        'Thanks!',
        'Could you send me the numbers for Q3 by tomorrow?',
        'FYI the office is closed on Friday.',
      ];
      const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      for (let batch = 0; batch < 60; batch++) {
        list.querySelectorAll(':scope > [data-qa="virtual-list-item"]').forEach((row) => row.remove());
        for (let i = 0; i < 50; i++) {
          const row = template.cloneNode(true) as HTMLElement;
          const ts = `${1788000000 + batch * 50 + i}.000100`;
          row.id = ts;
          row.setAttribute('data-item-key', ts);
          row.querySelectorAll('[data-msg-ts]').forEach((el) => el.setAttribute('data-msg-ts', ts));
          row.querySelectorAll('[data-ts]').forEach((el) => el.setAttribute('data-ts', ts));
          const text = row.querySelector('[data-qa="message-text"]');
          if (text) text.textContent = texts[(batch + i) % texts.length]!;
          list.append(row);
        }
        await frame();
      }
      await new Promise((done) => setTimeout(done, 1500));
      return count;
    });
    results[withExtension ? 'with' : 'without'] = { script: (await read()) - before, longTasks };
    await h.close();
  }
  const w = results.with!;
  const wo = results.without!;
  console.log(
    `  slack/channel, 3,000 messages churned through the virtual list: script ${ms(wo.script)} without Tact, ${ms(w.script)} with (+${ms(w.script - wo.script)}); long tasks ${wo.longTasks} without, ${w.longTasks} with`,
  );
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

export async function benchContent(): Promise<void> {
  for (const size of contentScriptSizes()) {
    console.log(`  content script ${size.site}: ${kb(size.raw)} raw, ${kb(size.gzip)} gzip; emoji data inside: ${size.hasEmojiData ? 'YES (bad)' : 'no'}`);
  }
  await pageCosts();
  await gmailLongThread();
  await slackChurn();
}

if (import.meta.url === `file://${process.argv[1]}`) void benchContent();
