import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingTime, nextWorkingStart } from './calendar';
import { dueAt } from './due';
import { snoozeUntil } from './snooze';
import type { DueRule, WorkingCalendar } from './types';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const QUARTER = 15 * 60_000;
const DAY = 86_400_000;
// fast-check runs scale with FUZZ_RUNS; so does the time they may take.
const timeout = 10_000 + RUNS * 50;

// Zones with half- and quarter-hour offsets, DST at midnight (Santiago, Havana, Beirut) and the
// southern hemisphere, next to the plain ones.
const zones = [
  'UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Auckland',
  'Pacific/Chatham', 'Australia/Lord_Howe', 'America/Santiago', 'America/Havana', 'Asia/Beirut', 'America/St_Johns',
];

const clock = (quarters: number) => `${String(Math.floor(quarters / 4)).padStart(2, '0')}:${String((quarters % 4) * 15).padStart(2, '0')}`;
const isoDate = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** A received time (on a quarter-hour, 2024–2028) and a calendar with holidays near it. */
const scenario = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    workingDays: fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }),
    startQ: fc.integer({ min: 0, max: 95 }),
    lengthQ: fc.integer({ min: 1, max: 96 }),
    day: fc.integer({ min: 19_723, max: 21_549 }),
    quarter: fc.integer({ min: 0, max: 95 }),
    holidayOffsets: fc.array(fc.integer({ min: -2, max: 20 }), { maxLength: 5 }),
  })
  .map(({ timeZone, workingDays, startQ, lengthQ, day, quarter, holidayOffsets }) => {
    const calendar: WorkingCalendar = {
      timeZone,
      workingDays,
      dayStart: clock(startQ),
      dayEnd: clock(Math.min(96, startQ + lengthQ)),
      holidays: holidayOffsets.map((o) => isoDate(day + o)),
    };
    return { calendar, receivedAt: day * DAY + quarter * QUARTER };
  });

const rule: fc.Arbitrary<DueRule> = fc.oneof(
  fc.constant<DueRule>({ kind: 'next-business-day-end' }),
  fc.constant<DueRule>({ kind: 'same-day' }),
  fc.integer({ min: 0, max: 64 }).map((q): DueRule => ({ kind: 'working-hours', hours: q / 4 })),
  fc.integer({ min: 0, max: 5 }).map((days): DueRule => ({ kind: 'business-days', days })),
);

const cached = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  if (!cached.has(key)) cached.set(key, new Intl.DateTimeFormat('en-US', { ...options, timeZone }));
  return cached.get(key) as Intl.DateTimeFormat;
}
const parts = (t: number, timeZone: string, options: Intl.DateTimeFormatOptions) =>
  Object.fromEntries(format(timeZone, options).formatToParts(t).map((p) => [p.type, p.value]));

/** The plain reading of a calendar: what the wall clock shows, compared as text. */
function naiveIsWorking(t: number, cal: WorkingCalendar): boolean {
  const p = parts(t, cal.timeZone, {
    hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  });
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(p.weekday ?? '');
  const hm = `${p.hour}:${p.minute}`;
  return cal.workingDays.includes(weekday) && !cal.holidays.includes(`${p.year}-${p.month}-${p.day}`)
    && hm >= cal.dayStart && hm < cal.dayEnd;
}

const offset = (t: number, timeZone: string) => parts(t, timeZone, { timeZoneName: 'longOffset' }).timeZoneName;
/** No DST change anywhere in [from, to]: checked at both ends and every 6 hours between. */
function steadyOffset(from: number, to: number, timeZone: string): boolean {
  const first = offset(from, timeZone);
  for (let t = from; t < to; t += 6 * 3_600_000) if (offset(t, timeZone) !== first) return false;
  return offset(to, timeZone) === first;
}

describe('dueAt properties', () => {
  it('is never before the message, and lands in working time or exactly on a day end', () => {
    fc.assert(fc.property(scenario, rule, ({ calendar, receivedAt }, r) => {
      const due = dueAt(receivedAt, r, calendar);
      expect(due).toBeGreaterThanOrEqual(receivedAt);
      expect(isWorkingTime(due, calendar) || isWorkingTime(due - 1, calendar)).toBe(true);
    }), { numRuns: RUNS });
  }, timeout);

  it('is monotonic in receivedAt', () => {
    fc.assert(fc.property(scenario, rule, fc.integer({ min: 0, max: 10 * DAY }), ({ calendar, receivedAt }, r, delta) => {
      expect(dueAt(receivedAt + delta, r, calendar)).toBeGreaterThanOrEqual(dueAt(receivedAt, r, calendar));
    }), { numRuns: RUNS });
  }, timeout);

  it('working-hours rules count exactly that much working time (checked quarter by quarter)', () => {
    const busyScenario = scenario.filter(({ calendar }) => calendar.workingDays.length >= 3);
    fc.assert(fc.property(busyScenario, fc.integer({ min: 1, max: 24 }), ({ calendar, receivedAt }, quarters) => {
      const due = dueAt(receivedAt, { kind: 'working-hours', hours: quarters / 4 }, calendar);
      // The naive reading disagrees with any rule about clocks that jump; DST days are in the tables.
      fc.pre(due - receivedAt < 40 * DAY && steadyOffset(receivedAt - DAY, due + DAY, calendar.timeZone));
      let counted = 0;
      let t = receivedAt;
      while (counted < quarters) {
        if (naiveIsWorking(t, calendar)) counted++;
        t += QUARTER;
      }
      expect(due).toBe(t);
    }), { numRuns: RUNS });
  }, timeout);
});

describe('working-time properties', () => {
  it('isWorkingTime agrees with the wall clock away from DST changes', () => {
    fc.assert(fc.property(scenario, fc.integer({ min: 0, max: DAY * 14 }), ({ calendar, receivedAt }, shift) => {
      const t = receivedAt + shift;
      fc.pre(steadyOffset(t - DAY, t + DAY, calendar.timeZone));
      expect(isWorkingTime(t, calendar)).toBe(naiveIsWorking(t, calendar));
    }), { numRuns: RUNS });
  }, timeout);

  it('nextWorkingStart is the first working instant at or after t', () => {
    fc.assert(fc.property(scenario, ({ calendar, receivedAt }) => {
      const start = nextWorkingStart(receivedAt, calendar);
      expect(start).toBeGreaterThanOrEqual(receivedAt);
      expect(isWorkingTime(start, calendar)).toBe(true);
      if (start > receivedAt) {
        expect(isWorkingTime(receivedAt, calendar)).toBe(false);
        expect(isWorkingTime(start - 1, calendar)).toBe(false);
      }
    }), { numRuns: RUNS });
  }, timeout);

  it('snoozes always end in the future; morning and next-week snoozes in working time', () => {
    fc.assert(fc.property(scenario, fc.constantFrom('later-today', 'tomorrow-morning', 'next-week' as const), ({ calendar, receivedAt }, option) => {
      const until = snoozeUntil(option, receivedAt, calendar);
      expect(until).toBeGreaterThan(receivedAt);
      if (option !== 'later-today') expect(isWorkingTime(until, calendar)).toBe(true);
    }), { numRuns: RUNS });
  }, timeout);
});
