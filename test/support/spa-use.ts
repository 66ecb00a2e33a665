import type { Page } from 'puppeteer-core';

/**
 * A person using a single-page replica (one that exposes `window.__replicaNav`), step by step: going
 * somewhere, writing and clearing drafts, receiving messages, scrolling. Shared by the memory
 * benchmark and the memory e2e test, so both measure the same use.
 */

/** What a person writes, one draft each: thanks, requests, a sensitive line, small talk. */
export const DRAFTS = ['thanks!', 'Can you check the numbers?', 'ok sounds good', 'Sorry to hear you are sick, take care', 'got it 👍'];

/** The n-th navigation of a visit: the replica's places in turn. */
export async function navigate(page: Page, n: number): Promise<string> {
  return page.evaluate((i) => {
    const places = window.__replicaNav.places();
    const place = places[i % places.length]!;
    window.__replicaNav.go(place);
    return place;
  }, n);
}

/** Clicks into the first visible composer (scrolled into view), or says there is none. */
export async function focusComposer(page: Page, selector: string): Promise<boolean> {
  const point = await page.evaluate((sel) => {
    const editor = Array.from(document.querySelectorAll(sel)).find((el) => el.getClientRects().length > 0);
    if (!editor) return null;
    editor.scrollIntoView({ block: 'center' });
    const rect = editor.getBoundingClientRect();
    return { x: rect.left + Math.min(24, rect.width / 2), y: rect.top + Math.min(10, rect.height / 2) };
  }, selector);
  if (!point) return false;
  await page.mouse.click(point.x, point.y);
  return true;
}

/** Empties the focused draft as a person does: select all, delete. */
export async function clearFocused(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
}

/** Writes and clears `count` drafts in the composer; returns false when the view has none. */
export async function writeAndClear(page: Page, selector: string, count: number, offset = 0): Promise<boolean> {
  if (!(await focusComposer(page, selector))) return false;
  for (let i = 0; i < count; i++) {
    await page.keyboard.type(DRAFTS[(offset + i) % DRAFTS.length]!);
    await clearFocused(page);
  }
  return true;
}

/** Messages arriving in the open conversation, where the replica can receive them. */
export async function receive(page: Page, count: number, offset = 0): Promise<void> {
  await page.evaluate(
    (n, start) => {
      const texts = ['Can you send me the deck before 3pm?', 'Deploy is done.', 'I have a doctor appointment, back at 2.', 'Thanks all!'];
      for (let i = 0; i < n; i++) window.__replica.receive?.(texts[(start + i) % texts.length]!, 'U0ALICE');
    },
    count,
    offset,
  );
}

/** Scrolls the conversation up by `steps` screens, a frame each, then back to where it was. */
export async function scrollAround(page: Page, steps: number, px = 600): Promise<void> {
  await page.evaluate(
    async (n, step) => {
      const box = window.__replicaNav.scroller();
      const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      const start = box.scrollTop;
      for (let i = 0; i < n; i++) {
        box.scrollTop -= step;
        await frame();
      }
      box.scrollTop = start;
      await frame();
    },
    steps,
    px,
  );
}

/** Writes a draft and sends it with the site's keys (Enter, or Ctrl+Enter where Enter is a new line). */
export async function writeAndSend(page: Page, selector: string, text: string, withCtrl: boolean): Promise<boolean> {
  if (!(await focusComposer(page, selector))) return false;
  await page.keyboard.type(text);
  if (withCtrl) await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  if (withCtrl) await page.keyboard.up('Control');
  return true;
}
