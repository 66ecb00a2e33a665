import type { Dictionary, Hit } from './dictionary';
import { scanPrefix, type ScanMemoHolder } from './scan-prefix';
import type { ScriptCounts } from './fold';
import { LANGUAGES, type Language } from './types';

/** Stop words are counted in the opening of the text only: enough to tell, cheap on a paste. */
export const LANGUAGE_SAMPLE = 1500;
/** At most this many stop words are counted. */
export const MAX_STOP_HITS = 120;
const SAMPLE = LANGUAGE_SAMPLE;
const LATIN: readonly Language[] = ['en', 'es', 'fr', 'de', 'pt'];
/** Read once: the detector runs on every keystroke. */
const ALL: readonly Language[] = LANGUAGES;
const ES = ALL.indexOf('es');
const FR = ALL.indexOf('fr');
const DE = ALL.indexOf('de');
const PT = ALL.indexOf('pt');
/** A score of zero for each language, copied per call. */
const ZERO: readonly number[] = ALL.map(() => 0);

function indexOf(lang: Language): number {
  // Seven interned strings: comparing them is cheaper than any lookup table.
  for (let i = 0; i < ALL.length; i++) if (ALL[i] === lang) return i;
  return -1;
}

/** The base language of a locale tag ("es-MX" → "es"), or null when it is not one of ours. */
export function languageOfLocale(locale: unknown): Language | null {
  if (typeof locale !== 'string') return null;
  // The usual case, a bare code ("en"), needs no parsing.
  if ((ALL as readonly string[]).includes(locale)) return locale as Language;
  // Called on every keystroke: read up to the first separator without splitting the tag.
  const tag = locale.trim();
  let cut = 0;
  while (cut < tag.length && tag[cut] !== '-' && tag[cut] !== '_') cut++;
  const base = tag.slice(0, cut).toLowerCase();
  return (ALL as readonly string[]).includes(base) ? (base as Language) : null;
}

/**
 * Best guess of the text's language from scripts, diacritics, stop words and `cues` (languages of
 * lexicon phrases found in the text), the locale breaking ties.
 */
export function detectLanguage(
  folded: string,
  counts: ScriptCounts,
  stop: Dictionary<Language>,
  locale?: string,
  cues: readonly Language[] = [],
  holder: ScanMemoHolder<Language> = stop,
  /** Leading units shared with the text of the holder's memo, when the caller tracks its edits. */
  known?: number,
): Language {
  return languageFromStops(scanPrefix(stop, folded, SAMPLE, MAX_STOP_HITS, holder, known), counts, locale, cues);
}

/** `detectLanguage` once the stop words of the text's opening are found. */
export function languageFromStops(stops: readonly Hit<Language>[], counts: ScriptCounts, locale: string | undefined, cues: readonly Language[]): Language {
  const hint = languageOfLocale(locale);
  // Scores by index in LANGUAGES: an array instead of a record keyed by a changing string.
  const score = ZERO.slice();
  score[ES] = counts.es;
  score[FR] = counts.fr;
  score[DE] = counts.de;
  score[PT] = counts.pt;
  for (const lang of cues) score[indexOf(lang)]! += 1;
  let latinHits = 0;
  for (const hit of stops) {
    for (const lang of hit.values) score[indexOf(lang)]! += 1;
    latinHits++;
  }
  const cjk = counts.han + counts.kana;
  if (cjk > 0 && cjk >= latinHits * 2) {
    if (counts.kana > 0) return 'ja';
    // Kanji-only text ("了解", "確認") is both: trust the locale when it says Japanese.
    return hint === 'ja' ? 'ja' : 'zh';
  }
  let best: Language = hint && LATIN.includes(hint) ? hint : 'en';
  let top = score[indexOf(best)]!;
  for (const lang of LATIN) {
    const v = score[indexOf(lang)]!;
    if (v > top) {
      best = lang;
      top = v;
    }
  }
  if (top === 0) return hint ?? 'en';
  return best;
}
