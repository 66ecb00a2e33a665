import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CDPSession, ElementHandle, Page, Target } from 'puppeteer-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PendingItem, TactBackup } from '../../lib/store';
import en from '../../public/_locales/en/messages.json';
import { EXTENSION_DIR, startHarness, tact, type Harness, waitForHook } from '../support/harness';
import { pickLater } from '../support/pick';
import { clearDraft } from './suites/behaviour';
import { DM } from '../fixtures/sites/slack/replica/thread-data';

const THREAD_COMPOSER = '[data-qa="threads_flexpane"] .ql-editor';
const MAIN_COMPOSER = '[data-qa="message_input_container"] .ql-editor';
/** The message the DM's main composer answers: Alice's last one in the channel pane. */
const DM_LAST_FROM_ALICE = DM.messages.filter((m) => m.user === 'U0ALICE').at(-1)!.ts;

/**
 * Faults: the extension reloaded under an open hint, the disk full, two tabs writing at once; and one
 * pass through every feature with nothing leaving the machine.
 */
describe('the extension reloaded while a hint is open', () => {
  let h: Harness;
  let page: Page;
  /** Alice's latest message in the DM: the one its main composer answers. */
  let aliceLatest = DM_LAST_FROM_ALICE;
  const typeInThread = async (text: string) => {
    await clearDraft(page, THREAD_COMPOSER, 1);
    await page.keyboard.type(text);
  };

  beforeAll(async () => {
    h = await startHarness();
    page = await h.openReplica('slack', 'thread');
    await page.waitForFunction(() => typeof window.__replica === 'object');
    await page.waitForSelector('tact-overlay');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('retires the cut-off copy at the first touch: no stale hint, nothing thrown, and the site keeps working', async () => {
    // Once the page has reported its health (a timer 1.5 s after start), no timer of Tact's is pending
    // that would notice the reload by itself: only the watch on the person's input can.
    await vi.waitFor(
      async () => expect(await inWorker(h, "chrome.storage.session.get(null).then((o) => Object.keys(o).some((k) => k.startsWith('health:')))")).toBe(true),
      { timeout: 20_000, interval: 200 },
    );
    await typeInThread('thanks!');
    await waitForHook(page, 'ack-hint');
    // A sensitive message arrives: once its marker shows, Tact's reading of the page (coalesced with the
    // one the typing asked for) has run, and no timer of Tact's is left that would notice the reload.
    aliceLatest = await page.evaluate(() => window.__replica.receive!('The harassment complaint is with HR now.', 'U0ALICE'));
    await waitForHook(page, 'incoming-marker');
    await markOverlays(page, 'old');

    // chrome.runtime.reload() from the worker. Chrome does not bring back an extension loaded through
    // the DevTools protocol (as the harness loads it), so this leaves the page exactly where a reload
    // leaves it before the new copy arrives: its content script cut off from a gone extension.
    await reloadExtension(h);
    // The stale hint is still up: nothing of the old copy runs until the page does something.
    expect(await hintCount(page)).toBe(1);
    // The pointer moves across the sidebar, far from the hint: the cut-off copy notices and retires
    // before the person could reach (and click) the stale hint.
    const sidebar = (await (await page.$('[data-qa="workspace_sidebar"]'))!.boundingBox())!;
    await page.mouse.move(sidebar.x + 20, sidebar.y + 40);
    await page.mouse.move(sidebar.x + 30, sidebar.y + 60);
    await page.waitForFunction(() => document.querySelectorAll('tact-overlay').length === 0);

    // The site's own editor works as before, and nothing of Tact answers: no hint, no error.
    await typeInThread('thanks! Sending this while Tact is away.');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__replica.sentMessages().includes('thanks! Sending this while Tact is away.'));
    expect(await page.$$('tact-overlay')).toHaveLength(0);
    expect(h.pageErrors).toEqual([]);
  });

  it('lets the new copy take over the open tab when the extension is back', async () => {
    // The reload left the DevTools-loaded copy disabled: remove it and install the build again. That is
    // a fresh install, which opens the onboarding page and, on runtime.onInstalled, puts the content
    // script into the open tab (lib/background/reinject.ts).
    await h.browser.uninstallExtension(h.extensionId);
    const onboarding = h.browser.waitForTarget((t) => t.url() === `chrome-extension://${h.extensionId}/onboarding.html`, { timeout: 30_000 });
    expect(await h.browser.installExtension(EXTENSION_DIR)).toBe(h.extensionId);
    await (await (await onboarding).asPage())?.close();
    await page.bringToFront();
    await page.waitForSelector('tact-overlay', { timeout: 30_000 });
    await typeInThread('thanks!');
    await waitForHook(page, 'ack-hint');
    expect(await hintCount(page)).toBe(1);
  });

  it('hands over at once when the extension is updated under an open hint', async () => {
    await typeInThread('thanks!');
    await waitForHook(page, 'ack-hint');
    await markOverlays(page, 'old');
    // Installing the same unpacked build over itself is an update (Chrome's own reload does the same).
    await h.browser.installExtension(EXTENSION_DIR);
    // The new copy replaces the old overlay, stale hint and all, without waiting for a touch.
    await page.waitForFunction(
      () => {
        const all = document.querySelectorAll('tact-overlay');
        return all.length === 1 && !all[0]!.hasAttribute('data-generation') && !all[0]!.shadowRoot?.querySelector('[data-tact="ack-hint"]');
      },
      { timeout: 30_000 },
    );
    await page.bringToFront();
    await typeInThread('thanks!');
    await waitForHook(page, 'ack-hint');
    expect(await hintCount(page)).toBe(1);
    expect(h.pageErrors).toEqual([]);
  });

  it('never leaves two copies acting in a page that already has a live one', async () => {
    await markOverlays(page, 'live');
    // The content script injected once more, as an install over a tab that already runs Tact would.
    const extensionPage = await h.openExtensionPage('dashboard.html');
    const injected = await extensionPage.evaluate(async () => {
      const tabs = await chrome.tabs.query({ url: 'https://app.slack.com/*' });
      await Promise.all(tabs.map((t) => chrome.scripting.executeScript({ target: { tabId: t.id! }, files: ['content-scripts/slack.js'] })));
      return tabs.length;
    });
    await extensionPage.close();
    expect(injected).toBe(1);
    await page.bringToFront();
    await page.waitForFunction(() => {
      const all = document.querySelectorAll('tact-overlay');
      return all.length === 1 && !all[0]!.hasAttribute('data-generation');
    });

    // One hint, and one reaction for one click: the copy it replaced no longer acts.
    await clearDraft(page, MAIN_COMPOSER, 0);
    await page.keyboard.type('thanks!');
    await waitForHook(page, 'ack-hint');
    expect(await hintCount(page)).toBe(1);
    const emoji = await page.$eval(tact('reaction'), (el) => el.getAttribute('data-emoji')!);
    await page.click(tact('reaction'));
    await waitForHook(page, 'undo');
    // Had the old copy acted too, its click would have taken the reaction off again.
    expect(await page.evaluate((ts) => window.__replica.reactionsOf(ts), aliceLatest)).toEqual([emoji]);
    expect(await page.evaluate(() => window.__replica.draftText(0))).toBe('');
  });

  it('threw no page error and sent nothing anywhere', () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.outbound).toEqual([]);
  });
});

describe('the disk full (the extension origin\'s quota shrunk through the DevTools protocol)', () => {
  let h: Harness;
  let dash: Page;
  let slack: Page;
  let quota: CDPSession;
  let before: PendingItem[];
  const dir = mkdtempSync(join(tmpdir(), 'tact-quota-'));
  const setQuota = (quotaSize?: number) =>
    quota.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${h.extensionId}`, ...(quotaSize === undefined ? {} : { quotaSize }) });

  beforeAll(async () => {
    h = await startHarness();
    dash = await h.openExtensionPage('dashboard.html');
    await dash.waitForSelector('[data-tact="dashboard"][data-ready="true"]');
    slack = await h.openReplica('slack', 'thread');
    await slack.waitForFunction(() => typeof window.__replica === 'object');
    // The DM's requests are tracked before the disk fills up.
    await vi.waitFor(async () => expect((await storedItems(dash)).length).toBeGreaterThanOrEqual(2), { timeout: 20_000, interval: 100 });
    quota = await dash.createCDPSession();
    await setQuota(1);
    // Chromium keeps an origin's remaining space cached for up to 30 s: wait until a write is refused.
    await vi.waitFor(async () => expect(await probeWrite(dash)).toBe('QuotaExceededError'), { timeout: 60_000, interval: 500 });
    // Taken once the disk is full: nothing can be added after this, so this is all there is to keep.
    before = await storedItems(dash);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('says so on the dashboard and in the popup when a new request cannot be saved', async () => {
    await slack.bringToFront();
    await slack.evaluate(() => window.__replica.receive!('Can you send me the final budget numbers by tomorrow?', 'U0ALICE'));
    await dash.bringToFront();
    const note = await dash.waitForSelector('[data-tact="store-problem"][data-reason="storage-full"]', { timeout: 20_000 });
    expect(await note!.evaluate((el) => el.textContent)).toBe(en.dash_storeFull.message);
    const popup = await h.openExtensionPage('popup.html');
    const inPopup = await popup.waitForSelector('[data-tact="store-problem"][data-reason="storage-full"]');
    expect(await inPopup!.evaluate((el) => el.textContent)).toBe(en.dash_storeFull.message);
    await popup.close();
  });

  it('refuses an import with a plain message, changing nothing', async () => {
    await dash.bringToFront();
    const now = Date.now();
    const backup: TactBackup = {
      format: 'tact-backup', version: 1, exportedAt: now, decisions: [],
      items: [1, 2, 3].map((i) => ({
        id: `gmail:quota-${i}:m`, site: 'gmail', conversationId: `quota-${i}`, messageId: 'm', author: { name: `Sender ${i}` },
        snippet: `Could you approve line ${i}?`, kind: 'approval', urgent: false, receivedAt: now - 86_400_000, dueAt: now, status: 'pending', updatedAt: now,
      })),
    };
    const file = join(dir, 'backup.json');
    writeFileSync(file, JSON.stringify(backup));
    await (await dash.$('input[type="file"][data-tact="import"]'))!.uploadFile(file);
    const error = await dash.waitForSelector('[data-tact="import-error"]', { timeout: 20_000 });
    expect(await error!.evaluate((el) => el.textContent)).toBe(
      en.dash_importFailed.message.replace('$p1$', en.dash_storageFull.message),
    );
  });

  it('refuses a row action with a plain message, leaving the item as it was', async () => {
    const row = await dash.waitForSelector('[data-tact="pending-item"][data-status="pending"]');
    const id = await row!.evaluate((el) => el.getAttribute('data-id')!);
    await row!.$eval('[data-tact="mark-done"]', (el) => (el as HTMLElement).click());
    await dash.waitForFunction(
      (text) => document.querySelector('[data-tact="status"]')?.textContent === text,
      {},
      en.dash_actionFailed.message.replace('$p1$', en.dash_storageFull.message),
    );
    expect(await dash.$eval(`[data-tact="pending-item"][data-id="${id}"]`, (el) => el.getAttribute('data-status'))).toBe('pending');
  });

  it('lost nothing already stored', async () => {
    expect(await storedItems(dash)).toEqual(before);
  });

  it('saves again once there is room, and the note goes away', async () => {
    await setQuota();
    await slack.bringToFront();
    await slack.evaluate(() => window.__replica.receive!('Could you also check the travel costs today?', 'U0ALICE'));
    await dash.bringToFront();
    await dash.waitForSelector('[data-tact="store-problem"]', { hidden: true, timeout: 20_000 });
    const after = await storedItems(dash);
    expect(after).toHaveLength(before.length + 1);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after.find((i) => !before.some((b) => b.id === i.id))?.snippet).toBe('Could you also check the travel costs today?');
  });

  it('threw no page error and sent nothing anywhere', () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.outbound).toEqual([]);
  });
});

describe('two tabs writing at once', () => {
  let h: Harness;
  let dashes: Page[];
  let channels: Page[];
  let dm: Page;
  let before: PendingItem[];
  const rowOf = (id: string) => `[data-tact="pending-item"][data-id="${id}"]`;
  const statusIn = (dash: Page, id: string) => dash.$eval(rowOf(id), (el) => el.getAttribute('data-status')).catch(() => null);

  beforeAll(async () => {
    h = await startHarness();
    dashes = [await h.openExtensionPage('dashboard.html'), await h.openExtensionPage('dashboard.html')];
    for (const dash of dashes) await dash.waitForSelector('[data-tact="dashboard"][data-ready="true"]');
    // #general open in two tabs (as people do), and the DM with Alice in a third.
    channels = [await h.openReplica('slack', 'channel'), await h.openReplica('slack', 'channel')];
    dm = await h.openReplica('slack', 'thread');
    for (const page of [...channels, dm]) await page.waitForFunction(() => typeof window.__replica === 'object');
    // What the three tabs record on opening, once it has settled in the store.
    await vi.waitFor(async () => {
      const ids = (await storedItems(dashes[0]!)).map((i) => i.id);
      expect(ids.filter((id) => id.startsWith('slack:C0GEN:')).length).toBeGreaterThanOrEqual(1);
      expect(ids.filter((id) => id.startsWith('slack:D0ALICE')).length).toBeGreaterThanOrEqual(2);
    }, { timeout: 20_000, interval: 100 });
    before = await storedItems(dashes[0]!);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('records requests arriving in three tabs at the same moment, each exactly once', async () => {
    const inChannel = '<@U0ME> can you sign off the launch checklist before 3pm?';
    const inDm = 'Can you send me the survey numbers today?';
    // The same message reaches both #general tabs (Slack gives it the same ts in each) while Alice writes in the DM.
    const [ts1, ts2, ts3] = await Promise.all([
      ...channels.map((page) => page.evaluate((t) => window.__replica.receive!(t, 'U0PRIYA'), inChannel)),
      dm.evaluate((t) => window.__replica.receive!(t, 'U0ALICE'), inDm),
    ]);
    expect(ts1).toBe(ts2);
    const channelId = `slack:C0GEN:${ts1}`;
    const dmId = `slack:D0ALICE:${ts3}`;
    await vi.waitFor(async () => {
      const ids = (await storedItems(dashes[0]!)).map((i) => i.id);
      expect(ids).toEqual(expect.arrayContaining([channelId, dmId]));
    }, { timeout: 20_000, interval: 100 });

    const after = await storedItems(dashes[0]!);
    expect(after).toHaveLength(before.length + 2);
    expect(after).toEqual(expect.arrayContaining(before));
    const keys = after.map((i) => `${i.site}|${i.conversationId}|${i.messageId}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Slack shows the mention by name: that is the text the tab reads.
    expect(after.find((i) => i.id === channelId)).toMatchObject({ status: 'pending', snippet: '@Maria Lopez can you sign off the launch checklist before 3pm?' });
    expect(after.find((i) => i.id === dmId)).toMatchObject({ status: 'pending', snippet: inDm });
    // Both dashboards show both, live.
    for (const dash of dashes) for (const id of [channelId, dmId]) await dash.waitForSelector(`${rowOf(id)}[data-status="pending"]`);
  });

  it('applies actions taken in two dashboards at the same moment, on different items and on the same one', async () => {
    // The DM's items (the #general ones are for the next test).
    const open = (await storedItems(dashes[0]!)).filter((i) => i.status === 'pending' && i.id.startsWith('slack:D0ALICE')).map((i) => i.id);
    expect(open.length).toBeGreaterThanOrEqual(3);
    const [x, y, z] = open as [string, string, string];
    for (const dash of dashes) await dash.waitForSelector(rowOf(z));
    const press = (dash: Page, id: string, hook: string) => dash.$eval(`${rowOf(id)} [data-tact="${hook}"]`, (el) => (el as HTMLElement).click());
    await Promise.all([
      press(dashes[0]!, x, 'mark-done'),
      press(dashes[1]!, y, 'no-reply-needed'),
      press(dashes[0]!, z, 'mark-done'),
      press(dashes[1]!, z, 'no-reply-needed'),
    ]);
    await vi.waitFor(async () => {
      const items = await storedItems(dashes[0]!);
      expect(items.find((i) => i.id === x)?.status).toBe('done');
      expect(items.find((i) => i.id === y)?.status).toBe('dismissed');
      expect(['done', 'dismissed']).toContain(items.find((i) => i.id === z)?.status);
    }, { timeout: 20_000, interval: 100 });
    const items = await storedItems(dashes[0]!);
    const zStatus = items.find((i) => i.id === z)!.status;
    // Both dashboards agree with the store on every item.
    for (const dash of dashes) {
      await dash.waitForSelector(`${rowOf(z)}[data-status="${zStatus}"]`);
      expect(await statusIn(dash, x)).toBe('done');
      expect(await statusIn(dash, y)).toBe('dismissed');
    }
    // The second action on z found it already resolved: one of the two said it did something.
    const said = await Promise.all(dashes.map((d) => d.$eval('[data-tact="status"]', (el) => el.textContent ?? '')));
    expect(said.filter((t) => t.startsWith(en.dash_didDone.message) || t.startsWith(en.dash_didDismiss.message)).length).toBeGreaterThanOrEqual(1);
    expect(items).toHaveLength(before.length + 2);
  });

  it('keeps an item done when a tab sees its message again at the moment it is marked done', async () => {
    const item = (await storedItems(dashes[0]!)).find((i) => i.id.startsWith('slack:C0GEN:') && i.status === 'pending');
    expect(item).toBeDefined();
    // Reloading a #general tab makes it report every request in view again, while the dashboard marks one done.
    await Promise.all([
      channels[0]!.reload({ waitUntil: 'load' }),
      dashes[0]!.$eval(`${rowOf(item!.id)} [data-tact="mark-done"]`, (el) => (el as HTMLElement).click()),
    ]);
    await channels[0]!.waitForFunction(() => typeof window.__replica === 'object');
    await channels[0]!.waitForSelector('tact-overlay');
    // A request that arrives after the reload is reported after the re-reports of the same tab: once it is
    // stored, they have been handled too. (The reloaded replica's clock starts over: its first new message
    // takes the ts of the one received before the reload, so the second is the new one.)
    await channels[0]!.evaluate(() => window.__replica.receive!('<@U0ME> can you sign off the launch checklist before 3pm?', 'U0PRIYA'));
    const ts = await channels[0]!.evaluate(() => window.__replica.receive!('<@U0ME> one more: can you check the banner copy?', 'U0DEV'));
    await vi.waitFor(async () => expect((await storedItems(dashes[0]!)).map((i) => i.id)).toContain(`slack:C0GEN:${ts}`), { timeout: 20_000, interval: 100 });
    const all = await storedItems(dashes[0]!);
    expect(all).toHaveLength(before.length + 3);
    expect(all.find((i) => i.id === item!.id)!.status).toBe('done');
    await dashes[0]!.waitForSelector(`${rowOf(item!.id)}[data-status="done"]`);
  });

  it('threw no page error and sent nothing anywhere', () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.outbound).toEqual([]);
  });
});

describe('every feature in one browser, with nothing leaving the machine', () => {
  let h: Harness;
  /** Requests from any extension target (pages, popup, the picker frame, the worker) to anywhere but the extension. */
  const leaks: Array<{ url: string; from: string }> = [];
  const watched = new Set<Target>();

  /** Requests the site page made for the picker frame inside it (the harness intercepts those, frames included). */
  const pickerRequests: string[] = [];

  /**
   * Records every request of a target of the extension, from the moment it appears. The picker frame is
   * left to the harness, whose interception of the site page covers its frames: a second debugger
   * session on a frame that Puppeteer holds at start would race with Puppeteer's own.
   */
  const watch = async (target: Target) => {
    if (watched.has(target) || !target.url().startsWith(`chrome-extension://${h.extensionId}/`)) return;
    if (target.url().endsWith('/picker.html')) return;
    watched.add(target);
    const session = await target.createCDPSession().catch(() => null);
    if (!session) return;
    session.on('Network.requestWillBeSent', ({ request }) => {
      if (!/^(chrome-extension|data|blob):/.test(request.url)) leaks.push({ url: request.url, from: target.url() });
    });
    await session.send('Network.enable').catch(() => undefined);
  };

  afterAll(async () => {
    await h?.close();
  });

  it('goes through onboarding, options, every hint, the picker, pending replies, the dashboard and the popup', async () => {
    // A browser of its own per attempt: a retry in the first one would find its message already answered.
    await h?.close();
    watched.clear();
    leaks.length = 0;
    pickerRequests.length = 0;
    h = await startHarness();
    h.browser.on('targetcreated', (t: Target) => void watch(t));
    h.browser.on('targetchanged', (t: Target) => void watch(t));
    for (const target of h.browser.targets()) await watch(target);

    // Onboarding: the practice composer shows the acknowledgement hint.
    const onboarding = await h.openExtensionPage('onboarding.html');
    await onboarding.waitForSelector('[data-tact="onboarding"][data-ready="true"]');
    await onboarding.click('[data-tact="practice-composer"]');
    await onboarding.keyboard.type('Got it, thanks!');
    await onboarding.waitForSelector('[data-tact="ack-hint"]', { visible: true });
    await onboarding.close();

    // Options: a phrase of the person's own counts as an acknowledgement from now on.
    const options = await h.openExtensionPage('options.html');
    await options.waitForSelector('[data-tact="options"][data-ready="true"]');
    await options.type('#f-ackPhrases', 'banana protocol engaged');
    await options.keyboard.press('Enter');
    await options.waitForFunction(
      () => [...document.querySelectorAll('[data-tact="ack-phrases"] .chip')].some((chip) => chip.textContent?.includes('banana protocol engaged')),
    );

    // The site, with a request that arrives in the DM (before the person answers anything there).
    const slack = await h.openReplica('slack', 'thread');
    slack.on('request', (request) => {
      if (request.frame()?.url().endsWith('/picker.html')) pickerRequests.push(request.url());
    });
    await slack.waitForFunction(() => typeof window.__replica === 'object');
    await slack.waitForSelector('tact-overlay');

    // An incoming sensitive message is marked; an incoming request becomes a pending reply.
    // It is Alice's latest message: the one the DM's draft answers from now on.
    const latest = await slack.evaluate(() => window.__replica.receive!('The harassment complaint is with HR now. Can you call me about it today?', 'U0ALICE'));
    await waitForHook(slack, 'incoming-marker');

    // The dashboard lists it; snooze it and take it back with Undo.
    const dash = await h.openExtensionPage('dashboard.html');
    const row = await dash.waitForFunction(
      () =>
        Array.from(document.querySelectorAll<HTMLElement>('[data-tact="pending-item"][data-status="pending"]'))
          .find((r) => r.textContent?.includes('harassment complaint'))?.dataset.id,
      { timeout: 20_000 },
    );
    const id = (await row.jsonValue()) as string;
    await dash.click(`[data-tact="pending-item"][data-id="${id}"] [data-tact="snooze"]`);
    await dash.click(`[data-tact="pending-item"][data-id="${id}"] [data-tact="snooze-option"][data-option="tomorrow-morning"]`);
    await dash.waitForSelector(`[data-tact="pending-item"][data-id="${id}"][data-status="snoozed"]`);
    await dash.click('[data-tact="status"] [data-tact="undo"]');
    await dash.waitForSelector(`[data-tact="pending-item"][data-id="${id}"][data-status="pending"]`);

    // The popup: counts, and the site switch turned off and on again.
    await slack.bringToFront();
    const popupTarget = h.browser.waitForTarget((t) => t.url().endsWith('/popup.html'));
    await inWorker(h, 'chrome.action.openPopup()');
    const popup = (await (await popupTarget).asPage())!;
    await popup.waitForSelector('[data-tact="popup"][data-ready="true"]');
    expect(Number(await popup.$eval('[data-tact="count-overdue"]', (el) => el.getAttribute('data-count'))) + Number(await popup.$eval('[data-tact="count-today"]', (el) => el.getAttribute('data-count')))).toBeGreaterThan(0);
    await popup.click('[data-tact="site-toggle"]');
    await popup.waitForSelector('[data-tact="site-toggle"]:not(:checked)');
    await popup.click('[data-tact="site-toggle"]');
    await popup.waitForSelector('[data-tact="site-toggle"]:checked');
    await popup.close();

    // Acknowledgement hint, react, undo.
    await slack.bringToFront();
    await clearDraft(slack, MAIN_COMPOSER, 0);
    await slack.keyboard.type('thanks!');
    await waitForHook(slack, 'ack-hint');
    const emoji = await slack.$eval(tact('reaction'), (el) => el.getAttribute('data-emoji')!);
    await slack.click(tact('reaction'));
    await waitForHook(slack, 'undo');
    expect(await slack.evaluate((ts) => window.__replica.reactionsOf(ts), latest)).toContain(emoji);
    await slack.click(tact('undo'));
    await slack.waitForFunction(() => window.__replica.draftText(0) === 'thanks!');

    // The emoji picker, an extension page framed in the site.
    await clearDraft(slack, MAIN_COMPOSER, 0);
    await slack.keyboard.type('banana protocol engaged');
    await waitForHook(slack, 'ack-hint');
    await slack.click(tact('more-reactions'));
    const frameHandle = await waitForHook(slack, 'emoji-picker');
    const src = await frameHandle!.evaluate((el) => (el as HTMLIFrameElement).src);
    const frame = await slack.waitForFrame((f) => f.url() === src, { timeout: 15_000 });
    // 😂 is in the picker's default "frequently used" row: a pick reacts with it, and Undo takes it back.
    const laugh = await frame.waitForFunction(
      () => document.querySelector('em-emoji-picker')?.shadowRoot?.querySelector('button[aria-label="😂"]'),
      { polling: 'raf', timeout: 15_000 },
    );
    await pickLater(laugh.asElement() as ElementHandle<HTMLElement>);
    await waitForHook(slack, 'undo');
    expect(await slack.$(tact('emoji-picker'))).toBeNull();
    expect(await slack.evaluate((ts) => window.__replica.reactionsOf(ts), latest)).toContain('😂');
    await slack.click(tact('undo'));
    await slack.waitForFunction(() => window.__replica.draftText(0) === 'banana protocol engaged');

    // A sensitive draft: the hint, and a call suggested in the draft.
    const sensitive = 'Before Friday I need to tell Sam his performance review is bad and we are putting him on a PIP.';
    await clearDraft(slack, THREAD_COMPOSER, 1);
    await slack.keyboard.type(sensitive);
    await waitForHook(slack, 'sensitive-hint');
    await slack.click(tact('suggest-call'));
    await waitForHook(slack, 'sensitive-hint', { hidden: true });
    expect((await slack.evaluate(() => window.__replica.draftText(1))).length).toBeGreaterThan(sensitive.length);
  }, 120_000);

  it('sent nothing anywhere: not the site pages, the worker, the extension pages, the popup or the picker frame', () => {
    // The extension targets watched: the worker, onboarding, options, dashboard and popup; and the
    // picker frame's own requests passed through the harness's interception of the site page.
    const seen = [...watched].map((t) => new URL(t.url()).pathname);
    expect(seen).toEqual(expect.arrayContaining(['/background.js', '/onboarding.html', '/options.html', '/dashboard.html', '/popup.html']));
    expect(pickerRequests.some((url) => url.startsWith(`chrome-extension://${h.extensionId}/`))).toBe(true);
    expect(leaks).toEqual([]);
    expect(h.outbound).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

// --- Helpers -------------------------------------------------------------------------------

/** Tags every overlay now in the page, so that a test can tell them from the ones mounted later. */
async function markOverlays(page: Page, generation: string): Promise<void> {
  await page.evaluate((g) => document.querySelectorAll('tact-overlay').forEach((el) => el.setAttribute('data-generation', g)), generation);
}

/** Hints shown across every overlay in the page. */
function hintCount(page: Page): Promise<number> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('tact-overlay')).reduce((n, el) => n + (el.shadowRoot?.querySelectorAll('[data-tact="ack-hint"]').length ?? 0), 0));
}

/** The extension's service worker target now running. */
function workerTarget(h: Harness, not?: Target): Promise<Target> {
  return h.browser.waitForTarget(
    (t) => t !== not && t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${h.extensionId}/`),
    { timeout: 30_000 },
  );
}

/** Calls chrome.runtime.reload() in the extension's service worker and waits until no target of the extension is left. */
async function reloadExtension(h: Harness): Promise<void> {
  const session = await (await h.serviceWorker()).createCDPSession();
  // The worker goes away while answering: the reply may never come.
  void session.send('Runtime.evaluate', { expression: 'chrome.runtime.reload()' }).catch(() => undefined);
  // Puppeteer does not report this worker's end as a destroyed target: ask the browser itself.
  const browserSession = await h.browser.target().createCDPSession();
  await vi.waitFor(
    async () => {
      const { targetInfos } = await browserSession.send('Target.getTargets');
      if (targetInfos.some((t) => t.url.startsWith(`chrome-extension://${h.extensionId}/`))) throw new Error('the extension is still running');
    },
    { timeout: 20_000, interval: 100 },
  );
  await browserSession.detach();
}

/**
 * Evaluates an expression in the service worker through a session of its own. Puppeteer's cached
 * `worker()` handle outlives a restarted worker, so a fresh session is the one that always works.
 */
async function inWorker<T = unknown>(h: Harness, expression: string): Promise<T> {
  const session = await (await workerTarget(h)).createCDPSession();
  try {
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await session.detach().catch(() => undefined);
  }
}


/** Every pending item in the extension's IndexedDB, read from one of its pages, ordered by id. */
function storedItems(page: Page): Promise<PendingItem[]> {
  return page.evaluate(
    () =>
      new Promise<PendingItem[]>((resolve, reject) => {
        const open = indexedDB.open('tact');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('pending').objectStore('pending').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve((all.result as PendingItem[]).sort((a, b) => a.id.localeCompare(b.id)));
          };
        };
      }),
  );
}

/** Writes and deletes one record in one transaction (no trace either way); answers how the transaction ended. */
function probeWrite(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('tact');
        open.onerror = () => resolve(`open failed: ${open.error?.name}`);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('decisions', 'readwrite');
          tx.objectStore('decisions').put({ id: 'quota-probe', site: 'slack', decision: 'no-reply-needed', decidedAt: 0 });
          tx.objectStore('decisions').delete('quota-probe');
          tx.oncomplete = () => (db.close(), resolve('complete'));
          tx.onabort = () => (db.close(), resolve(tx.error?.name ?? 'aborted'));
        };
      }),
  );
}
