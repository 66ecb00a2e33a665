import { dueAt } from './due';
import type { DueRule, DueRules, SiteKindForRules, WorkingCalendar } from './types';

/** Monday to Friday, 09:00–17:30, no holidays: everything but the time zone. */
export const DEFAULT_WORKING_WEEK: Readonly<Omit<WorkingCalendar, 'timeZone'>> = Object.freeze({
  workingDays: [1, 2, 3, 4, 5],
  dayStart: '09:00',
  dayEnd: '17:30',
  holidays: [],
});

/**
 * The default calendar in the caller's time zone. A function, not a constant, because the
 * time zone is the user's (`Intl.DateTimeFormat().resolvedOptions().timeZone` at the call site).
 */
export function defaultCalendar(timeZone: string): WorkingCalendar {
  return {
    timeZone,
    workingDays: [...DEFAULT_WORKING_WEEK.workingDays],
    dayStart: DEFAULT_WORKING_WEEK.dayStart,
    dayEnd: DEFAULT_WORKING_WEEK.dayEnd,
    holidays: [],
  };
}

/** Email: end of the next business day. Chat: 4 working hours. Urgent: the same business day. */
export const DEFAULT_RULES: Readonly<DueRules> = Object.freeze<DueRules>({
  email: { kind: 'next-business-day-end' },
  chat: { kind: 'working-hours', hours: 4 },
  urgent: { kind: 'same-day' },
});

/** The rule for a message on this kind of site. */
export function ruleFor(site: SiteKindForRules, urgent: boolean, rules: DueRules = DEFAULT_RULES): DueRule {
  return urgent ? rules.urgent : rules[site];
}

/**
 * Due time for a message, the way the product means it: urgency only ever brings a due time
 * forward. (A chat message at 10:00 is due at 14:00 under 4 working hours; "urgent → same day"
 * alone would push it to 17:30.)
 */
export function dueFor(
  receivedAt: number,
  site: SiteKindForRules,
  urgent: boolean,
  calendar: WorkingCalendar,
  rules: DueRules = DEFAULT_RULES,
): number {
  const normal = dueAt(receivedAt, rules[site], calendar);
  return urgent ? Math.min(normal, dueAt(receivedAt, rules.urgent, calendar)) : normal;
}
