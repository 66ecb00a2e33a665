/**
 * When and where a team works. Times are wall-clock times in `timeZone`.
 * Treated as a value: pass a new object rather than mutating one in place.
 */
export interface WorkingCalendar {
  /** IANA time zone name, e.g. 'Europe/Berlin'. */
  timeZone: string;
  /** Working weekdays, 0 = Sunday … 6 = Saturday. */
  workingDays: number[];
  /** Start of the working day, 'HH:MM' (24-hour clock). */
  dayStart: string;
  /** End of the working day, 'HH:MM'; '24:00' means midnight at the end of the day. Must be after dayStart. */
  dayEnd: string;
  /** Days off, as local dates 'YYYY-MM-DD'. */
  holidays: string[];
}

/**
 * How long a message may wait for a reply.
 * - `next-business-day-end`: end of the business day after the one the message counts from.
 * - `working-hours`: this many hours of working time (nights, weekends and holidays do not count).
 * - `same-day`: end of the business day the message counts from.
 * - `business-days`: end of the Nth business day after the one the message counts from
 *   (`days: 0` is `same-day`, `days: 1` is `next-business-day-end`).
 *
 * A message received outside working hours counts from the next working hour.
 */
export type DueRule =
  | { kind: 'next-business-day-end' }
  | { kind: 'working-hours'; hours: number }
  | { kind: 'same-day' }
  | { kind: 'business-days'; days: number };

/** Which rule applies to which kind of site, and to messages marked urgent. */
export interface DueRules {
  email: DueRule;
  chat: DueRule;
  urgent: DueRule;
}

/** Kind of site, as far as reply manners go. Same values as `SiteKind` in lib/sites. */
export type SiteKindForRules = 'email' | 'chat';

/** The snooze choices offered to the user. */
export type SnoozeOption = 'later-today' | 'tomorrow-morning' | 'next-week';
