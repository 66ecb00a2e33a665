import { describe, expect, it } from 'vitest';
import { compileCalendar, isWorkingTime, nextWorkingStart, validateCalendar, weekStartDay } from './calendar';
import { defaultCalendar } from './defaults';
import type { WorkingCalendar } from './types';

const ny = defaultCalendar('America/New_York');
const at = (text: string) => Date.parse(text);
const iso = (t: number) => new Date(t).toISOString();

describe('validateCalendar', () => {
  it('accepts the default calendar and a 24:00 end', () => {
    expect(validateCalendar(ny)).toEqual([]);
    expect(validateCalendar({ ...ny, dayStart: '00:00', dayEnd: '24:00' })).toEqual([]);
  });

  it.each<[string, Partial<WorkingCalendar>, RegExp]>([
    ['unknown zone', { timeZone: 'Europe/Atlantis' }, /Unknown time zone "Europe\/Atlantis"/],
    ['empty zone', { timeZone: '' }, /Unknown time zone/],
    ['ends before it starts', { dayStart: '18:00', dayEnd: '09:00' }, /ends \(09:00\) before it starts \(18:00\)/],
    ['ends when it starts', { dayStart: '09:00', dayEnd: '09:00' }, /ends \(09:00\) before it starts/],
    ['bad start', { dayStart: '9am' }, /Start of day "9am"/],
    ['bad end', { dayEnd: '25:00' }, /End of day "25:00"/],
    ['24:00 start', { dayStart: '24:00' }, /Start of day "24:00"/],
    ['bad minutes', { dayEnd: '17:60' }, /End of day "17:60"/],
    ['no working days', { workingDays: [] }, /no working days/],
    ['weekday out of range', { workingDays: [1, 7] }, /0 \(Sunday\) to 6 \(Saturday\); got 7/],
    ['impossible holiday', { holidays: ['2026-02-30'] }, /not "2026-02-30"/],
    ['badly written holiday', { holidays: ['2026-12-25', '25/12/2026'] }, /not "25\/12\/2026"/],
  ])('%s', (_name, patch, message) => {
    const errors = validateCalendar({ ...ny, ...patch });
    expect(errors.join('\n')).toMatch(message);
  });

  it('lists every problem at once', () => {
    expect(validateCalendar({ timeZone: 'x', workingDays: [], dayStart: 'a', dayEnd: 'b', holidays: ['c'] })).toHaveLength(5);
  });
});

describe('isWorkingTime', () => {
  it.each([
    ['2026-03-04T09:00-05:00', true, 'start is inside'],
    ['2026-03-04T08:59:59.999-05:00', false, 'a moment before start'],
    ['2026-03-04T17:29:59.999-05:00', true, 'a moment before end'],
    ['2026-03-04T17:30-05:00', false, 'end is outside'],
    ['2026-03-07T12:00-05:00', false, 'Saturday'],
    ['2026-03-09T12:00-04:00', true, 'Monday after the DST change'],
  ])('%s → %s (%s)', (text, expected) => {
    expect(isWorkingTime(at(text), ny)).toBe(expected);
  });

  it('honours holidays in the local date', () => {
    expect(isWorkingTime(at('2026-12-25T12:00-05:00'), { ...ny, holidays: ['2026-12-25'] })).toBe(false);
    expect(isWorkingTime(at('2026-12-24T12:00-05:00'), { ...ny, holidays: ['2026-12-25'] })).toBe(true);
  });
});

describe('nextWorkingStart', () => {
  it.each([
    ['2026-03-04T10:15-05:00', '2026-03-04T10:15-05:00', 'inside hours: itself'],
    ['2026-03-04T06:00-05:00', '2026-03-04T09:00-05:00', 'early morning'],
    ['2026-03-04T17:30-05:00', '2026-03-05T09:00-05:00', 'at day end'],
    ['2026-03-06T20:00-05:00', '2026-03-09T09:00-04:00', 'Friday night → Monday, across DST'],
  ])('%s → %s (%s)', (from, expected) => {
    expect(iso(nextWorkingStart(at(from), ny))).toBe(iso(at(expected)));
  });
});

describe('weekStartDay', () => {
  it.each<[number[], number]>([
    [[1, 2, 3, 4, 5], 1],
    [[0, 1, 2, 3, 4], 0],
    [[6, 0, 1, 2, 3], 6],
    [[0, 1, 2, 3, 4, 5, 6], 1],
    [[3], 3],
    [[1, 3, 4, 5], 1],
  ])('%j starts on %i', (workingDays, expected) => {
    expect(weekStartDay(compileCalendar({ ...ny, workingDays }))).toBe(expected);
  });
});
