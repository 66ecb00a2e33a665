import { describe, expect, it } from 'vitest';
import { defaultCalendar } from './defaults';
import { dueAt } from './due';
import type { DueRule, WorkingCalendar } from './types';

const email: DueRule = { kind: 'next-business-day-end' };
const chat: DueRule = { kind: 'working-hours', hours: 4 };
const urgent: DueRule = { kind: 'same-day' };
const iso = (t: number) => new Date(t).toISOString();
const at = (text: string) => Date.parse(text);

const ny = defaultCalendar('America/New_York');
const berlin = defaultCalendar('Europe/Berlin');
const kolkata = defaultCalendar('Asia/Kolkata');
const auckland = defaultCalendar('Pacific/Auckland');
/** Every day 00:00–06:00: puts the DST jumps inside working hours. */
const nightShift = (timeZone: string): WorkingCalendar => ({
  timeZone, workingDays: [0, 1, 2, 3, 4, 5, 6], dayStart: '00:00', dayEnd: '06:00', holidays: [],
});

// Expected times are worked out by hand, written with the local offset in force.
const cases: Array<[string, WorkingCalendar, DueRule, string, string]> = [
  ['email mid-week', ny, email, '2026-03-04T10:00-05:00', '2026-03-05T17:30-05:00'],
  ['email Friday evening waits for Monday, across the DST change', ny, email, '2026-03-06T18:00-05:00', '2026-03-10T17:30-04:00'],
  ['email on Saturday counts from Monday', ny, email, '2026-03-07T11:00-05:00', '2026-03-10T17:30-04:00'],
  ['email at 17:29 counts from that day', ny, email, '2026-03-04T17:29-05:00', '2026-03-05T17:30-05:00'],
  ['email at 17:30 sharp counts from the next day', ny, email, '2026-03-04T17:30-05:00', '2026-03-06T17:30-05:00'],
  ['email before hours counts from that morning', ny, email, '2026-03-04T07:00-05:00', '2026-03-05T17:30-05:00'],
  ['chat Friday afternoon → Monday, across the spring DST', ny, chat, '2026-03-06T16:00-05:00', '2026-03-09T11:30-04:00'],
  ['chat Friday afternoon → Monday, across the autumn DST', ny, chat, '2026-10-30T16:00-04:00', '2026-11-02T11:30-05:00'],
  ['chat before hours counts from 09:00', ny, chat, '2026-03-04T08:00-05:00', '2026-03-04T13:00-05:00'],
  ['chat at 17:29 keeps its minute', ny, chat, '2026-03-04T17:29-05:00', '2026-03-05T12:59-05:00'],
  ['chat at day end starts next morning', ny, chat, '2026-03-04T17:30-05:00', '2026-03-05T13:00-05:00'],
  ['chat that fits exactly lands on the day end', ny, chat, '2026-03-04T13:30-05:00', '2026-03-04T17:30-05:00'],
  ['urgent in hours: end of today', ny, urgent, '2026-03-06T16:00-05:00', '2026-03-06T17:30-05:00'],
  ['urgent after hours: end of the next business day', ny, urgent, '2026-03-06T18:00-05:00', '2026-03-09T17:30-04:00'],
  ['urgent before hours: end of today', ny, urgent, '2026-03-04T06:00-05:00', '2026-03-04T17:30-05:00'],
  ['3 business days from Wednesday', ny, { kind: 'business-days', days: 3 }, '2026-03-04T10:00-05:00', '2026-03-09T17:30-04:00'],
  ['0 business days is the same day', ny, { kind: 'business-days', days: 0 }, '2026-03-04T10:00-05:00', '2026-03-04T17:30-05:00'],
  ['0 working hours after hours is next start', ny, { kind: 'working-hours', hours: 0 }, '2026-03-07T10:00-05:00', '2026-03-09T09:00-04:00'],
  ['40 working hours spans a week', ny, { kind: 'working-hours', hours: 40 }, '2026-03-02T09:00-05:00', '2026-03-06T15:00-05:00'],
  // DST jumps inside working hours: the local day 00:00–06:00 lasts 5 h in spring, 7 h in autumn.
  ['spring day 00:00–06:00 holds 5 real hours', nightShift('America/New_York'), { kind: 'working-hours', hours: 5 }, '2026-03-08T00:00-05:00', '2026-03-08T06:00-04:00'],
  ['spring: the 6th hour goes to the next night', nightShift('America/New_York'), { kind: 'working-hours', hours: 6 }, '2026-03-08T00:00-05:00', '2026-03-09T01:00-04:00'],
  ['autumn day 00:00–06:00 holds 7 real hours', nightShift('America/New_York'), { kind: 'working-hours', hours: 6 }, '2026-11-01T00:00-04:00', '2026-11-01T05:00-05:00'],
  ['Berlin spring day 00:00–06:00 holds 5 real hours', nightShift('Europe/Berlin'), { kind: 'working-hours', hours: 2 }, '2026-03-29T01:30+01:00', '2026-03-29T04:30+02:00'],
  ['Berlin: Friday evening email, DST over the weekend', berlin, email, '2026-03-27T18:00+01:00', '2026-03-31T17:30+02:00'],
  ['Berlin: Friday chat → Monday', berlin, chat, '2026-03-27T15:00+01:00', '2026-03-30T10:30+02:00'],
  ['Kolkata +5:30: chat before hours', kolkata, chat, '2026-01-05T08:30+05:30', '2026-01-05T13:00+05:30'],
  ['Kolkata +5:30: Friday email', kolkata, email, '2026-01-09T17:00+05:30', '2026-01-12T17:30+05:30'],
  ['Auckland: Friday chat → Monday, NZDT ends on the weekend', auckland, chat, '2026-04-03T15:00+13:00', '2026-04-06T10:30+12:00'],
  ['Auckland: Sunday in UTC is Monday morning locally', auckland, email, '2026-04-05T20:00Z', '2026-04-07T17:30+12:00'],
  ['Auckland: NZDT starts on the weekend', auckland, email, '2026-09-25T12:00+12:00', '2026-09-28T17:30+13:00'],
  ['holiday Friday: Thursday email due Monday', { ...ny, holidays: ['2026-12-25'] }, email, '2026-12-24T10:00-05:00', '2026-12-28T17:30-05:00'],
  ['Easter: Thursday chat skips Good Friday and Easter Monday', { ...berlin, holidays: ['2026-04-03', '2026-04-06'] }, chat, '2026-04-02T16:00+02:00', '2026-04-07T11:30+02:00'],
  ['holiday on the day received counts from the next day', { ...ny, holidays: ['2026-03-04'] }, urgent, '2026-03-04T10:00-05:00', '2026-03-05T17:30-05:00'],
  ['Sunday–Thursday week: Thursday email due Sunday', { ...defaultCalendar('Asia/Jerusalem'), workingDays: [0, 1, 2, 3, 4] }, email, '2026-01-08T10:00+02:00', '2026-01-11T17:30+02:00'],
  ["a day ending at '24:00'", { ...ny, dayEnd: '24:00' }, urgent, '2026-03-04T22:00-05:00', '2026-03-05T00:00-05:00'],
];

describe('dueAt', () => {
  it.each(cases)('%s', (_name, calendar, rule, received, expected) => {
    expect(iso(dueAt(at(received), rule, calendar))).toBe(iso(at(expected)));
  });

  it('reads the calendar, not the machine: same instant, different zones', () => {
    const t = at('2026-03-04T15:00Z'); // 10:00 in New York, 20:30 in Kolkata
    expect(iso(dueAt(t, urgent, ny))).toBe(iso(at('2026-03-04T17:30-05:00')));
    expect(iso(dueAt(t, urgent, kolkata))).toBe(iso(at('2026-03-05T17:30+05:30')));
  });

  it('rejects an invalid calendar with every reason', () => {
    const bad = { ...ny, timeZone: 'Nowhere/City', dayEnd: '08:00' };
    expect(() => dueAt(0, email, bad)).toThrow(/Unknown time zone.*ends \(08:00\) before it starts/);
  });

  it('rejects invalid rules and times', () => {
    expect(() => dueAt(0, { kind: 'working-hours', hours: -1 }, ny)).toThrow(RangeError);
    expect(() => dueAt(0, { kind: 'working-hours', hours: Number.NaN }, ny)).toThrow(RangeError);
    expect(() => dueAt(0, { kind: 'business-days', days: 1.5 }, ny)).toThrow(RangeError);
    expect(() => dueAt(Number.NaN, email, ny)).toThrow(RangeError);
  });

  it('gives up instead of looping when every day is a holiday', () => {
    const holidays = Array.from({ length: 4000 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    expect(() => dueAt(at('2026-01-01T12:00Z'), email, { ...ny, holidays })).toThrow(/No working time/);
  });
});
