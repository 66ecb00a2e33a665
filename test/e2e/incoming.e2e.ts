import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startHarness, tact, waitForHook, type Harness } from '../support/harness';

/**
 * What Tact does with messages as they arrive, on the Slack DM replica: a quiet marker by a message
 * about a sensitive matter, and one "take it to a call" hint when a thread turns into a rapid back-and-forth.
 */
describe('incoming messages on slack/thread', () => {
  let h: Harness;
  let page: Page;
  const receive = (text: string, from: string) => page.evaluate((t, f) => window.__replica.receive!(t, f), text, from);

  beforeAll(async () => {
    h = await startHarness();
    page = await h.openReplica('slack', 'thread');
    await page.waitForFunction(() => typeof window.__replica?.receive === 'function');
    await page.waitForSelector('tact-overlay');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('marks a message about an HR complaint, quietly, by that message', async () => {
    expect(await page.$(tact('incoming-marker'))).toBeNull();
    const id = await receive('HR opened an investigation into the harassment complaint against Tom. Can we talk tomorrow?', 'U0ALICE');
    const marker = await waitForHook(page, 'incoming-marker');
    expect((await marker!.evaluate((el) => el.getAttribute('data-topic')))!.split(' ')).toContain('legal');
    expect(await marker!.evaluate((el) => el.getAttribute('aria-label'))).toMatch(/harassment|investigation|complaint/i);
    // Beside the message it is about: the marker's top sits within that message's row.
    const inside = await page.evaluate(
      (ts, sel) => {
        const row = document.getElementById(ts)!.getBoundingClientRect();
        const dot = document.querySelector('tact-overlay')!.shadowRoot!.querySelector(sel)!.getBoundingClientRect();
        return dot.top >= row.top - 1 && dot.top <= row.bottom;
      },
      id,
      '[data-tact="incoming-marker"]',
    );
    expect(inside).toBe(true);
    expect(await page.$$(tact('incoming-marker'))).toHaveLength(1);
  });

  it('suggests a call once when the conversation becomes a rapid back-and-forth', async () => {
    const lines: [string, string][] = [
      ['Wait, which build are you testing?', 'U0ALICE'],
      ['The 4.2 one. Which one did you ship?', 'U0ME'],
      ['4.2-rc3. Did you clear the cache?', 'U0ALICE'],
      ['Yes. Are you on staging or prod?', 'U0ME'],
      ['Staging. Can you send me the log?', 'U0ALICE'],
      ['Sent. Do you see the 502s?', 'U0ME'],
      ['Only some. Is the flag on for you?', 'U0ALICE'],
      ['I think so? Can you check the config?', 'U0ME'],
      ['Which config, the old one or the new one?', 'U0ALICE'],
      ['The new one. Did you pull this morning?', 'U0ME'],
    ];
    for (const [text, from] of lines) await receive(text, from);
    const hint = await waitForHook(page, 'thread-heat');
    expect(await hint!.evaluate((el) => el.getAttribute('data-reason'))).toBe('rapid-back-and-forth');
    await page.click(tact('dismiss'));
    await waitForHook(page, 'thread-heat', { hidden: true });
    await receive('And did you restart the workers?', 'U0ALICE');
    await receive('Yes, twice. Are you sure?', 'U0ME');
    // A sensitive message after them: once its marker shows, Tact has read the newer messages too.
    await receive('Separately: the layoffs list for your team is due Friday, can we talk?', 'U0ALICE');
    await page.waitForFunction(
      (sel) => document.querySelector('tact-overlay')!.shadowRoot!.querySelectorAll(sel).length === 2,
      {},
      '[data-tact="incoming-marker"]',
    );
    // Said once per conversation: more of the same does not bring it back.
    expect(await page.$(tact('thread-heat'))).toBeNull();
  });

  it('threw no page error and sent nothing anywhere', () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.outbound).toEqual([]);
  });
});
