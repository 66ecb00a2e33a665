import { describe, expect, it } from 'vitest';
import { formatDue } from './format-due';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const now = Date.parse('2026-03-04T10:00:00+01:00'); // a Wednesday in Berlin
const zone = 'Europe/Berlin';

describe('formatDue', () => {
  it.each([
    [now + 20_000, 'now'],
    [now + 45 * MIN, 'in 45 minutes'],
    [now + 59.8 * MIN, 'in 1 hour'],
    [now + 3 * HOUR, 'in 3 hours'],
    [now + 7.5 * HOUR, 'today 17:30'],
    [now + 31.5 * HOUR, 'tomorrow 17:30'],
    [now + 2 * DAY, 'Fri 10:00'],
    [now + 20 * DAY, '24 Mar'],
    [now - 30_000, '1 minute overdue'],
    [now - 5 * MIN, '5 minutes overdue'],
    [now - 3.5 * HOUR, '3 hours overdue'],
    [now - 50 * HOUR, '2 days overdue'],
  ])('%i → %s', (due, expected) => {
    expect(formatDue(due, now, 'en-GB', zone)).toBe(expected);
  });

  it('counts "tomorrow" in the given time zone', () => {
    const due = Date.parse('2026-03-05T00:00:00Z');
    const at = Date.parse('2026-03-04T12:00:00Z');
    expect(formatDue(due, at, 'en-GB', 'Europe/Berlin')).toBe('tomorrow 01:00');
    expect(formatDue(due, at, 'en-GB', 'Pacific/Auckland')).toBe('today 13:00');
  });

  it('follows the locale', () => {
    expect(formatDue(now + 31.5 * HOUR, now, 'en-US', zone)).toMatch(/^tomorrow 5:30\sPM$/);
    expect(formatDue(now + 31.5 * HOUR, now, 'de', zone)).toBe('morgen 17:30');
    expect(formatDue(now + 3 * HOUR, now, 'de', zone)).toBe('in 3 Stunden');
  });

  it('takes the overdue wording as an argument', () => {
    expect(formatDue(now - 50 * HOUR, now, 'de', zone, (amount) => `${amount} überfällig`)).toBe('2 Tage überfällig');
  });
});
