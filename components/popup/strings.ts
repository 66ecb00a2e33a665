import { localize } from '../dashboard/strings';

/**
 * The popup's words in English. The shown text comes from the browser's i18n
 * (`public/_locales/<locale>/messages.json`, under the same names); this table stands in only where the
 * i18n API has no text (unit tests, which read English). `$1`, `$2` stand for substitutions.
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

/** The text for `key` in the browser's language, with `$1`, `$2` … replaced by `subs` in order. */
export function ps(key: PopupStringKey, ...subs: Array<string | number>): string {
  return localize(key, EN[key], subs);
}

/** Every key with its English text, the fallback (its test keeps `_locales/en` equal to it). */
export const POPUP_STRINGS: Readonly<Record<PopupStringKey, string>> = EN;
