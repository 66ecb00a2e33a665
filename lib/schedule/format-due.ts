import { localDay } from './zone';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Closer than this, a countdown ("in 3 hours") reads better than a clock time.
const COUNTDOWN_LIMIT = 6 * HOUR;

/** Wording for an overdue amount ("2 days") — English by default; pass a translation if needed. */
export type OverdueWording = (amount: string) => string;

const englishOverdue: OverdueWording = (amount) => `${amount} overdue`;

function amount(locale: string, value: number, unit: 'minute' | 'hour' | 'day'): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/**
 * A due time in a few words, relative to now: "now", "in 45 minutes", "in 3 hours",
 * "today 17:30", "tomorrow 17:30", "Mon 17:30", "12 Mar", "2 hours overdue", "2 days overdue".
 * Numbers, units, weekday and clock follow `locale`; days are counted in `timeZone`.
 */
export function formatDue(
  due: number,
  now: number,
  locale: string,
  timeZone: string,
  overdue: OverdueWording = englishOverdue,
): string {
  const diff = due - now;
  if (diff < 0) {
    const late = -diff;
    if (late < HOUR) return overdue(amount(locale, Math.max(1, Math.floor(late / MINUTE)), 'minute'));
    if (late < DAY) return overdue(amount(locale, Math.floor(late / HOUR), 'hour'));
    return overdue(amount(locale, Math.floor(late / DAY), 'day'));
  }
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (diff < MINUTE) return rtf.format(0, 'second');
  const minutes = Math.round(diff / MINUTE);
  if (minutes < 60) return rtf.format(minutes, 'minute');
  if (diff < COUNTDOWN_LIMIT) return rtf.format(Math.round(diff / HOUR), 'hour');

  const clock = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }).format(due);
  const days = localDay(due, timeZone) - localDay(now, timeZone);
  if (days <= 1) return `${rtf.format(days, 'day')} ${clock}`;
  if (days < 7) {
    return `${new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short' }).format(due)} ${clock}`;
  }
  return new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short' }).format(due);
}
