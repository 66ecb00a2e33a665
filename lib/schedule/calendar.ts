import { compileCalendar, type CompiledCalendar } from './compile-calendar';
import type { WorkingCalendar } from './types';
import { localDay, weekdayOf, zonedInstant } from './zone';

export { compileCalendar, validateCalendar, type CompiledCalendar } from './compile-calendar';

/** A working period as instants: [start, end). */
export interface WorkingInterval {
  day: number;
  start: number;
  end: number;
}

// Guarantees termination: no real calendar goes ten years without a working day.
export const MAX_IDLE_DAYS = 3660;

/** The working period of local day `day`, or null when it is not a working day. */
export function dayInterval(day: number, cal: CompiledCalendar): WorkingInterval | null {
  if (!cal.workingDays.has(weekdayOf(day)) || cal.holidays.has(day)) return null;
  const start = zonedInstant(day, cal.startMinutes, cal.timeZone);
  // A day the zone skipped entirely (Pacific/Apia, 2011-12-30) resolves into the next one.
  if (localDay(start, cal.timeZone) !== day) return null;
  const end = zonedInstant(day, cal.endMinutes, cal.timeZone);
  // A very short day can vanish into a DST gap.
  return end > start ? { day, start, end } : null;
}

/**
 * The first working period that ends after t (t may be inside it or before it).
 * Starts one day early because a period ending at '24:00' can reach past local midnight.
 */
export function intervalEndingAfter(t: number, cal: CompiledCalendar): WorkingInterval {
  let day = localDay(t, cal.timeZone) - 1;
  for (let idle = 0; idle < MAX_IDLE_DAYS; idle++, day++) {
    const iv = dayInterval(day, cal);
    if (iv && iv.end > t) return iv;
    if (iv) idle = 0;
  }
  throw new RangeError(`No working time within ${MAX_IDLE_DAYS} days of ${new Date(t).toISOString()}.`);
}

/** The Nth working period after the one given (n = 0 returns it). */
export function nthWorkingDayAfter(iv: WorkingInterval, n: number, cal: CompiledCalendar): WorkingInterval {
  let current = iv;
  for (let i = 0; i < n; i++) current = intervalEndingAfter(current.end, cal);
  return current;
}

/** Whether instant t falls inside working hours (start inclusive, end exclusive). */
export function isWorkingTime(t: number, calendar: WorkingCalendar): boolean {
  const iv = intervalEndingAfter(t, compileCalendar(calendar));
  return iv.start <= t;
}

/** The first working instant at or after t: t itself during working hours, else the next day start. */
export function nextWorkingStart(t: number, calendar: WorkingCalendar): number {
  return Math.max(t, intervalEndingAfter(t, compileCalendar(calendar)).start);
}

/** The first working period on local day `day` or later. */
export function firstWorkingDayFrom(day: number, cal: CompiledCalendar): WorkingInterval {
  for (let d = day; d < day + MAX_IDLE_DAYS; d++) {
    const iv = dayInterval(d, cal);
    if (iv) return iv;
  }
  throw new RangeError(`No working day within ${MAX_IDLE_DAYS} days.`);
}

/**
 * The weekday a team's week begins on: the working day after the longest run of days off
 * (Monday for Mon–Fri, Sunday for Sun–Thu). Monday when every day is a working day.
 */
export function weekStartDay(cal: CompiledCalendar): number {
  let best = 1;
  let bestGap = 0;
  for (const w of [1, 2, 3, 4, 5, 6, 0]) {
    if (!cal.workingDays.has(w)) continue;
    let gap = 0;
    while (gap < 7 && !cal.workingDays.has((w - gap - 1 + 14) % 7)) gap++;
    if (gap > bestGap) [best, bestGap] = [w, gap];
  }
  return best;
}
