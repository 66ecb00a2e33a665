import { describe, expect, it } from 'vitest';
import { defaultCalendar } from './defaults';
import { snoozeUntil } from './snooze';
import type { SnoozeOption, WorkingCalendar } from './types';

const berlin = defaultCalendar('Europe/Berlin');
const at = (text: string) => Date.parse(text);
const iso = (t: number) => new Date(t).toISOString();

const cases: Array<[SnoozeOption, WorkingCalendar, string, string, string]> = [
  ['later-today', berlin, '2026-03-04T10:00+01:00', '2026-03-04T13:00+01:00', '+3 hours'],
  ['later-today', berlin, '2026-03-04T07:00+01:00', '2026-03-04T10:00+01:00', '+3 hours before the day starts'],
  ['later-today', berlin, '2026-03-04T16:00+01:00', '2026-03-04T17:30+01:00', 'clipped to day end'],
  ['later-today', berlin, '2026-03-04T18:00+01:00', '2026-03-05T09:00+01:00', 'after hours → tomorrow morning'],
  ['later-today', berlin, '2026-03-07T10:00+01:00', '2026-03-09T09:00+01:00', 'Saturday → Monday morning'],
  ['tomorrow-morning', berlin, '2026-03-04T10:00+01:00', '2026-03-05T09:00+01:00', 'next day'],
  ['tomorrow-morning', berlin, '2026-03-05T00:30+01:00', '2026-03-06T09:00+01:00', 'just after midnight is already tomorrow'],
  ['tomorrow-morning', berlin, '2026-03-27T10:00+01:00', '2026-03-30T09:00+02:00', 'Friday → Monday across DST'],
  ['tomorrow-morning', { ...berlin, holidays: ['2026-03-05'] }, '2026-03-04T10:00+01:00', '2026-03-06T09:00+01:00', 'skips a holiday'],
  ['next-week', berlin, '2026-03-04T10:00+01:00', '2026-03-09T09:00+01:00', 'Wednesday → Monday'],
  ['next-week', berlin, '2026-03-09T08:00+01:00', '2026-03-16T09:00+01:00', 'Monday → the Monday after'],
  ['next-week', berlin, '2026-03-08T10:00+01:00', '2026-03-09T09:00+01:00', 'Sunday → tomorrow, a new week'],
  ['next-week', { ...berlin, holidays: ['2026-04-06'] }, '2026-04-01T10:00+02:00', '2026-04-07T09:00+02:00', 'Easter Monday → Tuesday'],
  ['next-week', { ...defaultCalendar('Asia/Jerusalem'), workingDays: [0, 1, 2, 3, 4] }, '2026-01-06T10:00+02:00', '2026-01-11T09:00+02:00', 'a Sunday–Thursday team starts on Sunday'],
];

describe('snoozeUntil', () => {
  it.each(cases)('%s from %s', (option, calendar, now, expected) => {
    const until = snoozeUntil(option, at(now), calendar);
    expect(iso(until)).toBe(iso(at(expected)));
    expect(until).toBeGreaterThan(at(now));
  });
});
