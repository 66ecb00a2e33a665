import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CDPSession, ElementHandle, Page } from 'puppeteer-core';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, tact, type Harness, waitForHook } from '../support/harness';
import { DM } from '../fixtures/sites/slack/replica/thread-data';
import { defaultCalendar, dueFor, snoozeUntil } from '../../lib/schedule';
import type { PendingItem, TactBackup } from '../../lib/store';
import { clearDraft } from './suites/behaviour';
import en from '../../public/_locales/en/messages.json';

const DAY = 86_400_000;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ROOT = DM.openThread!;
const THREAD = DM.messages.find((m) => m.ts === ROOT)!.replies!;
/** Alice's request in the 1:1 thread: "…Can you check with them before Friday?" */
const REQUEST = THREAD.find((m) => m.text.includes('Can you check with them'))!;
const REQUEST_ID = `slack:D0ALICE:${ROOT}:${REQUEST.ts}`;
/** Alice's question in the DM itself (a conversation of its own, apart from the thread). */
const DM_QUESTION = DM.messages.find((m) => m.text.startsWith('Hey! Do you have a minute'))!;
const DM_QUESTION_ID = `slack:D0ALICE:${DM_QUESTION.ts}`;
const MAIN_COMPOSER = '[data-qa="message_input_container"] .ql-editor';
const THREAD_COMPOSER = '[data-qa="threads_flexpane"] .ql-editor';

/** Old items from another device's backup: received 10+ days ago, long overdue. */
function oldItem(i: number, now: number): PendingItem {
  const receivedAt = now - (10 + i) * DAY;
  return {
    id: `gmail:old-thread-${i}:msg-${i}`, site: 'gmail', conversationId: `old-thread-${i}`, messageId: `msg-${i}`,
    permalink: `https://mail.google.com/mail/u/0/#inbox/old-thread-${i}`,
    author: { name: `Budget owner ${i}` }, snippet: `Could you approve budget line ${i}?`,
    kind: 'approval', urgent: false, receivedAt, dueAt: receivedAt + DAY, status: 'pending', updatedAt: receivedAt,
  };
}

describe('pending replies: from a 1:1 chat to the dashboard, the badge and the popup', () => {
  let h: Harness;
  let dash: Page;
  let slack: Page;
  let timeZone: string;
  const dir = mkdtempSync(join(tmpdir(), 'tact-pending-'));
  const old = [0, 1, 2].map((i) => oldItem(i, Date.now()));

  const openDashboard = async () => {
    const page = await h.openExtensionPage('dashboard.html');
    await page.waitForSelector('[data-tact="dashboard"][data-ready="true"]');
    return page;
  };

  beforeAll(async () => {
    h = await startHarness();
    dash = await openDashboard();
    timeZone = await dash.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows an incoming request in a 1:1 chat as a pending item, due when the rules say', async () => {
    await dash.waitForSelector('[data-tact="empty"]');
    slack = await h.openReplica('slack', 'thread');
    await slack.waitForFunction(() => typeof window.__replica === 'object');
    // The dashboard was open all along: the row arrives live, through the store.
    const row = (await dash.waitForSelector(rowSel(REQUEST_ID))) as ElementHandle<HTMLElement>;
    const shown = await row.evaluate((el) => ({
      status: el.dataset.status,
      group: el.dataset.group,
      author: el.querySelector('[data-tact="author"]')?.textContent,
      snippet: el.querySelector('[data-tact="open"]')?.textContent,
      href: el.querySelector('[data-tact="open"]')?.getAttribute('href'),
      target: el.querySelector('[data-tact="open"]')?.getAttribute('target'),
      received: el.querySelector('[data-tact="received"]')?.getAttribute('datetime'),
      due: el.querySelector('[data-tact="due"]')?.getAttribute('datetime'),
      dueWords: el.querySelector('[data-tact="due"]')?.textContent,
    }));
    const receivedAt = Date.parse(shown.received!);
    const expectedDue = dueFor(receivedAt, 'chat', false, defaultCalendar(timeZone));
    expect(shown).toMatchObject({
      status: 'pending',
      author: 'Alice Chen',
      snippet: REQUEST.text,
      href: `https://acme.slack.com/archives/D0ALICE/p${REQUEST.ts.replace('.', '')}?thread_ts=${ROOT}&cid=D0ALICE`,
      target: '_blank',
    });
    // The background clamps a page time from the future to its own clock; the replica's is in the past here.
    if (slackTsToMs(REQUEST.ts) < Date.now()) expect(receivedAt).toBe(slackTsToMs(REQUEST.ts));
    expect(Date.parse(shown.due!)).toBe(expectedDue);
    expect(shown.group).toBe(expectedDue < Date.now() ? 'overdue' : 'today');
    if (shown.group === 'overdue') expect(shown.dueWords).toMatch(/overdue$/);
    await dash.waitForSelector('[data-tact="empty"]', { hidden: true });
    expect(await groupCount(dash, 'overdue')).toBeGreaterThanOrEqual(1);
  });

  it('resolves the thread when the user replies in it, and leaves the DM open', async () => {
    await slack.bringToFront();
    await clearDraft(slack, THREAD_COMPOSER);
    await slack.keyboard.type('I will ask Legal about the free-text question today and report back.');
    await slack.keyboard.press('Enter');
    await slack.waitForFunction(() => window.__replica.sentMessages().length === 1);
    await dash.waitForSelector(`${rowSel(REQUEST_ID)}[data-status="replied"][data-group="done"]`);
    const rows = await rowsOf(dash);
    const thread = rows.filter((r) => r.id.startsWith(`slack:D0ALICE:${ROOT}:`));
    expect(thread.length).toBeGreaterThanOrEqual(1);
    expect(thread.every((r) => r.status === 'replied')).toBe(true);
    expect(rows.find((r) => r.id === DM_QUESTION_ID)).toMatchObject({ status: 'pending' });
  });

  it('resolves the DM when the user reacts instead of writing', async () => {
    await clearDraft(slack, MAIN_COMPOSER);
    await slack.keyboard.type('thanks!');
    await waitForHook(slack, 'ack-hint');
    await (await slack.$(tact('reaction')))!.click();
    await waitForHook(slack, 'undo');
    await dash.waitForSelector(`${rowSel(DM_QUESTION_ID)}[data-status="reacted"][data-group="done"]`);
    const open = (await rowsOf(dash)).filter((r) => r.id.startsWith('slack:') && (r.status === 'pending' || r.status === 'snoozed'));
    expect(open).toEqual([]);
    await dash.waitForSelector('[data-tact="empty"]');
  });

  it('refuses a damaged backup with a clear error, changing nothing', async () => {
    await dash.bringToFront();
    const before = await rowsOf(dash);
    const input = (await dash.$('input[type="file"][data-tact="import"]'))!;
    await input.uploadFile(backupFile(dir, 'damaged.json', '{"format":"tact-backup","version":1,"exportedAt":1,"items":['));
    const error = await dash.waitForSelector('[data-tact="import-error"]');
    expect(await error!.evaluate((el) => el.textContent)).toMatch(/incomplete \(it ends too early\)/);
    expect(await rowsOf(dash)).toEqual(before);
  });

  it('imports a backup with old items: they show as overdue and the badge counts them', async () => {
    const backup: TactBackup = { format: 'tact-backup', version: 1, exportedAt: Date.now(), items: old, decisions: [] };
    const input = (await dash.$('input[type="file"][data-tact="import"]'))!;
    await input.uploadFile(backupFile(dir, 'old.json', JSON.stringify(backup)));
    const result = await dash.waitForSelector('[data-tact="import-result"]');
    expect(await result!.evaluate((el) => [el.getAttribute('data-added'), el.getAttribute('data-updated'), el.getAttribute('data-skipped')])).toEqual(['3', '0', '0']);
    expect(await dash.$('[data-tact="import-error"]')).toBeNull();
    for (const item of old) await dash.waitForSelector(`${rowSel(item.id)}[data-status="pending"][data-group="overdue"]`);
    const overdue = await groupCount(dash, 'overdue');
    expect(overdue).toBe(old.length);
    await until(async () => (await badgeText(h)) === String(overdue), 'the badge to show the overdue count');
  });

  it('exports everything to a JSON file that parses back', async () => {
    const downloads = mkdtempSync(join(dir, 'downloads-'));
    const session = await h.browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
    await dash.click('[data-tact="export"]');
    const exported = await readExport(downloads);
    expect(exported.name).toMatch(/^tact-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const ids = exported.backup.items.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining([REQUEST_ID, DM_QUESTION_ID, ...old.map((o) => o.id)]));
    expect(exported.backup).toMatchObject({ format: 'tact-backup', version: 1 });
    await session.detach();
  });

  it('is driven by the keyboard: move, mark done, snooze, and undo', async () => {
    await dash.type('[data-tact="search"]', 'budget');
    await until(async () => (await rowsOf(dash)).length === old.length, 'the search to leave the three imported items');
    const ids = (await rowsOf(dash)).map((r) => r.id);
    await dash.focus(rowSel(ids[0]!));
    const focused = () => dash.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id ?? null);
    // Enter opens the message in its site, in a new tab (the host resolves nowhere in tests).
    const permalink = old.find((o) => o.id === ids[0])!.permalink!;
    const opening = h.browser.waitForTarget((t) => t.url() === permalink);
    await dash.keyboard.press('Enter');
    await (await (await opening).asPage())?.close();
    await dash.bringToFront();
    await dash.focus(rowSel(ids[0]!));
    await dash.keyboard.press('j');
    expect(await focused()).toBe(ids[1]);
    await dash.keyboard.press('ArrowDown');
    expect(await focused()).toBe(ids[2]);
    await dash.keyboard.press('k');
    expect(await focused()).toBe(ids[1]);

    // e: done; focus stays in the group, on the item that takes its place.
    await dash.keyboard.press('e');
    await dash.waitForSelector(`${rowSel(ids[1]!)}[data-status="done"]`);
    await until(async () => (await focused()) === ids[2], 'focus to move to the next overdue item');

    // s: the snooze choices, Escape closes them, then tomorrow morning.
    await dash.keyboard.press('s');
    await dash.waitForSelector(`${rowSel(ids[2]!)} [data-tact="snooze-option"]`);
    expect(await dash.evaluate(() => (document.activeElement as HTMLElement).dataset.option)).toBe('later-today');
    await dash.keyboard.press('Escape');
    await until(async () => (await focused()) === ids[2], 'Escape to put focus back on the row');
    await dash.keyboard.press('s');
    await dash.click(`${rowSel(ids[2]!)} [data-tact="snooze-option"][data-option="tomorrow-morning"]`);
    const snoozed = await dash.waitForSelector(`${rowSel(ids[2]!)}[data-status="snoozed"][data-group="snoozed"]`);
    const until_ = await snoozed!.$eval('[data-tact="snoozed-until"]', (el) => el.getAttribute('datetime'));
    expect(Date.parse(until_!)).toBe(snoozeUntil('tomorrow-morning', Date.now(), defaultCalendar(timeZone)));

    // Undo clicked right after "No reply needed", before the store has taken it (held busy here, as the
    // background's writes hold it on a loaded machine): the Undo is that action's, not the snooze's before it.
    const heldFrom = (await storedItem(dash, ids[0]!))!.updatedAt;
    const store = await holdStore(dash);
    try {
      await dash.click(`${rowSel(ids[0]!)} [data-tact="no-reply-needed"]`);
      await dash.click('[data-tact="undo"]');
    } finally {
      await store.release();
    }
    await until(async () => {
      const stored = await storedItem(dash, ids[0]!);
      return stored?.status === 'pending' && stored.updatedAt > heldFrom;
    }, 'the dismissed item to be put back by its Undo');
    expect((await storedItem(dash, ids[2]!))?.status).toBe('snoozed');
    await statusSays(dash, en.dash_didReopen.message);
    await dash.waitForSelector(`${rowSel(ids[0]!)}[data-status="pending"][data-group="overdue"]`);

    // "No reply needed" by mouse is announced with its Undo, which puts the item back.
    await dash.click(`${rowSel(ids[0]!)} [data-tact="no-reply-needed"]`);
    await dash.waitForSelector(`${rowSel(ids[0]!)}[data-status="dismissed"]`);
    await statusSays(dash, en.dash_didDismiss.message);
    await dash.click('[data-tact="undo"]');
    await dash.waitForSelector(`${rowSel(ids[0]!)}[data-status="pending"][data-group="overdue"]`);
    await statusSays(dash, en.dash_didReopen.message);

    // The row's own Reopen takes a dismissed item back too.
    await dash.click(`${rowSel(ids[0]!)} [data-tact="no-reply-needed"]`);
    await dash.waitForSelector(`${rowSel(ids[0]!)}[data-status="dismissed"]`);
    await dash.click(`${rowSel(ids[0]!)} [data-tact="reopen"]`);
    await dash.waitForSelector(`${rowSel(ids[0]!)}[data-status="pending"][data-group="overdue"]`);

    // Reopen brings the done one back; Unsnooze the snoozed one. Each click waits for the list to settle:
    // a row that moves group shifts the others, and a click by position could land on the wrong button.
    await dash.click(`${rowSel(ids[1]!)} [data-tact="reopen"]`);
    await dash.waitForSelector(`${rowSel(ids[1]!)}[data-status="pending"][data-group="overdue"]`);
    await dash.click(`${rowSel(ids[2]!)} [data-tact="reopen"]`);
    for (const id of ids) await dash.waitForSelector(`${rowSel(id)}[data-status="pending"][data-group="overdue"]`);

    // "/" jumps to the search box; clear it, then the site filter shows one site.
    await dash.focus(rowSel(ids[0]!));
    await dash.keyboard.press('/');
    expect(await dash.evaluate(() => (document.activeElement as HTMLElement).dataset.tact)).toBe('search');
    await dash.click('[data-tact="search"]', { count: 3 });
    await dash.keyboard.press('Backspace');
    await dash.select('[data-tact="site-filter"]', 'gmail');
    await until(async () => {
      const rows = await rowsOf(dash);
      return rows.length === old.length && rows.every((r) => r.id.startsWith('gmail:'));
    }, 'the site filter to show only Gmail');
    await dash.select('[data-tact="site-filter"]', '');
    await until(async () => (await rowsOf(dash)).some((r) => r.id.startsWith('slack:')), 'all sites again');
  });

  it('has no serious accessibility violation, with rows and the snooze choices open (axe-core)', async () => {
    await dash.focus('[data-tact="pending-item"][data-status="pending"]');
    await dash.keyboard.press('s');
    await dash.waitForSelector('[data-tact="snooze-menu"]');
    expect(await seriousAxeViolations(dash)).toEqual([]);
    await dash.keyboard.press('Escape');
    await dash.waitForSelector('[data-tact="snooze-menu"]', { hidden: true });
  });

  it('draws the reply chart with a text alternative', async () => {
    const chart = await dash.waitForSelector('svg[data-tact="reply-chart"][data-weeks="8"]');
    const shown = await chart!.evaluate((svg) => ({
      role: svg.getAttribute('role'),
      title: svg.querySelector('title')?.textContent,
      desc: svg.querySelector('desc')?.textContent ?? '',
      bars: svg.querySelectorAll('[data-tact="chart-bar"]').length,
    }));
    expect(shown.role).toBe('img');
    expect(shown.title).toBe('Your reply habits');
    // Everything the user answered was answered this week (a reply and a reaction): one bar, described in words.
    const answered = (await rowsOf(dash)).filter((r) => r.status === 'replied' || r.status === 'reacted').length;
    expect(answered).toBeGreaterThanOrEqual(2);
    expect(shown.bars).toBe(1);
    expect(shown.desc).toContain(`: ${answered} answered, median time to reply `);
    expect(shown.desc.match(/nothing answered/g)).toHaveLength(7);
  });

  it('shows the counts, the next items, the site switch and the page health in the popup', async () => {
    const expected = { overdue: await groupCount(dash, 'overdue'), today: await groupCount(dash, 'today') };
    const listed = await rowsOf(dash);
    const firstOverdue = listed.find((r) => r.group === 'overdue')!.id;
    const open = listed.filter((r) => r.status === 'pending').length;
    await slack.bringToFront();
    await inWorker(h, 'chrome.action.openPopup()');
    const popup = (await (await h.browser.waitForTarget((t) => t.url().endsWith('/popup.html'))).asPage())!;
    await popup.waitForSelector('[data-tact="popup"][data-ready="true"]');
    const count = (hook: string) => popup.$eval(`[data-tact="${hook}"]`, (el) => Number(el.getAttribute('data-count')));
    expect(await count('count-overdue')).toBe(expected.overdue);
    expect(await count('count-today')).toBe(expected.today);
    expect(await badgeText(h)).toBe(String(expected.overdue));
    const next = await popup.$$eval('[data-tact="next-item"]', (els) => els.map((el) => el.getAttribute('data-id')));
    expect(next).toHaveLength(Math.min(3, open));
    expect(next[0]).toBe(firstOverdue);

    const health = await popup.waitForSelector('[data-tact="health"][data-ok]');
    expect(await health!.evaluate((el) => el.getAttribute('data-ok'))).toBe('true');
    const toggle = (await popup.$('[data-tact="site-toggle"]'))!;
    expect(await toggle.evaluate((el) => [(el as HTMLInputElement).checked, (el as HTMLInputElement).disabled, el.getAttribute('data-site')])).toEqual([true, false, 'slack']);
    const synced = () => inWorker(h, 'chrome.storage.sync.get("settings").then((v) => v.settings?.sites?.slack)');
    await toggle.click();
    await until(async () => (await synced()) === false, 'Slack to be turned off in the personal settings');
    await popup.waitForSelector('[data-tact="site-toggle"]:not(:checked)');
    await toggle.click();
    await until(async () => (await synced()) === true, 'Slack to be turned on again');
    // Team rules that set the site lock the switch, with a note saying who set it.
    await inWorker(h, 'chrome.storage.local.set({ teamPolicy: { teamName: "E2E Team", sites: { slack: true } } })');
    const note = await popup.waitForSelector('[data-tact="site-locked"]');
    expect(await note!.evaluate((el) => el.textContent)).toBe('Set by E2E Team.');
    expect(await popup.$eval('[data-tact="site-toggle"]', (el) => (el as HTMLInputElement).disabled)).toBe(true);
    await inWorker(h, 'chrome.storage.local.remove("teamPolicy")');
    await popup.waitForSelector('[data-tact="site-toggle"]:not(:disabled)');
    for (const hook of ['open-dashboard', 'open-options', 'open-onboarding']) expect(await popup.$(`[data-tact="${hook}"]`)).not.toBeNull();
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('loses nothing when the service worker is stopped, and still records new sightings', async () => {
    await dash.bringToFront();
    const before = { rows: await rowsOf(dash), overdue: await groupCount(dash, 'overdue'), done: await groupCount(dash, 'done') };
    // A session on a page that stays open throughout: the dashboard is closed and opened again.
    const session = await slack.createCDPSession();
    const stopped = workerStopped(h, session);
    await session.send('ServiceWorker.stopAllWorkers');
    await stopped;

    await dash.close();
    dash = await openDashboard();
    await until(async () => (await rowsOf(dash)).length === before.rows.length, 'the dashboard to list every item again');
    expect(await rowsOf(dash)).toEqual(before.rows);
    expect({ overdue: await groupCount(dash, 'overdue'), done: await groupCount(dash, 'done') }).toEqual({ overdue: before.overdue, done: before.done });

    // A new sighting wakes the worker, which records it and brings the badge up to date.
    const teams = await h.openReplica('teams', 'chat');
    await dash.bringToFront();
    await dash.waitForSelector('[data-tact="pending-item"][data-site="teams"]');
    // The replica has several questions, recorded one by one: compare the badge with the list as it is then.
    let overdue = 0;
    await until(async () => {
      overdue = await groupCount(dash, 'overdue');
      return (await badgeText(h)) === String(overdue);
    }, 'the restarted worker to update the badge');
    expect(overdue).toBeGreaterThan(before.overdue);
    await session.detach();
    await teams.close();
    await dash.bringToFront();
  });

  it('imports 10 000 items with progress and stays virtualized', async () => {
    await dash.bringToFront();
    const now = Date.now();
    const many: PendingItem[] = Array.from({ length: 10_000 }, (_, i) => ({
      ...oldItem(i % 50, now), id: `outlook:bulk-${i}:m`, site: 'outlook', conversationId: `bulk-${i}`, messageId: 'm',
      permalink: `https://outlook.office.com/mail/inbox/id/bulk-${i}`, snippet: `Bulk request number ${i}?`,
    }));
    // Record every value the progress bar takes: the import must show intermediate steps.
    await dash.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('progress[data-tact="import-progress"]');
        if (bar?.hasAttribute('value')) seen.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
    });
    const input = (await dash.$('input[type="file"][data-tact="import"]'))!;
    await input.uploadFile(backupFile(dir, 'many.json', JSON.stringify({ format: 'tact-backup', version: 1, exportedAt: now, items: many, decisions: [] })));
    await dash.waitForSelector('[data-tact="import-result"][data-added="10000"]', { timeout: 50_000 });
    const seen = await dash.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    expect(seen.some((v) => v > 0 && v < 10_000)).toBe(true);

    await dash.select('[data-tact="site-filter"]', 'outlook');
    await until(async () => (await groupCount(dash, 'overdue')) === 10_000, 'the Outlook filter to count 10 000 overdue items');
    const rendered = await dash.$$eval('[data-tact="pending-item"]', (els) => els.length);
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    // End jumps to the last item: the list scrolls there and renders it, focused.
    await dash.focus('[data-tact="pending-item"]');
    await dash.keyboard.press('End');
    const focusedIndex = () => dash.evaluate(() => (document.activeElement as HTMLElement).closest('[data-tact="pending-item"]')?.getAttribute('data-index'));
    await until(async () => (await focusedIndex()) === '10000', 'End to focus the last of 10 000 items');
    expect(await dash.$$eval('[data-tact="pending-item"]', (els) => els.length)).toBeLessThan(60);
    await dash.select('[data-tact="site-filter"]', '');
  });

  it('threw no page error and sent nothing anywhere', () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.outbound).toEqual([]);
  });
});

// --- Helpers -------------------------------------------------------------------------------

/** axe-core's serious and critical findings on a page (WCAG 2.1 A/AA and best practice). */
async function seriousAxeViolations(page: Page): Promise<Array<{ id: string; targets: string[] }>> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(({ id, targets }) => ({ id, targets }));
}

/** The dashboard row of one item (rendered only while in or near the viewport). */
function rowSel(id: string): string {
  return `[data-tact="pending-item"][data-id="${id.replace(/["\\]/g, '\\$&')}"]`;
}

/** The rendered rows, in display order. */
function rowsOf(page: Page): Promise<Array<{ id: string; status: string; group: string }>> {
  return page.$$eval('[data-tact="pending-item"]', (els) =>
    els.map((el) => ({ id: el.getAttribute('data-id')!, status: el.getAttribute('data-status')!, group: el.getAttribute('data-group')! })));
}

/** A group header's count; 0 when the group is empty (it has no header then). */
async function groupCount(page: Page, group: string): Promise<number> {
  const el = await page.$(`[data-tact="group"][data-group="${group}"]`);
  return el ? Number(await el.evaluate((e) => e.getAttribute('data-count'))) : 0;
}

/** Waits until the dashboard's status line says `text` (it holds the Undo of the action it announces). */
async function statusSays(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('[data-tact="status"]')?.textContent?.includes(t), {}, text);
}

/** One item as stored, read with plain IndexedDB in the page (the e2e project cannot import lib/store). */
function storedItem(page: Page, id: string): Promise<PendingItem | undefined> {
  return page.evaluate((key) => new Promise<PendingItem | undefined>((resolve, reject) => {
    const open = indexedDB.open('tact');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('pending', 'readonly').objectStore('pending').get(key);
      get.onsuccess = () => {
        db.close();
        resolve(get.result as PendingItem | undefined);
      };
      get.onerror = () => reject(get.error);
    };
  }), id);
}

/**
 * Holds the store busy, as a long write from the background would: a read-write transaction on the
 * pending items kept open (one request after another) until `release`. IndexedDB queues every later
 * transaction on these stores behind it, so an action the page starts meanwhile cannot finish yet.
 */
async function holdStore(page: Page): Promise<{ release(): Promise<void> }> {
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const flag = window as unknown as { tactHold?: boolean };
    const open = indexedDB.open('tact');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['pending', 'decisions'], 'readwrite');
      const pending = tx.objectStore('pending');
      tx.oncomplete = () => db.close();
      flag.tactHold = true;
      let started = false;
      const keepAlive = () => {
        if (!started) resolve();
        started = true;
        if (flag.tactHold) pending.count().onsuccess = keepAlive;
      };
      pending.count().onsuccess = keepAlive;
    };
  }));
  return {
    release: async () => {
      await page.evaluate(() => {
        (window as unknown as { tactHold?: boolean }).tactHold = false;
      });
    },
  };
}

/** Waits for a condition checked from the test (IndexedDB, the badge, files), with Vitest's own waiter. */
async function until(check: () => Promise<boolean>, what: string, timeout = 20_000): Promise<void> {
  await vi.waitFor(
    async () => {
      if (!(await check())) throw new Error(`Timed out waiting for ${what}`);
    },
    { timeout, interval: 100 },
  );
}

/**
 * Evaluates an expression in the service worker through a session of its own. Puppeteer's cached
 * `worker()` handle outlives a restarted worker, so a fresh session is the one that always works.
 */
async function inWorker<T = unknown>(h: Harness, expression: string): Promise<T> {
  const session = await (await h.serviceWorker()).createCDPSession();
  try {
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

const badgeText = (h: Harness) => inWorker<string>(h, 'chrome.action.getBadgeText({})');

/** Slack's ts ("1788456707.662733", seconds and microseconds) in epoch ms. */
function slackTsToMs(ts: string): number {
  const [seconds = '0', fraction = '0'] = ts.split('.');
  return Number(seconds) * 1000 + Math.floor(Number(fraction.padEnd(6, '0')) / 1000);
}

function backupFile(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The first finished download in `dir`, parsed as a backup. */
async function readExport(dir: string): Promise<{ name: string; backup: TactBackup }> {
  let name = '';
  await until(async () => {
    name = readdirSync(dir).find((f) => f.endsWith('.json')) ?? '';
    return name !== '';
  }, 'the export to be downloaded');
  return { name, backup: JSON.parse(readFileSync(join(dir, name), 'utf8')) as TactBackup };
}

/**
 * Resolves when the extension's service worker has stopped. Its restart needs nothing from the test:
 * the harness resumes restarted workers, which Chromium starts paused for the debugger.
 */
async function workerStopped(h: Harness, session: CDPSession): Promise<void> {
  const stopped = new Promise<void>((resolve) => {
    session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const mine = versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${h.extensionId}/`));
      if (mine.at(-1)?.runningStatus === 'stopped') resolve();
    });
  });
  await session.send('ServiceWorker.enable');
  return stopped;
}
