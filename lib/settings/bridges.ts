import type { DueRules, WorkingCalendar } from '../schedule/types';
import { SITE_METAS } from '../sites/meta';
import type { SiteId } from '../sites/types';
import type { JudgeOptions } from '../judge/types';
import type { Settings } from './types';

/**
 * What each part of Tact takes from the settings, in the shape it wants: the judge its words, the
 * schedule its calendar and rules, the overlay its switches. Callers never reach into `Settings`
 * for these, so a settings change is made here once.
 */

/** The user's words for `analyzeMessage(text, options)`. Pass the same object again to reuse the judge's compiled form. */
export type JudgeWords = Required<JudgeOptions>;

export function judgeOptions(settings: Settings, locale: string): JudgeWords {
  const words: JudgeWords = {
    locale,
    extraAcknowledgements: settings.ackPhrases,
    extraSensitiveTerms: settings.extraSensitiveTerms,
    mutedSensitiveTerms: settings.mutedSensitiveTerms,
  };
  // The judge caches its compiled form by this object's identity, and compiling the user's own words
  // costs tens of ms: a settings change that leaves the words alone (a site switch, working hours),
  // a second caller in the same page, or tabs of other locales taking turns in the background, get
  // the object already compiled.
  const known = wordsByLocale.get(locale);
  if (known && sameWords(known, words)) return known;
  wordsByLocale.delete(locale);
  if (wordsByLocale.size >= MAX_WORD_LOCALES) wordsByLocale.delete(wordsByLocale.keys().next().value!);
  wordsByLocale.set(locale, words);
  return words;
}

/** Locales whose words are kept (oldest forgotten first); a page has one, the background one per tab language. */
export const MAX_WORD_LOCALES = 8;

/** The last words handed out per locale: equal words keep one identity. */
const wordsByLocale = new Map<string, JudgeWords>();

function sameWords(a: JudgeWords, b: JudgeWords): boolean {
  const same = <T>(x: readonly T[], y: readonly T[], eq: (p: T, q: T) => boolean) => x.length === y.length && x.every((v, i) => eq(v, y[i]!));
  const text = (p: string, q: string) => p === q;
  return (
    same(a.extraAcknowledgements, b.extraAcknowledgements, text) &&
    same(a.extraSensitiveTerms, b.extraSensitiveTerms, (p, q) => p.term === q.term && p.topic === q.topic) &&
    same(a.mutedSensitiveTerms, b.mutedSensitiveTerms, text)
  );
}

/** The calendar for `dueAt`; an unset time zone is the one detected now (pass it in: no hidden clock). */
export function workingCalendar(settings: Settings, detectedTimeZone: string): WorkingCalendar {
  const c = settings.calendar;
  return {
    timeZone: c.timeZone || detectedTimeZone,
    workingDays: [...c.workingDays],
    dayStart: c.dayStart,
    dayEnd: c.dayEnd,
    holidays: [...c.holidays],
  };
}

/** The rules for a site: its own rule, if the user set one, replaces the one for its kind. */
export function dueRulesFor(settings: Settings, site: SiteId): DueRules {
  const kind = SITE_METAS.find((s) => s.id === site)?.kind ?? 'chat';
  const own = settings.siteRules[site];
  return { ...settings.rules, [kind]: own ?? settings.rules[kind] };
}

/** Whether Tact works on this site at all. */
export function runsOn(settings: Settings, site: SiteId): boolean {
  return settings.enabled && settings.sites[site] !== false;
}

/** Whether a hint shows on this site. */
export function hintOn(settings: Settings, site: SiteId, hint: keyof Settings['hints']): boolean {
  return runsOn(settings, site) && settings.hints[hint];
}

/** The time zone the browser reports, for `workingCalendar`. */
export function detectedTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
