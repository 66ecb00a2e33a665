import { compileCalendar, dayInterval, firstWorkingDayFrom, weekStartDay } from './calendar';
import type { SnoozeOption, WorkingCalendar } from './types';
import { localDay, weekdayOf } from './zone';

const LATER_TODAY_MS = 3 * 3_600_000;

/**
 * When a snoozed item should come back.
 * - later-today: in 3 hours, but no later than today's day end; after the day has ended
 *   (or on a day off) it is tomorrow morning instead.
 * - tomorrow-morning: the start of the next working day (after today's local date).
 * - next-week: the start of the first working day of next week (Monday for a Mon–Fri team,
 *   Tuesday if that Monday is a holiday).
 */
export function snoozeUntil(option: SnoozeOption, now: number, calendar: WorkingCalendar): number {
  const cal = compileCalendar(calendar);
  const today = localDay(now, cal.timeZone);
  switch (option) {
    case 'later-today': {
      const iv = dayInterval(today, cal);
      if (iv && now < iv.end) return Math.min(now + LATER_TODAY_MS, iv.end);
      return firstWorkingDayFrom(today + 1, cal).start;
    }
    case 'tomorrow-morning':
      return firstWorkingDayFrom(today + 1, cal).start;
    case 'next-week': {
      const start = weekStartDay(cal);
      let day = today + 1;
      while (weekdayOf(day) !== start) day++;
      return firstWorkingDayFrom(day, cal).start;
    }
  }
}
