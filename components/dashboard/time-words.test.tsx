import { describe, expect, it } from 'vitest';
import { agoInWords, dueInWords, durationInWords, percent } from './time-words';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-03-04T12:00:00Z'); // a Wednesday
const UTC = { locale: 'en', timeZone: 'UTC' };

describe('agoInWords', () => {
  it.each<[string, number, string]>([
    ['a few seconds', 20_000, 'now'],
    ['minutes', 5 * 60_000, '5 minutes ago'],
    ['just under an hour', HOUR - 1, '59 minutes ago'],
    ['hours', 3 * HOUR + 59 * 60_000, '3 hours ago'],
    ['a day', 25 * HOUR, 'yesterday'],
    ['days', 4 * 24 * HOUR, '4 days ago'],
    ['a week or more, as a date', 9 * 24 * HOUR, 'Feb 23'],
    ['a future time (clock skew)', -HOUR, 'now'],
  ])('says %s', (_name, ago, words) => {
    expect(agoInWords(NOW - ago, NOW, UTC)).toBe(words);
  });

  it('adds the year to dates of another year, and follows the locale', () => {
    expect(agoInWords(Date.parse('2025-12-20T10:00:00Z'), NOW, UTC)).toBe('Dec 20, 2025');
    expect(agoInWords(NOW - 3 * HOUR, NOW, { locale: 'de', timeZone: 'UTC' })).toBe('vor 3 Stunden');
  });
});

describe('dueInWords', () => {
  it('uses formatDue with an overdue wording from the strings', () => {
    expect(dueInWords(NOW - 2 * 24 * HOUR, NOW, UTC)).toBe('2 days overdue');
    expect(dueInWords(NOW + 3 * HOUR, NOW, UTC)).toBe('in 3 hours');
  });
});

describe('durationInWords', () => {
  it.each<[number, string]>([
    [20_000, '1 min'],
    [45 * 60_000, '45 min'],
    [3.5 * HOUR, '3.5 hr'],
    [14 * HOUR, '14 hr'],
    [36 * HOUR, '1.5 days'],
    [12 * 24 * HOUR, '12 days'],
  ])('%d ms is %s', (ms, words) => {
    expect(durationInWords(ms, 'en')).toBe(words);
  });
});

describe('percent', () => {
  it('rounds to whole percents', () => {
    expect(percent(2 / 3, 'en')).toBe('67%');
    expect(percent(1, 'en')).toBe('100%');
  });
});
