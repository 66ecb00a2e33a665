import { browser } from 'wxt/browser';
import type { ConversationAnswered, PendingSighting } from '../messaging';
import { SITE_METAS } from '../sites/meta';
import type { Settings } from '../settings/types';
import { detectedTimeZone, dueRulesFor, runsOn, workingCalendar } from '../settings/bridges';
import { dueFor, type WorkingCalendar } from '../schedule';
import { localDay, zonedInstant } from '../schedule/zone';
import { SNIPPET_MAX, counts, dueSoon, nextDueAfter, resolveConversation, upsertSeen, wakeSnoozed, type TactDb } from '../store';
import { isSafeLink } from '../store/validate';
import { dueNotice } from './notify-text';
import { NAME_MAX, cleanId, cleanPageText } from './page-text';

export const REMINDER_ALARM = 'tact-reminder';
/** Remind this long before an item falls due. */
const REMIND_BEFORE_MS = 30 * 60_000;

/** The user's calendar with the browser's zone filled in when none is set. */
export const calendarOf = (settings: Settings): WorkingCalendar => workingCalendar(settings, detectedTimeZone());

export function endOfToday(now: number, calendar: WorkingCalendar): number {
  return zonedInstant(localDay(now, calendar.timeZone) + 1, 0, calendar.timeZone);
}

/**
 * Records a sighting from a content script. Everything in it is page text: names and the snippet are
 * cleaned and cut (see page-text.ts), an id that is not an id and a link that is not a web link are
 * dropped, so that a hostile page can neither smuggle markup or bidi tricks in nor make the item fail.
 */
export async function recordSighting(db: TactDb, sighting: PendingSighting, settings: Settings, now: number): Promise<string> {
  const site = SITE_METAS.find((s) => s.id === sighting.site);
  if (!site || !runsOn(settings, site.id) || !settings.hints.replyTracking) return 'ignored';
  const calendar = calendarOf(settings);
  // A page's time in the future (clock skew, a bad parse) is clamped to now.
  const receivedAt = Math.min(Number.isFinite(sighting.receivedAt) ? sighting.receivedAt! : now, now);
  const dueAt = dueFor(receivedAt, site.kind, sighting.urgent, calendar, dueRulesFor(settings, site.id));
  return upsertSeen(
    db,
    {
      site: site.id,
      conversationId: String(sighting.conversationId),
      messageId: String(sighting.messageId),
      permalink: isSafeLink(sighting.permalink) ? sighting.permalink : undefined,
      author: { id: cleanId(sighting.author?.id), name: cleanPageText(sighting.author?.name, NAME_MAX) },
      snippet: settings.storeSnippets ? cleanPageText(sighting.text, SNIPPET_MAX) : undefined,
      kind: sighting.kind,
      urgent: Boolean(sighting.urgent),
      receivedAt,
      dueAt,
    },
    now,
  );
}

export async function recordAnswer(db: TactDb, answer: ConversationAnswered): Promise<number> {
  if (!SITE_METAS.some((s) => s.id === answer.site)) return 0;
  return resolveConversation(db, answer.site, String(answer.conversationId), answer.how, answer.at);
}

/**
 * Brings the badge, the next alarm and any due-soon notification up to date from the store.
 * Everything it needs is in IndexedDB and storage, so a restarted service worker loses nothing.
 */
export async function refreshReminders(db: TactDb, settings: Settings, now: number): Promise<void> {
  await wakeSnoozed(db, now);
  const calendar = calendarOf(settings);
  const c = await counts(db, now, endOfToday(now, calendar));
  await browser.action.setBadgeText({ text: c.overdue ? String(Math.min(c.overdue, 999)) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b91c1c' });
  await browser.action.setTitle({
    title: c.overdue || c.dueToday ? `Tact: ${c.overdue} overdue, ${c.dueToday} due today` : 'Tact',
  });

  const soon = await dueSoon(db, now, REMIND_BEFORE_MS);
  const notified = ((await browser.storage.local.get('notified')).notified as string[] | undefined) ?? [];
  const fresh = soon.filter((item) => !notified.includes(item.id));
  if (fresh.length && settings.enabled) {
    await browser.notifications.create('tact-due', {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      ...dueNotice(fresh),
      priority: 1,
    });
    await browser.storage.local.set({ notified: [...notified, ...fresh.map((i) => i.id)].slice(-500) });
  }

  const next = await nextDueAfter(db, now);
  const when = next === undefined ? undefined : Math.max(now + 30_000, next - REMIND_BEFORE_MS > now ? next - REMIND_BEFORE_MS : next);
  await browser.alarms.clear(REMINDER_ALARM);
  if (when !== undefined) await browser.alarms.create(REMINDER_ALARM, { when });
}
