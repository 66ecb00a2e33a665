import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startHarness, waitForHook, type Harness } from '../support/harness';
import { clearDraft } from './suites/behaviour';
import { BEHAVIOUR_SITES } from './sites';

const slack = BEHAVIOUR_SITES.find((s) => s.site === 'slack')!;
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

/**
 * Page content is untrusted: messages carrying markup, script, bidi overrides and enormous text are
 * shown as text everywhere Tact shows them (overlay, dashboard), and never break Tact or the page.
 */
describe('hostile messages on slack/thread', () => {
  let h: Harness;
  let page: Page;
  const receive = (text: string) => page.evaluate((t) => window.__replica.receive!(t, 'U0ALICE'), text);

  beforeAll(async () => {
    h = await startHarness();
    page = await h.openReplica(slack.site, slack.view);
    await page.waitForFunction(() => typeof window.__replica?.receive === 'function');
    await page.waitForSelector('tact-overlay');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('marks a sensitive message full of markup as text, running none of it', async () => {
    await receive(`${PAYLOAD} The harassment complaint \u202Eevil\u202C is with HR now. Can you call me about it today?`);
    const marker = await waitForHook(page, 'incoming-marker');
    const label = await marker!.evaluate((el) => el.getAttribute('aria-label'));
    expect(label).toMatch(/harassment|complaint/);
    const overlay = await page.evaluate(() => {
      const root = document.querySelector('tact-overlay')!.shadowRoot!;
      return { injected: root.querySelectorAll('img, script, iframe:not([data-tact])').length, pwned: (window as { __pwned?: number }).__pwned ?? null };
    });
    expect(overlay).toEqual({ injected: 0, pwned: null });
  });

  it('keeps working next to an enormous message', async () => {
    await receive(`${'word '.repeat(200_000)}can you review this?`);
    await clearDraft(page, slack.composer, slack.composerIndex);
    await page.keyboard.type('thanks!');
    expect(await waitForHook(page, 'ack-hint')).not.toBeNull();
  });

  it('shows the hostile request on the dashboard as plain text', async () => {
    const dash = await h.openExtensionPage('dashboard.html');
    await dash.waitForFunction(
      () => Array.from(document.querySelectorAll('[data-tact="pending-item"]')).some((row) => row.textContent?.includes('harassment')),
      { polling: 'raf' },
    );
    const rows = await dash.$$eval('[data-tact="pending-item"]', (els) =>
      els.filter((row) => row.textContent?.includes('harassment')).map((row) => ({ text: row.textContent ?? '', injected: row.querySelectorAll('img, script').length })),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.injected).toBe(0);
    // Snippets are cut to 140 characters; the markup shows as the characters it is.
    expect(rows[0]!.text).toContain('<img src=x');
    expect(await dash.evaluate(() => (window as { __pwned?: number }).__pwned ?? null)).toBeNull();
    await dash.close();
  });

  it('threw no page error and sent nothing anywhere', () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.outbound).toEqual([]);
  });
});
