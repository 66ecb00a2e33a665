import { t } from '@/lib/i18n';

/** A message name in `public/_locales/en/messages.json`, as `t` accepts it. */
export type MessageKey = Parameters<typeof t>[0];

/**
 * The dashboard's words in English. The shown text comes from the browser's i18n
 * (`public/_locales/<locale>/messages.json`, named `dash_<key>`); this table stands in only where the
 * i18n API has no text (unit tests, which read English). `$1`, `$2` stand for substitutions.
 */
const EN = {
  dashboardTitle: 'Pending replies',
  dashboardIntro: 'Messages that wait on your reply, across your sites.',
  openSettings: 'Settings',
  emptyState: 'Nothing waits on you.',
  noMatch: 'Nothing matches this filter.',
  loading: 'Loading…',
  groupOverdue: 'Overdue',
  groupToday: 'Due today',
  groupLater: 'Later',
  groupSnoozed: 'Snoozed',
  groupDone: 'Done',
  listLabel: 'Pending replies, $1 items',
  keyboardHelp: '↑/↓ or j/k move · Enter opens · e done · s snooze · / search',
  filterSite: 'Site',
  filterAllSites: 'All sites',
  search: 'Search',
  searchPlaceholder: 'Search names and messages',
  unknownAuthor: 'Someone',
  noSnippet: '(message text not stored)',
  received: 'received $1',
  due: 'due $1',
  overdueBy: '$1 overdue',
  snoozedUntil: 'back $1',
  resolvedReplied: 'replied $1',
  resolvedReacted: 'reacted $1',
  resolvedDone: 'done $1',
  resolvedDismissed: 'no reply needed · $1',
  urgent: 'urgent',
  openInSite: 'Open in $1',
  actionDone: 'Done',
  actionDoneLabel: 'Mark done: $1',
  actionSnooze: 'Snooze',
  actionSnoozeLabel: 'Snooze: $1',
  actionNoReply: 'No reply needed',
  actionNoReplyLabel: 'No reply needed: $1',
  actionReopen: 'Reopen',
  actionReopenLabel: 'Reopen: $1',
  actionUnsnooze: 'Unsnooze',
  actionUnsnoozeLabel: 'Unsnooze: $1',
  snoozeGroup: 'Snooze until',
  snoozeLaterToday: 'Later today',
  snoozeTomorrow: 'Tomorrow morning',
  snoozeNextWeek: 'Next week',
  snoozeDate: 'On a date',
  snoozeDateApply: 'Snooze',
  snoozeCancel: 'Cancel',
  showMore: 'Show $1 more',
  didDone: 'Marked done.',
  didDismiss: 'Marked as needing no reply.',
  didSnooze: 'Snoozed until $1.',
  didReopen: 'Reopened.',
  undo: 'Undo',
  actionFailed: 'That did not work: $1',
  chartTitle: 'Your reply habits',
  chartDescTitle: 'Time to reply per week and share answered in time, last $1 weeks.',
  chartWeek: 'Week of $1: $2 answered, median time to reply $3, $4 in time.',
  chartWeekEmpty: 'Week of $1: nothing answered.',
  chartLegendMedian: 'Median time to reply',
  chartLegendShare: 'Answered in time',
  chartNoData: 'Once you answer a few messages, your reply habits show here.',
  chartSummary: 'Last week: median $1, $2 in time.',
  backupTitle: 'Backup',
  backupHelp: 'Export everything Tact keeps to a file, or import a backup. Importing merges: nothing is deleted.',
  exportButton: 'Export backup',
  importLabel: 'Import a backup',
  importReading: 'Reading the file…',
  importChecking: 'Checking the backup…',
  importProgress: 'Importing $1 of $2…',
  importResult: 'Imported: $1 added, $2 updated, $3 skipped (already up to date).',
  importFailed: 'The import failed, so nothing was changed: $1',
  importTooLarge: 'This file is too large ($1 MB); a Tact backup can be at most $2 MB.',
  exportFailed: 'The export failed: $1',
  storeFull: 'Tact could not save a change: your browser has no storage space left for Tact. Everything saved before is still here. Free up some disk space and Tact will save new messages again.',
  storeFailed: 'Tact could not save a change. Everything saved before is still here.',
  storageFull: 'your browser has no storage space left for Tact. Free up some disk space and try again.',
} as const;

export type StringKey = keyof typeof EN;

/** The text for `key` in the browser's language, with `$1`, `$2` … replaced by `subs` in order. */
export function s(key: StringKey, ...subs: Array<string | number>): string {
  return localize(`dash_${key}`, EN[key], subs);
}

/**
 * Message `name` from the browser's i18n with `subs`, or `english` filled with them when the API
 * has no text for it (`t` then answers the name itself).
 */
export function localize(name: MessageKey, english: string, subs: Array<string | number>): string {
  const words = subs.map(String);
  const text = t(name, words.length ? words : undefined);
  return text === name ? fill(english, subs) : text;
}

/** A template with `$1`, `$2` … replaced by `subs` in order (missing ones become ''). */
export function fill(template: string, subs: Array<string | number>): string {
  return template.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** Every key with its English text, the fallback (its test keeps `_locales/en` equal to it). */
export const DASHBOARD_STRINGS: Readonly<Record<StringKey, string>> = EN;
