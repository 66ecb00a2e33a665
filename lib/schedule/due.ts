import { compileCalendar, intervalEndingAfter, nthWorkingDayAfter, type CompiledCalendar } from './calendar';
import type { DueRule, WorkingCalendar } from './types';

const HOUR_MS = 3_600_000;

function addWorkingTime(t: number, ms: number, cal: CompiledCalendar): number {
  let cursor = t;
  let remaining = ms;
  for (;;) {
    const iv = intervalEndingAfter(cursor, cal);
    const from = Math.max(cursor, iv.start);
    const available = iv.end - from;
    // `<=` lets a due time land exactly on the end of a day rather than the next morning.
    if (remaining <= available) return from + remaining;
    remaining -= available;
    cursor = iv.end;
  }
}

function endOfBusinessDay(t: number, daysAfter: number, cal: CompiledCalendar): number {
  // The day a message counts from: today if received before the day ends, else the next working day.
  const first = intervalEndingAfter(t, cal);
  return nthWorkingDayAfter(first, daysAfter, cal).end;
}

function checkRule(rule: DueRule): void {
  if (rule.kind === 'working-hours' && !(Number.isFinite(rule.hours) && rule.hours >= 0)) {
    throw new RangeError(`A working-hours rule needs hours ≥ 0, not ${rule.hours}.`);
  }
  if (rule.kind === 'business-days' && !(Number.isInteger(rule.days) && rule.days >= 0)) {
    throw new RangeError(`A business-days rule needs a whole number of days ≥ 0, not ${rule.days}.`);
  }
}

/**
 * When a reply to a message received at `receivedAt` (epoch ms) is due, under `rule`.
 * The result is never before receivedAt and always inside working hours or exactly at a day end.
 * Throws a RangeError for an invalid calendar or rule.
 */
export function dueAt(receivedAt: number, rule: DueRule, calendar: WorkingCalendar): number {
  if (!Number.isFinite(receivedAt)) throw new RangeError(`receivedAt must be a time in ms, not ${receivedAt}.`);
  checkRule(rule);
  const cal = compileCalendar(calendar);
  switch (rule.kind) {
    case 'working-hours':
      return addWorkingTime(receivedAt, Math.round(rule.hours * HOUR_MS), cal);
    case 'same-day':
      return endOfBusinessDay(receivedAt, 0, cal);
    case 'next-business-day-end':
      return endOfBusinessDay(receivedAt, 1, cal);
    case 'business-days':
      return endOfBusinessDay(receivedAt, rule.days, cal);
  }
}
