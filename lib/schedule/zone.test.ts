import { describe, expect, it } from 'vitest';
import { formatLocalDate, isValidTimeZone, localDay, offsetAt, parseLocalDate, weekdayOf, zonedInstant } from './zone';

const HOUR = 3_600_000;
const day = (text: string) => parseLocalDate(text) as number;

describe('offsetAt', () => {
  it.each([
    ['UTC', '2026-06-01T12:00:00Z', 0],
    ['Asia/Kolkata', '2026-06-01T12:00:00Z', 5.5 * HOUR],
    ['Asia/Kathmandu', '2026-06-01T12:00:00Z', 5.75 * HOUR],
    ['America/New_York', '2026-01-15T12:00:00Z', -5 * HOUR],
    ['America/New_York', '2026-07-15T12:00:00Z', -4 * HOUR],
    ['America/New_York', '2026-03-08T06:59:59Z', -5 * HOUR],
    ['America/New_York', '2026-03-08T07:00:00Z', -4 * HOUR],
    ['Pacific/Auckland', '2026-01-15T00:00:00Z', 13 * HOUR],
    ['Pacific/Auckland', '2026-07-15T00:00:00Z', 12 * HOUR],
  ])('%s at %s', (zone, iso, expected) => {
    expect(offsetAt(Date.parse(iso), zone)).toBe(expected);
  });
});

describe('zonedInstant', () => {
  it.each([
    // [zone, local date, minutes, expected instant, why]
    ['Asia/Kolkata', '2026-01-05', 9 * 60, '2026-01-05T03:30:00Z', 'plain half-hour offset'],
    ['America/New_York', '2026-03-08', 60 + 30, '2026-03-08T06:30:00Z', 'before the spring gap'],
    ['America/New_York', '2026-03-08', 2 * 60 + 30, '2026-03-08T07:00:00Z', 'inside the gap → the jump'],
    ['America/New_York', '2026-03-08', 3 * 60, '2026-03-08T07:00:00Z', 'just after the gap'],
    ['America/New_York', '2026-11-01', 60 + 30, '2026-11-01T05:30:00Z', 'overlap → first occurrence (EDT)'],
    ['Europe/Berlin', '2026-03-29', 2 * 60 + 15, '2026-03-29T01:00:00Z', 'Berlin gap'],
    ['Europe/Berlin', '2026-10-25', 2 * 60 + 30, '2026-10-25T00:30:00Z', 'Berlin overlap → CEST'],
    ['Europe/Berlin', '2026-03-29', 24 * 60, '2026-03-29T22:00:00Z', "'24:00' is the next midnight"],
  ])('%s %s +%i min', (zone, date, minutes, iso) => {
    expect(new Date(zonedInstant(day(date), minutes, zone)).toISOString()).toBe(new Date(iso).toISOString());
  });

  it('resolves a day the zone skipped into the next day (Pacific/Apia, 2011-12-30)', () => {
    const t = zonedInstant(day('2011-12-30'), 9 * 60, 'Pacific/Apia');
    expect(formatLocalDate(localDay(t, 'Pacific/Apia'))).toBe('2011-12-31');
  });
});

describe('local dates', () => {
  it('parses real dates only', () => {
    expect(formatLocalDate(day('2024-02-29'))).toBe('2024-02-29');
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-5', '26-01-05', '2026-01-05T00:00', '']) {
      expect(parseLocalDate(bad), bad).toBeUndefined();
    }
  });

  it('knows weekdays', () => {
    expect(weekdayOf(day('1970-01-01'))).toBe(4);
    expect(weekdayOf(day('2026-03-08'))).toBe(0);
    expect(weekdayOf(day('2026-03-06'))).toBe(5);
    expect(weekdayOf(day('1969-12-28'))).toBe(0);
  });

  it('takes the local date in the zone, not in UTC', () => {
    const t = Date.parse('2026-04-05T20:00:00Z');
    expect(formatLocalDate(localDay(t, 'Pacific/Auckland'))).toBe('2026-04-06');
    expect(formatLocalDate(localDay(t, 'America/New_York'))).toBe('2026-04-05');
  });

  it('recognises time zones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
