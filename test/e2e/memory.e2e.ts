import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startHarness, waitForHook, type Harness } from '../support/harness';
import { memoryProbe, type MemoryProbe, type MemorySample } from '../support/memory-probe';
import { focusComposer, navigate, receive, scrollAround, writeAndClear } from '../support/spa-use';

/**
 * The page-wide listener count may differ by this much between two samples taken in the same view:
 * nothing in the replicas or in Tact is expected to differ (both runs showed exactly equal counts),
 * and a leak of even one listener every 20 navigations would exceed it over the 80 between samples.
 * Tact's own listeners and observers must be exactly equal.
 */
const PAGE_LISTENER_TOLERANCE = 3;

interface SpaSpec {
  site: string;
  view: string;
  composer: string;
  /** Whether the replica can receive messages in the open conversation. */
  receives: boolean;
}

const SITES: SpaSpec[] = [
  { site: 'slack', view: 'large', composer: '[data-qa="message_input"] .ql-editor', receives: true },
  { site: 'gmail', view: 'large', composer: 'div[g_editable="true"][role="textbox"]', receives: false },
];

/**
 * Tact on a single-page app over a long visit: 100 navigations (history.pushState, a new message list
 * and a new composer each time), with drafts written and cleared, messages arriving and scrolling in
 * between. After forced garbage collection, nothing of Tact's grows with the number of navigations.
 */
describe.each(SITES)('$site/$view: 100 single-page navigations', (spec) => {
  let h: Harness;
  let page: Page;
  let probe: MemoryProbe;

  const use = async (n: number) => {
    await navigate(page, n);
    await writeAndClear(page, spec.composer, 2, n);
    if (spec.receives) await receive(page, 1, n);
    await scrollAround(page, 2);
  };

  beforeAll(async () => {
    h = await startHarness();
    page = await h.openReplica(spec.site, spec.view);
    await page.waitForFunction(() => typeof window.__replicaNav === 'object');
    await page.waitForSelector('tact-overlay');
    probe = await memoryProbe(page, h.extensionId);
  });
  afterAll(async () => {
    await probe?.close();
    await h?.close();
  });

  it('keeps its listeners and observers constant, one overlay, and still hints afterwards', { timeout: 300_000 }, async () => {
    let after20: MemorySample | undefined;
    for (let n = 1; n <= 100; n++) {
      await use(n);
      if (n === 20) after20 = await probe.sample();
    }
    const after100 = await probe.sample();

    // Tact is running in this page: it has an observer and listeners to count.
    expect(after20!.tactObservers).toBeGreaterThan(0);
    expect(after20!.tactListeners).toBeGreaterThan(0);
    expect(after100.tactObservers).toBe(after20!.tactObservers);
    expect(after100.tactListeners).toBe(after20!.tactListeners);
    expect(Math.abs(after100.jsEventListeners - after20!.jsEventListeners)).toBeLessThanOrEqual(PAGE_LISTENER_TOLERANCE);
    expect(after100.documents).toBe(after20!.documents);
    expect(await page.evaluate(() => document.querySelectorAll('tact-overlay').length)).toBe(1);

    // One more navigation to a view with a composer, and Tact still answers a draft.
    let n = 101;
    while (!(await focusComposer(page, spec.composer))) await navigate(page, n++);
    await page.keyboard.type('thanks!');
    expect(await waitForHook(page, 'ack-hint')).not.toBeNull();

    expect(h.pageErrors).toEqual([]);
    expect(h.outbound).toEqual([]);
  });
});
