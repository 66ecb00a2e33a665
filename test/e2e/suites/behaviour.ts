import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { startHarness, tact, type Harness, waitForHook } from '../../support/harness';
import type { ReplicaApi } from './adapter';

declare global {
  interface Window {
    __replica: ReplicaApi;
  }
}

export interface BehaviourSpec {
  site: string;
  view: string;
  /** The editor a person clicks into (CSS, in the page). */
  composer: string;
  /** Index of that composer for window.__replica.draftText. */
  composerIndex?: number;
  /** The message the draft answers, as the replica's reactionsOf() knows it. */
  targetMessageId: string;
  /** Whether the site can react to it through its UI. */
  canReact: boolean;
  /** The site offers a fixed set of reactions (Outlook), so no emoji picker. */
  fixedReactions?: boolean;
}

/** One behaviour suite, run on every site replica with the built extension doing the work. */
export function runBehaviourSuite(spec: BehaviourSpec): void {
  describe(`${spec.site}/${spec.view}: Tact in the page`, () => {
    let h: Harness;
    let page: Page;
    const idx = spec.composerIndex ?? 0;
    const draft = () => page.evaluate((i) => window.__replica.draftText(i), idx);
    const reactions = () => page.evaluate((id) => window.__replica.reactionsOf(id), spec.targetMessageId);

    beforeAll(async () => {
      h = await startHarness();
      page = await h.openReplica(spec.site, spec.view);
      await page.waitForFunction(() => typeof window.__replica === 'object');
      await page.waitForSelector('tact-overlay');
    });
    afterAll(async () => {
      await h?.close();
    });

    const typeFresh = async (text: string) => {
      await clearDraft(page, spec.composer, idx);
      await page.keyboard.type(text);
    };

    it('shows the acknowledgement hint for "Got it, thanks!" without moving the page', async () => {
      await typeFresh('Got it, thanks!');
      const hint = await waitForHook(page, 'ack-hint');
      const buttons = await hint!.$$('[data-tact="reaction"]');
      expect(buttons.length).toBeGreaterThanOrEqual(3);
      const emoji = await Promise.all(buttons.map((b) => b.evaluate((el) => el.getAttribute('data-emoji'))));
      // Thanks: 🙏 where any emoji works; on a site with fixed reactions, the closest it has.
      expect(emoji[0]).toBe(spec.fixedReactions ? '❤️' : '🙏');
      expect((await hint!.$('[data-tact="more-reactions"]')) !== null).toBe(!spec.fixedReactions);
      expect(await hint!.$('[data-tact="dismiss"]')).not.toBeNull();
      // The same draft with and without the hint: showing it moved nothing of the site.
      const withHint = await layoutSignature(page);
      await page.keyboard.press('Escape');
      await waitForHook(page, 'ack-hint', { hidden: true });
      expect(await layoutSignature(page)).toEqual(withHint);
      await page.keyboard.type(' ');
      await page.keyboard.press('Backspace');
      await waitForHook(page, 'ack-hint');
    });

    it('hides it as soon as the draft says more', async () => {
      await page.keyboard.type(' Can we move the review to Monday?');
      await waitForHook(page, 'ack-hint', { hidden: true });
      expect(await page.$(tact('ack-hint'))).toBeNull();
    });

    it(spec.canReact ? 'reacts in one click, clears the draft, and undoes both' : 'falls back to the emoji in the draft', async () => {
      await typeFresh('thanks!');
      await waitForHook(page, 'ack-hint');
      const first = (await page.$(tact('reaction'))) as ElementHandle<Element>;
      const emoji = await first.evaluate((el) => el.getAttribute('data-emoji')!);
      await first.click();
      if (!spec.canReact) {
        await waitForHook(page, 'note');
        expect(await draft()).toBe(emoji);
        return;
      }
      await waitForHook(page, 'undo');
      expect(await reactions()).toContain(emoji);
      expect(await draft()).toBe('');
      await page.click(tact('undo'));
      await page.waitForFunction((i) => window.__replica.draftText(i) === 'thanks!', {}, idx);
      expect(await reactions()).not.toContain(emoji);
    });

    it('keeps the hint reachable by keyboard: Escape hides it', async () => {
      await typeFresh('sounds good');
      await waitForHook(page, 'ack-hint');
      await page.keyboard.press('Escape');
      await waitForHook(page, 'ack-hint', { hidden: true });
      expect(await draft()).toBe('sounds good');
    });

    it('suggests a call for a sensitive draft, quoting the words', async () => {
      await typeFresh('Before Friday I need to tell Sam his performance review is bad and we are putting him on a PIP.');
      const hint = await waitForHook(page, 'sensitive-hint');
      const topics = await hint!.evaluate((el) => el.getAttribute('data-topic'));
      expect(topics!.split(' ')).toContain('performance');
      const evidence = await hint!.$eval('[data-tact="evidence"]', (el) => el.textContent ?? '');
      expect(evidence.toLowerCase()).toMatch(/performance review|pip/);
      await page.click(tact('suggest-call'));
      await waitForHook(page, 'sensitive-hint', { hidden: true });
      const text = await draft();
      expect(text.startsWith('Before Friday I need to tell Sam')).toBe(true);
      expect(text.length).toBeGreaterThan('Before Friday I need to tell Sam his performance review is bad and we are putting him on a PIP.'.length + 10);
    });

    it('threw no page error and sent nothing anywhere', () => {
      expect(h.pageErrors).toEqual([]);
      expect(h.outbound).toEqual([]);
    });
  });
}

/**
 * Clicks into the composer and empties it the way a person does: select all and delete, and where the
 * editor keeps parts that cannot be selected with the draft (Outlook's signature and history), delete
 * the draft character by character from its start.
 */
export async function clearDraft(page: Page, composer: string, index = 0): Promise<void> {
  // The first visible match: sites keep hidden composers of cached views around.
  const handle = await page.waitForFunction(
    (sel) =>
      Array.from(document.querySelectorAll(sel)).find((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'),
    {},
    composer,
  );
  const el = handle.asElement() as ElementHandle<Element>;
  await el.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  // Where a person starts a reply: the first line (mail editors hold signatures and history below).
  await el.click({ offset: { x: 24, y: 10 } });
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  const left = await page.evaluate((i) => {
    const text = window.__replica?.draftText(i) ?? '';
    return [...new Intl.Segmenter().segment(text)].length;
  }, index);
  if (left === 0) return;
  await page.keyboard.down('Control');
  await page.keyboard.press('Home');
  await page.keyboard.up('Control');
  for (let n = 0; n < left; n++) await page.keyboard.press('Delete');
}

/** Positions and sizes of the site's own elements (not Tact's): any layout shift changes it. */
export function layoutSignature(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const all = document.body.querySelectorAll('*');
    for (let i = 0; i < all.length && i < 3000; i++) {
      const el = all[i]!;
      if (el.closest('tact-overlay') || el.matches('[contenteditable="true"], [contenteditable="true"] *')) continue;
      const r = el.getBoundingClientRect();
      parts.push(`${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)},${Math.round(r.height)}`);
    }
    return parts.join(';');
  });
}
