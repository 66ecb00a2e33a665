import type { WorkingCalendar } from '@/lib/schedule';
import { formatLocalDate, localDay, parseLocalDate, zonedInstant } from '@/lib/schedule/zone';

const minutesOf = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/**
 * "Snooze until a date": the start of the working day on that local date ('YYYY-MM-DD') in the
 * calendar's zone. Undefined for a malformed date or one whose start has already passed.
 */
export function snoozeUntilDate(dateText: string, calendar: WorkingCalendar, now: number): number | undefined {
  const day = parseLocalDate(dateText);
  if (day === undefined) return undefined;
  const at = zonedInstant(day, minutesOf(calendar.dayStart), calendar.timeZone);
  return at > now ? at : undefined;
}

/** The first date the date input offers: today while the working day has not started, else tomorrow. */
export function firstSnoozeDate(calendar: WorkingCalendar, now: number): string {
  const today = localDay(now, calendar.timeZone);
  const startsLater = zonedInstant(today, minutesOf(calendar.dayStart), calendar.timeZone) > now;
  return formatLocalDate(startsLater ? today : today + 1);
}
