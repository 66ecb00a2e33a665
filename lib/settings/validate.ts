import { t } from '../i18n';
import { isValidTimeZone, parseLocalDate } from '../schedule/zone';
import { SENSITIVE_TOPICS } from './defaults';
import { isRule } from './sanitize';
import type { Settings, SettingsIssue } from './types';

/** storage.sync allows 8,192 bytes per item; keep a margin for the key and the version. */
export const MAX_SYNC_BYTES = 8000;
const MAX_ENTRY = 80;
const MAX_LINK = 500;

/**
 * Readable problems with settings, each at the path of the field it belongs to, so the options page
 * can show it next to that field. Empty when the settings are usable. Pure apart from `t()`.
 */
export function validateSettings(s: Settings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const c = s.calendar;

  if (c.timeZone !== '' && !isValidTimeZone(c.timeZone)) add('calendar.timeZone', t('errTimeZone', c.timeZone));
  const days = c.workingDays;
  if (days.length === 0) add('calendar.workingDays', t('errNoWorkingDays'));
  else if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 6) || new Set(days).size !== days.length) {
    add('calendar.workingDays', t('errNoWorkingDays'));
  }
  const start = clockMinutes(c.dayStart, false);
  const end = clockMinutes(c.dayEnd, true);
  if (start === undefined) add('calendar.dayStart', t('errClock'));
  if (end === undefined) add('calendar.dayEnd', t('errClock'));
  if (start !== undefined && end !== undefined && end <= start) add('calendar.dayEnd', t('errDayOrder'));
  for (const day of c.holidays) if (parseLocalDate(day) === undefined) add('calendar.holidays', t('errHoliday', day));
  duplicates(c.holidays, (d) => add('calendar.holidays', t('errDuplicate', d)));

  if (s.meetingLink !== '' && !isMeetingLink(s.meetingLink)) add('meetingLink', t('errMeetingLink'));

  checkList(s.ackPhrases, 'ackPhrases', add);
  checkList(s.mutedSensitiveTerms, 'mutedSensitiveTerms', add);
  checkList(s.extraSensitiveTerms.map((e) => e.term), 'extraSensitiveTerms', add);
  const topics: readonly string[] = SENSITIVE_TOPICS;
  if (s.extraSensitiveTerms.some((e) => !topics.includes(e.topic))) add('extraSensitiveTerms', t('errTopic'));

  for (const [kind, list] of Object.entries(s.favouriteReactions)) {
    const path = `favouriteReactions.${kind}`;
    for (const emoji of list) if (!isEmoji(emoji)) add(path, t('errReaction', emoji));
    duplicates(list, (e) => add(path, t('errDuplicate', e)));
  }

  for (const key of ['email', 'chat', 'urgent'] as const) {
    if (!isRule(s.rules[key], key === 'urgent')) add(`rules.${key}`, t('errRule'));
  }
  for (const [site, rule] of Object.entries(s.siteRules)) if (!isRule(rule, false)) add(`siteRules.${site}`, t('errRule'));

  if (new TextEncoder().encode(JSON.stringify(s)).length > MAX_SYNC_BYTES) add('', t('errTooLarge'));
  return issues;
}

/** An https address a colleague can open: no spaces, a real host name. */
export function isMeetingLink(text: string): boolean {
  if (text.length > MAX_LINK || /\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && /^[^.]+(\.[^.]+)+$/.test(url.hostname) && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Minutes since midnight for 'HH:MM'; '24:00' only where the end of the day is meant. */
export function clockMinutes(text: string, allowMidnightEnd: boolean): number | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59) return undefined;
  if (hours === 24 && minutes === 0 && allowMidnightEnd) return 1440;
  return hours < 24 ? hours * 60 + minutes : undefined;
}

/** One emoji (any sequence of pictographs, modifiers and joiners), not a word. */
export function isEmoji(text: string): boolean {
  return text.length > 0 && text.length <= 32 && /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3|[#*0-9])+$/u.test(text) && /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(text);
}

/** Same entry up to case, width and surrounding spaces. */
export function normalizeEntry(text: string): string {
  return text.normalize('NFKC').trim().toLocaleLowerCase();
}

function checkList(list: string[], path: string, add: (path: string, message: string) => void): void {
  for (const entry of list) {
    if (entry.trim() === '') add(path, t('errEmptyEntry'));
    else if (entry.length > MAX_ENTRY) add(path, t('errTooLong', `${entry.slice(0, 20)}…`));
  }
  duplicates(list.map(normalizeEntry).filter(Boolean), (e) => add(path, t('errDuplicate', e)));
}

function duplicates(list: string[], report: (entry: string) => void): void {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const entry of list) {
    if (seen.has(entry) && !reported.has(entry)) {
      reported.add(entry);
      report(entry);
    }
    seen.add(entry);
  }
}
