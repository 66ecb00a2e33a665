import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { startHarness, tact, type Harness, waitForHook } from '../support/harness';
import { analyzeMessage } from '../../lib/judge';

/**
 * Settings end to end: the options page changes what Tact does in an open site without a reload,
 * team policy locks a field, the onboarding practice composer shows hints, and the pages pass axe.
 * The site is the Gmail replica (SETTINGS_SITE/VIEW/COMPOSER below: any replica with a composer works).
 */
const SETTINGS_SITE = 'gmail';
const SETTINGS_VIEW = 'thread';
const SETTINGS_COMPOSER = 'div[g_editable="true"][role="textbox"]';

/** A phrase no lexicon knows; the test checks that before relying on it. */
const CUSTOM_PHRASE = 'banana protocol engaged';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('settings, team rules and first run', () => {
  let h: Harness;
  let site: Page;
  let options: Page;
  /** Requests from extension pages to anywhere but the extension: there must be none. */
  const leaks: string[] = [];

  const watchLeaks = (page: Page) =>
    page.on('request', (request) => {
      const url = request.url();
      if (!/^(chrome-extension|data|blob):/.test(url)) leaks.push(url);
    });
  const openPage = async (path: string) => {
    const page = await h.openExtensionPage(path);
    watchLeaks(page);
    return page;
  };
  const worker = async () => (await (await h.serviceWorker()).worker())!;
  const setTeamPolicy = async (policy: Record<string, unknown> | null) => {
    const w = await worker();
    await w.evaluate(async (p) => {
      if (p) await chrome.storage.local.set({ teamPolicy: p });
      else await chrome.storage.local.remove('teamPolicy');
    }, policy);
  };

  /** Types a fresh draft into the site's composer. */
  const typeDraft = async (text: string) => {
    await site.bringToFront();
    await site.click(SETTINGS_COMPOSER);
    await site.keyboard.down('Control');
    await site.keyboard.press('a');
    await site.keyboard.up('Control');
    await site.keyboard.press('Backspace');
    await site.keyboard.type(text);
  };
  /**
   * Settings reach the content script through a storage event, a moment after the options page saved
   * them. The hint is decided on input, so nudge the draft (type and erase a space) until the hint
   * shows or hides: a wait on a condition, not a sleep.
   */
  const nudgeUntil = async (selector: string, state: 'visible' | 'hidden') => {
    for (let attempt = 0; ; attempt++) {
      await site.bringToFront();
      await site.keyboard.type(' ');
      await site.keyboard.press('Backspace');
      const done = await site
        .waitForSelector(selector, { [state]: true, timeout: 1000 })
        .then(() => true)
        .catch(() => false);
      if (done) return;
      if (attempt > 15) throw new Error(`${selector} never became ${state}`);
    }
  };
  const ready = async (page: Page, hook: string) => page.waitForSelector(`[data-tact="${hook}"][data-ready="true"]`);

  beforeAll(async () => {
    h = await startHarness();
    site = await h.openReplica(SETTINGS_SITE, SETTINGS_VIEW);
    await site.waitForSelector('tact-overlay');
    options = await openPage('options.html');
    await ready(options, 'options');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens the onboarding page when Tact is installed', async () => {
    // The harness closes it so it never steals the foreground; it records that it was opened.
    expect(h.onboardingOpened).toBe(true);
  });

  it('turning off the acknowledgement hint applies in an open site at once, without a reload', async () => {
    await typeDraft('Got it, thanks!');
    await waitForHook(site, 'ack-hint');
    const loads = await site.evaluate(() => performance.getEntriesByType('navigation').length);

    await options.bringToFront();
    await options.click('#f-hints-acknowledgement');
    await options.waitForSelector('[data-tact="save-state"][data-status="saved"]');
    expect(await options.$eval('#f-hints-acknowledgement', (el) => (el as HTMLInputElement).checked)).toBe(false);

    await nudgeUntil(tact('ack-hint'), 'hidden');
    // The content script is alive and judging: a sensitive draft still gets its hint.
    await typeDraft('Got it, thanks! Also, his performance review is bad and we are putting him on a PIP.');
    await waitForHook(site, 'sensitive-hint');
    expect(await site.$(tact('ack-hint'))).toBeNull();
    expect(await site.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loads);

    await options.bringToFront();
    await options.click('#f-hints-acknowledgement');
    await typeDraft('Got it, thanks!');
    await nudgeUntil(tact('ack-hint'), 'visible');
  });

  it('a custom acknowledgement phrase added on the options page is offered a reaction in the site', async () => {
    expect(analyzeMessage(CUSTOM_PHRASE, { locale: 'en' }).acknowledgement).toBeNull();
    expect(analyzeMessage(CUSTOM_PHRASE, { locale: 'en', extraAcknowledgements: [CUSTOM_PHRASE] }).acknowledgement).not.toBeNull();

    await options.bringToFront();
    await options.type('#f-ackPhrases', CUSTOM_PHRASE);
    await options.keyboard.press('Enter');
    await options.waitForFunction(
      (phrase) => [...document.querySelectorAll('[data-tact="ack-phrases"] .chip')].some((chip) => chip.textContent?.includes(phrase)),
      {},
      CUSTOM_PHRASE,
    );
    await typeDraft(CUSTOM_PHRASE);
    await nudgeUntil(tact('ack-hint'), 'visible');
    expect(await site.$$(tact('reaction'))).not.toHaveLength(0);
  });

  it('explains a bad value next to its field, and saves nothing until it is fixed', async () => {
    await options.bringToFront();
    const link = '#f-meetingLink';
    await options.type(link, 'http://meet.example.com/room');
    await options.keyboard.press('Tab');
    const error = await options.waitForSelector('[data-path="meetingLink"] [data-tact="field-error"]');
    const errorId = await error!.evaluate((el) => el.id);
    expect(await options.$eval(link, (el) => el.getAttribute('aria-describedby'))).toContain(errorId);
    expect(await options.$eval(link, (el) => el.getAttribute('aria-invalid'))).toBe('true');
    await options.waitForSelector('[data-tact="save-state"][data-status="invalid"]');
    const stored = async () => {
      const w = await worker();
      return w.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { meetingLink?: string } | undefined)?.meetingLink ?? '');
    };
    expect(await stored()).toBe('');

    await options.click(link, { count: 3 });
    await options.type(link, 'https://meet.example.com/room');
    await options.keyboard.press('Tab');
    await options.waitForSelector('[data-tact="save-state"][data-status="saved"]');
    expect(await options.$('[data-path="meetingLink"] [data-tact="field-error"]')).toBeNull();
    expect(await stored()).toBe('https://meet.example.com/room');

    // A working day that ends before it starts.
    await options.$eval('#f-calendar-dayEnd', (el) => {
      const input = el as HTMLInputElement;
      input.value = '08:00';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const dayError = await options.waitForSelector('[data-path="calendar.dayEnd"] [data-tact="field-error"]');
    expect(await dayError!.evaluate((el) => el.textContent)).toMatch(/ends before it starts/);
  });

  it('a team policy locks its fields on the options page and wins in the site', async () => {
    await options.bringToFront();
    await setTeamPolicy({ teamName: 'E2E Team', hints: { acknowledgement: false } });
    await options.waitForSelector('#f-hints-acknowledgement:disabled');
    const lock = await options.$eval('[data-path="hints.acknowledgement"] [data-tact="locked"]', (el) => el.textContent ?? '');
    expect(lock).toContain('E2E Team');
    expect(await options.$eval('#f-hints-acknowledgement', (el) => el.getAttribute('aria-describedby'))).toMatch(/lock/);
    // Only the team's field is locked.
    expect(await options.$eval('#f-hints-sensitive', (el) => (el as HTMLInputElement).disabled)).toBe(false);

    await typeDraft('Got it, thanks!');
    await nudgeUntil(tact('ack-hint'), 'hidden');

    await setTeamPolicy(null);
    await options.waitForSelector('#f-hints-acknowledgement:not(:disabled)');
    expect(await options.$('[data-path="hints.acknowledgement"] [data-tact="locked"]')).toBeNull();
    await nudgeUntil(tact('ack-hint'), 'visible');
  });

  it('imports a colleague\'s rules after showing what would change, and removes them again', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tact-')), 'rules.json');
    const rules = { hints: { threadHeat: false }, calendar: { dayStart: '08:00', dayEnd: '16:00' } };
    writeFileSync(file, JSON.stringify({ format: 'tact-team-rules', version: 1, teamName: 'Design', rules }));
    await options.bringToFront();
    const input = (await options.$('#team-import')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await options.waitForSelector('[data-tact="import-diff"]');
    const changed = await options.$$eval('[data-tact="import-diff"] tr[data-path]', (rows) => rows.map((r) => r.getAttribute('data-path')));
    expect(changed.sort()).toEqual(['calendar.dayEnd', 'calendar.dayStart', 'hints.threadHeat']);
    // Nothing applies before the person confirms.
    expect(await options.$eval('#f-hints-threadHeat', (el) => (el as HTMLInputElement).disabled)).toBe(false);

    await options.click('[data-tact="apply-import"]');
    await options.waitForSelector('#f-hints-threadHeat:disabled');
    expect(await options.$eval('#f-calendar-dayStart', (el) => (el as HTMLInputElement).value)).toBe('08:00');
    expect(await options.$eval('[data-path="calendar.dayStart"] [data-tact="locked"]', (el) => el.textContent)).toContain('Design');

    await options.click('[data-tact="remove-team-rules"]');
    await options.waitForSelector('#f-hints-threadHeat:not(:disabled)');
    expect(await options.$eval('#f-calendar-dayStart', (el) => (el as HTMLInputElement).value)).toBe('09:00');
  });

  it('refuses a file that is not team rules, saying why', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tact-')), 'package.json');
    writeFileSync(file, JSON.stringify({ name: 'not-rules' }));
    const input = (await options.$('#team-import')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    const errors = await options.waitForSelector('[data-tact="import-errors"]');
    expect(await errors!.evaluate((el) => el.getAttribute('role'))).toBe('alert');
    expect(await errors!.evaluate((el) => el.textContent)).toMatch(/not Tact team rules/);
    expect(await options.$('[data-tact="import-diff"]')).toBeNull();
  });

  it('picks a favourite reaction with the bundled emoji picker, and the site offers it first', async () => {
    const kind = analyzeMessage('Got it, thanks!', { locale: 'en' }).acknowledgement!.kind;
    await options.bringToFront();
    await options.click(`[data-tact="add-reaction-${kind}"]`);
    const search = await options.waitForSelector('[data-tact="emoji-picker"] em-emoji-picker >>> input[type="search"]');
    await search!.type('clap');
    const emoji = await options.waitForSelector('[data-tact="emoji-picker"] em-emoji-picker >>> button[aria-label="👏"]');
    await emoji!.click();
    await options.waitForFunction((k) => document.querySelector(`[data-tact="favourites-${k}"]`)?.textContent?.includes('👏'), {}, kind);
    expect(await options.$('[data-tact="emoji-picker"]')).toBeNull();

    await typeDraft('Got it, thanks!');
    await nudgeUntil(`${tact('reaction')}[data-emoji="👏"]`, 'visible');
    const first = await site.$eval(tact('reaction'), (el) => el.getAttribute('data-emoji'));
    expect(first).toBe('👏');
  });

  it("the onboarding page's practice composer shows the hints, with the person's own phrases", async () => {
    const page = await openPage('onboarding.html');
    await ready(page, 'onboarding');
    await page.click('[data-tact="practice-composer"]');
    await page.keyboard.type('Got it, thanks!');
    const hint = await page.waitForSelector('[data-tact="ack-hint"]', { visible: true });
    expect(await hint!.$$('[data-tact="reaction"]')).not.toHaveLength(0);

    await page.click('[data-tact="try-sensitive"]');
    const sensitive = await page.waitForSelector('[data-tact="sensitive-hint"]', { visible: true });
    expect((await sensitive!.evaluate((el) => el.getAttribute('data-topic')))!.split(' ')).toContain('performance');
    await page.click('[data-tact="suggest-call"]');
    await page.waitForSelector('[data-tact="sensitive-hint"]', { hidden: true });
    expect(await page.$eval('[data-tact="practice-composer"]', (el) => el.textContent ?? '')).toContain('https://meet.example.com/room');

    // The phrase added on the options page counts here too.
    await page.$eval('[data-tact="practice-composer"]', (el) => (el.textContent = ''));
    await page.click('[data-tact="practice-composer"]');
    await page.keyboard.type(CUSTOM_PHRASE);
    await page.waitForSelector('[data-tact="ack-hint"]', { visible: true });
    await page.close();
  });

  it.each(['options.html', 'popup.html', 'onboarding.html'])('%s has no serious accessibility violation (axe-core)', async (path) => {
    const page = await openPage(path);
    await page.waitForSelector('main h1');
    if (path !== 'popup.html') await page.waitForSelector('main[data-ready="true"]');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });

  it('threw no page error and sent nothing anywhere', () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.outbound).toEqual([]);
    expect(leaks).toEqual([]);
  });
});
