/**
 * The dashboard with 10,000 pending items in real Chromium: import time through the page, first
 * render on open, and frame times while scrolling.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { startHarness } from '../test/support/harness';
import type { PendingItem } from '../lib/store';

const DAY = 86_400_000;
const SITES = ['gmail', 'slack', 'google-chat', 'teams', 'discord', 'outlook'] as const;

function items(n: number, now: number): PendingItem[] {
  return Array.from({ length: n }, (_, i) => {
    const receivedAt = now - (i % 30) * DAY - i * 1000;
    const site = SITES[i % SITES.length]!;
    return {
      id: `${site}:conv-${i % 500}:msg-${i}`, site, conversationId: `conv-${i % 500}`, messageId: `msg-${i}`,
      author: { name: `Colleague ${i % 97}` }, snippet: `Could you look at item ${i} before the review?`,
      kind: 'request', urgent: i % 11 === 0, receivedAt, dueAt: receivedAt + DAY, status: 'pending', updatedAt: receivedAt,
    } satisfies PendingItem;
  });
}

/** What the summary prints of the dashboard run. */
export interface DashboardFigures {
  count: number;
  importMs: number;
  firstRenderMs: number;
  rows: number;
  frames: { median: number; p95: number; max: number };
}

export async function benchDashboard(count = 10_000): Promise<DashboardFigures> {
  const h = await startHarness();
  try {
    const now = Date.now();
    const file = join(mkdtempSync(join(tmpdir(), 'tact-bench-')), 'many.json');
    writeFileSync(file, JSON.stringify({ format: 'tact-backup', version: 1, exportedAt: now, items: items(count, now), decisions: [] }));
    const dash = await h.openExtensionPage('dashboard.html');
    await dash.waitForSelector('[data-tact="dashboard"][data-ready="true"]');
    const input = (await dash.$('input[data-tact="import"]')) as ElementHandle<HTMLInputElement>;
    const started = Date.now();
    await input.uploadFile(file);
    await dash.waitForSelector(`[data-tact="import-result"][data-added="${count}"]`, { timeout: 120_000 });
    const importMs = Date.now() - started;

    const open = Date.now();
    const page = await h.openExtensionPage('dashboard.html');
    await page.waitForSelector('[data-tact="pending-item"]', { timeout: 60_000 });
    const firstRender = Date.now() - open;
    const rows = await page.$$eval('[data-tact="pending-item"]', (els) => els.length);

    const frames = await page.evaluate(async () => {
      // The nearest scrolling ancestor of the rows (the virtual list's viewport).
      let box: Element = document.scrollingElement!;
      for (let e = document.querySelector('[data-tact="pending-item"]')!.parentElement; e; e = e.parentElement) {
        if (e.scrollHeight > e.clientHeight + 10) {
          box = e;
          break;
        }
      }
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 120; i++) {
        box.scrollTop += 400;
        await new Promise((done) => requestAnimationFrame(done));
        const t = performance.now();
        times.push(t - last);
        last = t;
      }
      times.sort((a, b) => a - b);
      return { median: times[60]!, p95: times[114]!, max: times[119]! };
    });
    console.log(`  import ${count.toLocaleString('en')} items through the page: ${importMs} ms`);
    console.log(`  dashboard first render with ${count.toLocaleString('en')} items: ${firstRender} ms (${rows} rows in the DOM)`);
    console.log(`  scrolling 120 frames: median ${frames.median.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms, max ${frames.max.toFixed(1)} ms per frame`);
    return { count, importMs, firstRenderMs: firstRender, rows, frames };
  } finally {
    await h.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void benchDashboard();
