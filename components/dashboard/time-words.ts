import { formatDue } from '@/lib/schedule';
import { s } from './strings';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Where and in which language times are put into words. */
export interface TimeLocale {
  /** BCP 47 tag, e.g. the browser's UI language. */
  locale: string;
  /** IANA zone of the user's working calendar. */
  timeZone: string;
}

/** A due time in words: "in 3 hours", "tomorrow 17:30", "2 days overdue" (see `formatDue`). */
export function dueInWords(due: number, now: number, { locale, timeZone }: TimeLocale): string {
  return formatDue(due, now, locale, timeZone, (amount) => s('overdueBy', amount));
}

/**
 * A past moment in words: "now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago", then
 * the date ("12 Mar", with the year when it is not this year's). A future moment (clock skew) is "now".
 */
export function agoInWords(t: number, now: number, { locale, timeZone }: TimeLocale): string {
  const ago = Math.max(0, now - t);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (ago < MINUTE) return rtf.format(0, 'second');
  if (ago < HOUR) return rtf.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return rtf.format(-Math.floor(ago / HOUR), 'hour');
  if (ago < 7 * DAY) return rtf.format(-Math.floor(ago / DAY), 'day');
  const sameYear = new Date(t).getUTCFullYear() === new Date(now).getUTCFullYear();
  return new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }).format(t);
}

/** A length of time in a few characters: "45 min", "3.5 hr", "2 days". */
export function durationInWords(ms: number, locale: string): string {
  const unit = (value: number, u: 'minute' | 'hour' | 'day', digits = 0) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
  if (ms < HOUR) return unit(Math.max(1, Math.round(ms / MINUTE)), 'minute');
  if (ms < DAY) return unit(ms / HOUR, 'hour', ms < 10 * HOUR ? 1 : 0);
  return unit(ms / DAY, 'day', ms < 10 * DAY ? 1 : 0);
}

/** The full date and time, for a tooltip next to the words. */
export function fullTime(t: number, { locale, timeZone }: TimeLocale): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(t);
}

/** A short date, for chart axes: "12 Oct". */
export function shortDate(t: number, { locale, timeZone }: TimeLocale): string {
  return new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short' }).format(t);
}

/** A share as a percentage in the locale: "67%". */
export function percent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
