// Public surface of lib/schedule: pure due-time rules, no clock and no browser APIs.
export type { DueRule, DueRules, SiteKindForRules, SnoozeOption, WorkingCalendar } from './types';
export { DEFAULT_RULES, DEFAULT_WORKING_WEEK, defaultCalendar, dueFor, ruleFor } from './defaults';
export { dueAt } from './due';
export { isWorkingTime, nextWorkingStart, validateCalendar } from './calendar';
export { snoozeUntil } from './snooze';
export { formatDue, type OverdueWording } from './format-due';
export { isValidTimeZone } from './zone';
