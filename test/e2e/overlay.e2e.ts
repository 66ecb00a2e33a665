import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { startHarness, tact, type Harness, waitForHook } from '../support/harness';
import { pickLater } from '../support/pick';
import { clearDraft } from './suites/behaviour';
import { BEHAVIOUR_SITES } from './sites';

const slack = BEHAVIOUR_SITES.find((s) => s.site === 'slack')!;

/** The overlay's finer points, on the Slack replica (Quill): the emoji picker, the keyboard, moving on. */
describe('overlay details on slack/thread', () => {
  let h: Harness;
  let page: Page;
  const idx = slack.composerIndex ?? 0;
  const draft = () => page.evaluate((i) => window.__replica.draftText(i), idx);
  const reactions = () => page.evaluate((id) => window.__replica.reactionsOf(id), slack.targetMessageId);
  const typeFresh = async (text: string) => {
    await clearDraft(page, slack.composer, idx);
    await page.keyboard.type(text);
  };

  beforeAll(async () => {
    h = await startHarness();
    page = await h.openReplica(slack.site, slack.view);
    await page.waitForFunction(() => typeof window.__replica === 'object');
    await page.waitForSelector('tact-overlay');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('"more" opens the emoji-mart picker from the extension, and a pick reacts with it', async () => {
    await typeFresh('thank you!!');
    await waitForHook(page, 'ack-hint');
    await page.click(tact('more-reactions'));
    const frameHandle = await waitForHook(page, 'emoji-picker');
    const src = await frameHandle!.evaluate((el) => (el as HTMLIFrameElement).src);
    expect(src).toBe(`chrome-extension://${h.extensionId}/picker.html`);
    // The picker is an out-of-process frame (extension origin): find it by its address, with a deadline.
    const frame: Frame = await page.waitForFrame((f) => f.url() === src, { timeout: 15_000 });
    // emoji-mart renders in its own shadow root: look frame by frame, not on document mutations.
    // 😂 is in its default "frequently used" row, so no search (and no typing into the frame) is needed.
    const inPicker = (selector: string) =>
      frame.waitForFunction((sel) => document.querySelector('em-emoji-picker')?.shadowRoot?.querySelector(sel), { polling: 'raf', timeout: 15_000 }, selector);
    const laugh = (await inPicker('button[aria-label="😂"]')).asElement() as ElementHandle<HTMLElement>;
    await pickLater(laugh);
    await waitForHook(page, 'undo');
    expect(await page.$(tact('emoji-picker'))).toBeNull();
    expect(await reactions()).toContain('😂');
    expect(await draft()).toBe('');
    await page.click(tact('undo'));
    await page.waitForFunction((i) => window.__replica.draftText(i) === 'thank you!!', {}, idx);
    expect(await reactions()).not.toContain('😂');
  });

  it('Alt+Enter reacts with the top suggestion without leaving the keyboard', async () => {
    await typeFresh('lgtm');
    const hint = await waitForHook(page, 'ack-hint');
    const top = await hint!.$eval('[data-tact="reaction"]', (el) => el.getAttribute('data-emoji')!);
    await page.keyboard.down('Alt');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Alt');
    await waitForHook(page, 'undo');
    expect(await reactions()).toContain(top);
    expect(await draft()).toBe('');
    expect(await page.evaluate(() => window.__replica.sentMessages())).not.toContain('lgtm');
    await page.click(tact('undo'));
    await page.waitForFunction((i) => window.__replica.draftText(i) === 'lgtm', {}, idx);
  });

  it('typing again after a reaction retires the undo offer and judges the new draft', async () => {
    await typeFresh('got it');
    await waitForHook(page, 'ack-hint');
    await page.click(tact('reaction'));
    await waitForHook(page, 'undo');
    await page.keyboard.type('We have to discuss the layoffs in your team before the all-hands.');
    await waitForHook(page, 'undo', { hidden: true });
    const hint = await waitForHook(page, 'sensitive-hint');
    expect((await hint!.evaluate((el) => el.getAttribute('data-topic')))!.split(' ')).toContain('termination');
  });

  it('keeps keyboard focus on a hint button while the page scrolls and the card follows the composer', async () => {
    await typeFresh('thanks a lot');
    const hint = await waitForHook(page, 'ack-hint');
    const cardTop = () => hint!.evaluate((el) => Math.round(el.getBoundingClientRect().top));
    const before = await cardTop();
    // Focus the second reaction, as a keyboard user tabbing into the card would, and tag that very node.
    await hint!.$eval('[data-tact="reaction"]:nth-of-type(2)', (el) => {
      (el as HTMLElement).focus();
      (el as HTMLElement & { tactProbe?: boolean }).tactProbe = true;
    });
    // The composer moves (the page above it grows) and the page reports a scroll: the card is redrawn in place.
    await page.evaluate(() => {
      document.body.style.paddingTop = '60px';
      window.dispatchEvent(new Event('scroll'));
    });
    await hint!.evaluate((el, top) => new Promise<void>((done) => {
      const check = () => (Math.round(el.getBoundingClientRect().top) !== top ? done() : requestAnimationFrame(check));
      check();
    }), before);
    expect(await cardTop()).not.toBe(before);
    const focused = await page.evaluate(() => {
      const active = document.querySelector('tact-overlay')!.shadowRoot!.activeElement as (HTMLElement & { tactProbe?: boolean }) | null;
      return { hook: active?.dataset.tact, probe: active?.tactProbe === true };
    });
    expect(focused).toEqual({ hook: 'reaction', probe: true });
    await page.evaluate(() => {
      document.body.style.paddingTop = '';
      window.dispatchEvent(new Event('scroll'));
    });
  });

  it('leaves no Tact markup in the editor and no page error', async () => {
    const leaked = await page.evaluate(() => document.querySelectorAll('.ql-editor [data-tact], .ql-editor tact-overlay').length);
    expect(leaked).toBe(0);
    expect(h.pageErrors).toEqual([]);
    expect(h.outbound).toEqual([]);
  });
});
