import type { ElementHandle } from 'puppeteer-core';

/**
 * Clicks a button inside the emoji-picker frame a task later. Puppeteer's mouse click on an element
 * of an out-of-process frame first waits for it to scroll into view, which can wait forever there;
 * and the pick removes the frame, which on a busy machine can happen before this call's answer
 * comes back ("Target closed"). The click was scheduled then: the caller's checks say whether it landed.
 */
export async function pickLater(button: ElementHandle<HTMLElement>): Promise<void> {
  await button.evaluate((b) => void setTimeout(() => b.click(), 0)).catch((error: unknown) => {
    if (!/Target closed/i.test(String(error))) throw error;
  });
}
