import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/harness';

describe('foundation: the built extension in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('mounts one <tact-overlay> with an open shadow root on a supported site', async () => {
    const page = await h.openReplica('gmail', 'thread');
    await page.waitForSelector('tact-overlay');
    const overlay = await page.evaluate(() => {
      const hosts = document.querySelectorAll('tact-overlay');
      const host = hosts[0]!;
      const rect = host.getBoundingClientRect();
      return {
        count: hosts.length,
        open: host.shadowRoot !== null,
        layer: host.shadowRoot?.querySelector('[data-tact="layer"]') !== null,
        position: getComputedStyle(host).position,
        size: [rect.width, rect.height],
      };
    });
    expect(overlay).toEqual({ count: 1, open: true, layer: true, position: 'fixed', size: [0, 0] });
    expect(h.pageErrors).toEqual([]);
    await page.close();
  });

  it('does nothing on a site it does not support', async () => {
    const page = await h.openReplica('unsupported', 'home');
    // The content script is not even injected: no match pattern covers this host.
    const injected = await page.evaluate(() => document.querySelector('tact-overlay') !== null);
    expect(injected).toBe(false);
    await page.close();
  });

  it('opens its extension pages without errors', async () => {
    for (const path of ['popup.html', 'dashboard.html', 'options.html']) {
      const page = await h.openExtensionPage(path);
      await page.waitForSelector('main h1');
      expect(await page.$eval('main h1', (el) => el.textContent)).toMatch(/Tact|Pending/);
      await page.close();
    }
    expect(h.pageErrors).toEqual([]);
  });

  it('made no outbound request', () => {
    expect(h.outbound).toEqual([]);
  });
});
