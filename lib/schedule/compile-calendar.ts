import type { WorkingCalendar } from './types';
import { isValidTimeZone, parseLocalDate } from './zone';

/** A calendar parsed once per call: minutes instead of 'HH:MM', sets instead of arrays. */
export interface CompiledCalendar {
  timeZone: string;
  workingDays: ReadonlySet<number>;
  startMinutes: number;
  endMinutes: number;
  holidays: ReadonlySet<number>;
}

function parseClock(text: unknown, allowMidnightEnd: boolean): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (Number(m[2]) > 59) return undefined;
  if (minutes === 1440 && allowMidnightEnd) return minutes;
  return Number(m[1]) < 24 ? minutes : undefined;
}

/** Readable problems with a calendar; empty when it is usable. */
export function validateCalendar(c: WorkingCalendar): string[] {
  const errors: string[] = [];
  if (!isValidTimeZone(c.timeZone)) errors.push(`Unknown time zone "${String(c.timeZone)}".`);
  const days = Array.isArray(c.workingDays) ? c.workingDays : [];
  const badDays = days.filter((d) => !Number.isInteger(d) || d < 0 || d > 6);
  if (badDays.length) errors.push(`Working days must be 0 (Sunday) to 6 (Saturday); got ${badDays.join(', ')}.`);
  if (days.length - badDays.length === 0) errors.push('There are no working days.');
  const start = parseClock(c.dayStart, false);
  const end = parseClock(c.dayEnd, true);
  if (start === undefined) errors.push(`Start of day "${String(c.dayStart)}" is not a time like 09:00.`);
  if (end === undefined) errors.push(`End of day "${String(c.dayEnd)}" is not a time like 17:30.`);
  if (start !== undefined && end !== undefined && end <= start) {
    errors.push(`The working day ends (${c.dayEnd}) before it starts (${c.dayStart}).`);
  }
  const holidays = Array.isArray(c.holidays) ? c.holidays : [];
  if (!Array.isArray(c.holidays)) errors.push('Holidays must be a list of dates.');
  const badHolidays = holidays.filter((h) => typeof h !== 'string' || parseLocalDate(h) === undefined);
  if (badHolidays.length) {
    errors.push(`Holidays must be real dates written YYYY-MM-DD; not ${badHolidays.map((h) => `"${String(h)}"`).join(', ')}.`);
  }
  return errors;
}

/** Parse a calendar; throws a RangeError listing every problem when it is not usable. */
export function compileCalendar(c: WorkingCalendar): CompiledCalendar {
  const errors = validateCalendar(c);
  if (errors.length) throw new RangeError(`Invalid working calendar: ${errors.join(' ')}`);
  return {
    timeZone: c.timeZone,
    workingDays: new Set(c.workingDays),
    startMinutes: parseClock(c.dayStart, false) as number,
    endMinutes: parseClock(c.dayEnd, true) as number,
    holidays: new Set(c.holidays.map((h) => parseLocalDate(h) as number)),
  };
}
