import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, defaultCalendar, dueFor, ruleFor } from './defaults';
import { dueAt } from './due';
import { validateCalendar } from './calendar';
import type { DueRules } from './types';

const at = (text: string) => Date.parse(text);

describe('defaults', () => {
  it('default calendar is Mon–Fri 09:00–17:30 in the given zone, and valid', () => {
    const cal = defaultCalendar('Asia/Kolkata');
    expect(cal).toEqual({ timeZone: 'Asia/Kolkata', workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '17:30', holidays: [] });
    expect(validateCalendar(cal)).toEqual([]);
  });

  it('hands out a fresh calendar each time', () => {
    const a = defaultCalendar('UTC');
    a.holidays.push('2026-01-01');
    a.workingDays.push(6);
    expect(defaultCalendar('UTC').holidays).toEqual([]);
    expect(defaultCalendar('UTC').workingDays).toEqual([1, 2, 3, 4, 5]);
  });

  it('picks the rule by site kind and urgency', () => {
    expect(ruleFor('email', false)).toEqual({ kind: 'next-business-day-end' });
    expect(ruleFor('chat', false)).toEqual({ kind: 'working-hours', hours: 4 });
    expect(ruleFor('chat', true)).toEqual({ kind: 'same-day' });
    expect(ruleFor('email', true)).toEqual({ kind: 'same-day' });
    const team: DueRules = { ...DEFAULT_RULES, chat: { kind: 'working-hours', hours: 1 } };
    expect(ruleFor('chat', false, team)).toEqual({ kind: 'working-hours', hours: 1 });
  });
});

describe('dueFor', () => {
  const cal = defaultCalendar('Europe/Berlin');
  it('urgency only brings a due time forward', () => {
    const morning = at('2026-03-04T10:00+01:00');
    // Chat: 4 working hours (14:00) is sooner than "same day" (17:30).
    expect(dueFor(morning, 'chat', true, cal)).toBe(at('2026-03-04T14:00+01:00'));
    // Email: same day (17:30) is sooner than the next business day.
    expect(dueFor(morning, 'email', true, cal)).toBe(at('2026-03-04T17:30+01:00'));
  });

  it('is the site rule when not urgent', () => {
    const t = at('2026-03-04T10:00+01:00');
    expect(dueFor(t, 'email', false, cal)).toBe(dueAt(t, DEFAULT_RULES.email, cal));
    expect(dueFor(t, 'email', false, cal)).toBe(at('2026-03-05T17:30+01:00'));
  });
});
