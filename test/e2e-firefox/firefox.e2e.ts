import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { findFirefox } from '../support/find-firefox';
import { startFirefoxHarness, type FirefoxHarness } from '../support/firefox-harness';
import { tact, waitForHook } from '../support/harness';
import { clearDraft } from '../e2e/suites/behaviour';
import { BEHAVIOUR_SITES } from '../e2e/sites';

const firefoxPath = findFirefox();
const SENSITIVE = 'Before Friday I need to tell Sam his performance review is bad and we are putting him on a PIP.';

/**
 * The Firefox build (MV2, `browser.*`, a background page instead of a service worker) in a real Firefox:
 * the content script reads the replica's editor, judges the draft and acts through the site's own UI.
 */
describe.skipIf(!firefoxPath)('Tact in Firefox (skipped: no firefox-esr/firefox installed; set FIREFOX_PATH)', () => {
  // Every site's behaviour view: Quill (Slack), Slate (Discord) and CKEditor 5 (Teams) included.
  for (const spec of BEHAVIOUR_SITES) {

    describe(`${spec.site}/${spec.view}`, () => {
      let h: FirefoxHarness;
      let page: Page;
      const idx = spec.composerIndex ?? 0;
      const draft = () => page.evaluate((i) => window.__replica.draftText(i), idx);
      const typeFresh = async (text: string) => {
        await clearDraft(page, spec.composer, idx);
        await page.keyboard.type(text);
      };

      beforeAll(async () => {
        h = await startFirefoxHarness();
        page = await h.openReplica(spec.site, spec.view);
        await page.waitForFunction(() => typeof window.__replica === 'object');
        await page.waitForSelector('tact-overlay');
      });
      afterAll(async () => {
        await h?.close();
      });

      it('installed as a temporary add-on, which opened its onboarding page', () => {
        expect(h.extensionId).toBe('tact@tact.example');
        expect(h.onboardingOpened).toBe(true);
      });

      it('shows the acknowledgement hint for "Got it, thanks!", 🙏 first', async () => {
        await typeFresh('Got it, thanks!');
        const hint = await waitForHook(page, 'ack-hint');
        const emoji = await hint!.$$eval('[data-tact="reaction"]', (els) => els.map((el) => el.getAttribute('data-emoji')));
        expect(emoji.length).toBeGreaterThanOrEqual(3);
        // Thanks: 🙏 where any emoji works; on a site with fixed reactions (Outlook), the closest it has.
        expect(emoji[0]).toBe(spec.fixedReactions ? '❤️' : '🙏');
      });

      it('withdraws it once the draft is a real reply', async () => {
        await page.keyboard.type(' Can we move the review to Monday? I have a clash at 10.');
        await waitForHook(page, 'ack-hint', { hidden: true });
        expect(await page.$(tact('ack-hint'))).toBeNull();
        expect(await draft()).toBe('Got it, thanks! Can we move the review to Monday? I have a clash at 10.');
      });

      it('reacts through the site’s reaction UI in one click and clears the draft', async () => {
        const reactions = () => page.evaluate((id) => window.__replica.reactionsOf(id), spec.targetMessageId);
        await typeFresh('thanks!');
        await waitForHook(page, 'ack-hint');
        const first = (await page.$(tact('reaction'))) as ElementHandle<Element>;
        const emoji = await first.evaluate((el) => el.getAttribute('data-emoji')!);
        expect(await reactions()).not.toContain(emoji);
        await first.click();
        await waitForHook(page, 'undo');
        expect(await reactions()).toContain(emoji);
        expect(await draft()).toBe('');
      });

      it('suggests a call for a sensitive draft, quoting the words', async () => {
        await typeFresh(SENSITIVE);
        const hint = await waitForHook(page, 'sensitive-hint');
        expect((await hint!.evaluate((el) => el.getAttribute('data-topic')))!.split(' ')).toContain('performance');
        const evidence = await hint!.$eval('[data-tact="evidence"]', (el) => el.textContent ?? '');
        expect(evidence.toLowerCase()).toMatch(/performance review|pip/);
      });

      it('threw no page error and sent nothing anywhere, Firefox included', () => {
        expect(h.pageErrors).toEqual([]);
        expect(h.outbound).toEqual([]);
      });
    });
  }
});
