import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Page } from 'puppeteer-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** Bidi embedding, override and isolate controls, and the zero-width characters Tact removes from page text. */
const TRICKS = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/;

declare global {
  interface Window {
    /** Set by the hostile replicas (and here, on extension pages): whatever a payload would have run. */
    __tactTrapped?: string[];
  }
}

/**
 * Names, subjects and links are page text too: replicas whose authors are called `<img onerror>`,
 * carry a right-to-left override or zero-width characters or are 100 KB long, whose Gmail subject is
 * a script, and whose permalinks and links are `javascript:`. Every payload calls a page global trap.
 */
describe('hostile names, subjects and links on slack/hostile and gmail/hostile', () => {
  let h: Harness;
  let slackPage: Page;
  let gmailPage: Page;
  /** Everything the extension pages opened here caught: page errors and CSP violations. */
  const caught: string[] = [];

  /** An extension page with the same trap the replicas have, and a record of any blocked inline script. */
  const openTrapped = async (path: string) => {
    const page = await h.browser.newPage();
    page.on('pageerror', (error) => caught.push(`${path}: ${String((error as Error)?.message ?? error)}`));
    await page.evaluateOnNewDocument(() => {
      window.__tactTrapped = [];
      (window as unknown as { __tactTrap: (w: string) => void }).__tactTrap = (where) => window.__tactTrapped!.push(where);
      document.addEventListener('securitypolicyviolation', (e) => window.__tactTrapped!.push(`csp ${e.violatedDirective}`));
    });
    await page.goto(`chrome-extension://${h.extensionId}/${path}`, { waitUntil: 'load' });
    return page;
  };
  const stored = async () => {
    const page = await openTrapped('dashboard.html');
    const items = await page.evaluate(
      () =>
        new Promise<Array<{ id: string; author: { id?: string; name?: string }; snippet?: string; permalink?: string }>>((resolve, reject) => {
          const open = indexedDB.open('tact');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('pending').objectStore('pending').getAll();
            all.onsuccess = () => (open.result.close(), resolve(all.result));
          };
        }),
    );
    await page.close();
    return items;
  };

  beforeAll(async () => {
    h = await startHarness();
    slackPage = await h.openReplica('slack', 'hostile');
    gmailPage = await h.openReplica('gmail', 'hostile');
    for (const page of [slackPage, gmailPage]) await page.waitForSelector('tact-overlay');
    await slackPage.waitForFunction(() => typeof window.__replica === 'object');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('records every hostile request, its page text stored clean and cut', async () => {
    await vi.waitFor(async () => {
      const items = await stored();
      expect(items.filter((i) => i.id.startsWith('slack:D0EVIL:'))).toHaveLength(4);
      expect(items.filter((i) => i.id.startsWith('gmail:'))).not.toHaveLength(0);
    }, { timeout: 30_000, interval: 250 });
    const items = await stored();
    const by = (authorId: string) => items.find((i) => i.author.id === authorId)!;
    // Markup is kept as the characters it is, and a name too long for a row is cut with an ellipsis.
    expect(by('U0XSS').author.name).toMatch(/^<img src=x onerror="__tactTrap\('slack-name'\)">Mallory<script>.*…$/);
    expect(by('U0XSS').author.name!.length).toBeLessThanOrEqual(80);
    // The `javascript:` permalink is dropped; the request is kept.
    expect(by('U0XSS').permalink).toBeUndefined();
    expect(by('U0XSS').snippet).toContain("<script>__tactTrap('slack-text-script')</script>");
    expect(by('U0RTL').author.name).toBe('Eve gnp.exe Ortiz');
    expect(by('U0RTL').snippet).toBe('Could you approve the invoice txt.exe today?');
    // Slack's adapter reads the name as the page lays it out, where the BOM counts as a space.
    expect(by('U0ZW').author.name).toBe('Zoe Zero width');
    expect(by('U0ZW').snippet).toBe('Can you check the figures for Q3?');
    expect(by('U0HUGE').author.name).toBe(`Huge ${'X'.repeat(74)}…`);
    expect(by('U0HUGE').snippet!.length).toBeLessThanOrEqual(140);
    const gmail = items.find((i) => i.author.id === 'alice@acme.com')!;
    expect(gmail.author.name).toBe(`<img src=x onerror="__tactTrap('gmail-name')">Alice gnp.exe Ng`);
    expect(gmail.snippet).toContain("<script>__tactTrap('gmail-text')</script>");
    for (const item of items) expect(`${item.author.name ?? ''}${item.snippet ?? ''}`).not.toMatch(TRICKS);
  });

  it('shows them on the dashboard as isolated plain text, one row height each, running nothing', async () => {
    const dash = await openTrapped('dashboard.html');
    await dash.waitForFunction(() => document.querySelectorAll('[data-tact="pending-item"][data-id^="slack:D0EVIL:"]').length === 4);
    const rows = await dash.$$eval('[data-tact="pending-item"]', (els) =>
      els.map((row) => {
        const author = row.querySelector('[data-tact="author"]')!;
        return {
          author: author.textContent ?? '',
          isolated: author.tagName === 'BDI' && author.getAttribute('dir') === 'auto',
          injected: row.querySelectorAll('img, script, iframe, object').length,
          height: Math.round(row.getBoundingClientRect().height),
          links: Array.from(row.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? ''),
        };
      }));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((r) => r.height)).size).toBe(1);
    for (const row of rows) {
      expect(row.isolated).toBe(true);
      expect(row.injected).toBe(0);
      expect(row.author.length).toBeLessThanOrEqual(80);
      expect(row.author).not.toMatch(TRICKS);
      for (const href of row.links) expect(href).toMatch(/^https:\/\//);
    }
    expect(rows.map((r) => r.author)).toContain(`Huge ${'X'.repeat(74)}…`);
    expect(await dash.evaluate(() => window.__tactTrapped)).toEqual([]);
    await dash.close();
  });

  it('shows the next items in the popup as isolated plain text, running nothing', async () => {
    const popup = await openTrapped('popup.html');
    await popup.waitForSelector('[data-tact="popup"][data-ready="true"]');
    const next = await popup.$$eval('[data-tact="next-item"]', (els) =>
      els.map((li) => ({
        who: li.querySelector('.who')?.textContent ?? '',
        auto: li.querySelector('.who')?.getAttribute('dir') === 'auto' && li.querySelector('.what')?.getAttribute('dir') === 'auto',
        injected: li.querySelectorAll('img, script').length,
      })));
    expect(next.length).toBeGreaterThan(0);
    for (const item of next) {
      expect(item).toMatchObject({ auto: true, injected: 0 });
      expect(item.who.length).toBeLessThanOrEqual(80);
    }
    expect(await popup.evaluate(() => window.__tactTrapped)).toEqual([]);
    await popup.close();
  });

  it('says who is waiting in the notification as short, isolated plain text', async () => {
    // A reminder needs items due within half an hour: imported here with hostile names (the store's
    // own validation lets such names in from a backup; the notification must still be sane).
    const now = Date.now();
    const names = ['<img src=x onerror="__tactTrap(\'notification\')">Mallory', 'Eve \u202Egnp.exe\u202C', `Huge ${'X'.repeat(400)}`];
    const items = names.map((name, i) => ({
      id: `outlook:due-${i}:m`, site: 'outlook', conversationId: `due-${i}`, messageId: 'm', author: { name },
      kind: 'question', urgent: false, receivedAt: now - 3_600_000, dueAt: now + 10 * 60_000, status: 'pending', updatedAt: now,
    }));
    const worker = await (await h.serviceWorker()).worker();
    // Record what the background asks Chrome to show (getAll() gives only the ids).
    await worker!.evaluate(() => {
      const shown: unknown[] = [];
      (globalThis as unknown as { __shown: unknown[] }).__shown = shown;
      const create = chrome.notifications.create.bind(chrome.notifications) as (...args: unknown[]) => unknown;
      (chrome.notifications as unknown as { create: unknown }).create = (...args: unknown[]) => (shown.push(args), create(...args));
    });
    const dash = await openTrapped('dashboard.html');
    await dash.waitForSelector('[data-tact="dashboard"][data-ready="true"]');
    const file = join(mkdtempSync(join(tmpdir(), 'tact-hostile-')), 'due.json');
    writeFileSync(file, JSON.stringify({ format: 'tact-backup', version: 1, exportedAt: now, items, decisions: [] }));
    await (await dash.$('input[type="file"][data-tact="import"]'))!.uploadFile(file);
    await dash.waitForSelector('[data-tact="import-result"][data-added="3"]');
    const shown = await vi.waitFor(async () => {
      const calls = await worker!.evaluate(() => (globalThis as unknown as { __shown: unknown[] }).__shown);
      if (!calls.length) throw new Error('no notification yet');
      return calls as Array<[string, { title: string; message: string }]>;
    }, { timeout: 20_000, interval: 100 });
    const [id, options] = shown[0]!;
    expect(id).toBe('tact-due');
    expect(await worker!.evaluate(() => chrome.notifications.getAll())).toHaveProperty('tact-due');
    // Each name cut to 40 characters, overrides gone, each isolated (FSI … PDI), markup as characters.
    expect(options.message).toBe(`Waiting on you: \u2068${names[0]!.slice(0, 39)}…\u2069, \u2068Eve gnp.exe\u2069, \u2068Huge ${'X'.repeat(34)}…\u2069`);
    expect(await dash.evaluate(() => window.__tactTrapped)).toEqual([]);
    await dash.close();
  });

  it('keeps the overlay sane on both pages: hints work, nothing injected, nothing ran', async () => {
    await slackPage.bringToFront();
    await clearDraft(slackPage, '[data-qa="message_input_container"] .ql-editor');
    await slackPage.keyboard.type('thanks!');
    await waitForHook(slackPage, 'ack-hint');
    await gmailPage.bringToFront();
    await clearDraft(gmailPage, '[g_editable="true"][role="textbox"]');
    await gmailPage.keyboard.type('Got it, thanks!');
    await waitForHook(gmailPage, 'ack-hint');
    for (const page of [slackPage, gmailPage]) {
      const overlay = await page.evaluate(() => document.querySelector('tact-overlay')!.shadowRoot!.querySelectorAll('img, script, iframe:not([data-tact])').length);
      expect(overlay).toBe(0);
      expect(await page.evaluate(() => window.__tactTrapped)).toEqual([]);
    }
  });

  it('threw no page error and sent nothing anywhere', () => {
    expect(caught).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    expect(h.outbound).toEqual([]);
  });
});
