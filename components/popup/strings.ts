import { fill } from '../dashboard/strings';

/**
 * The popup's words, in English, until these keys are added to `public/_locales` (another
 * engineer owns the locale files). `$1`, `$2` stand for substitutions as in `browser.i18n`.
 */
const EN = {
  popupOverdue: 'overdue',
  popupToday: 'due today',
  popupNext: 'Next up',
  popupOnSite: 'Tact on $1',
  popupNoSite: 'Tact does not run on this page.',
  popupLocked: 'Set by your team’s policy.',
  popupLockedBy: 'Set by $1.',
  popupAllOff: 'Tact is turned off everywhere; turn it on in Settings.',
  popupHealth: 'Page reading',
  popupHealthOk: 'Working: Tact finds what it needs on this page.',
  popupHealthDegraded: 'Degraded: Tact cannot find $1 on this page.',
  popupHealthUnknown: 'Not checked yet: reload the page if this stays.',
  popupOpenDashboard: 'All pending replies',
  popupOpenOptions: 'Settings',
  popupSaveFailed: 'Could not save: $1',
} as const;

export type PopupStringKey = keyof typeof EN;

/** The English text for `key`, with `$1`, `$2` … replaced by `subs` in order. */
export function ps(key: PopupStringKey, ...subs: Array<string | number>): string {
  return fill(EN[key], subs);
}

/** Every key with its English text, for tests and for moving them into `_locales` later. */
export const POPUP_STRINGS: Readonly<Record<PopupStringKey, string>> = EN;
