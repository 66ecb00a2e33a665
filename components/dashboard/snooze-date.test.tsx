import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '@/lib/schedule';
import { firstSnoozeDate, snoozeUntilDate } from './snooze-date';

const berlin = defaultCalendar('Europe/Berlin'); // 09:00–17:30

describe('snoozeUntilDate', () => {
  const now = Date.parse('2026-03-04T10:00:00Z'); // Wed 11:00 in Berlin

  it('wakes at the start of the working day on that date, in the calendar zone', () => {
    expect(snoozeUntilDate('2026-03-09', berlin, now)).toBe(Date.parse('2026-03-09T08:00:00Z'));
    // Summer time: 09:00 in Berlin is 07:00 UTC.
    expect(snoozeUntilDate('2026-04-01', berlin, now)).toBe(Date.parse('2026-04-01T07:00:00Z'));
  });

  it('refuses a date that has already started, or is not a date', () => {
    expect(snoozeUntilDate('2026-03-04', berlin, now)).toBeUndefined();
    expect(snoozeUntilDate('2026-02-30', berlin, now)).toBeUndefined();
    expect(snoozeUntilDate('', berlin, now)).toBeUndefined();
  });
});

describe('firstSnoozeDate', () => {
  it('offers today before the day starts, else tomorrow', () => {
    expect(firstSnoozeDate(berlin, Date.parse('2026-03-04T06:00:00Z'))).toBe('2026-03-04');
    expect(firstSnoozeDate(berlin, Date.parse('2026-03-04T10:00:00Z'))).toBe('2026-03-05');
    // 23:30 UTC on the 4th is already the 5th in Berlin, before 09:00.
    expect(firstSnoozeDate(berlin, Date.parse('2026-03-04T23:30:00Z'))).toBe('2026-03-05');
  });
});
