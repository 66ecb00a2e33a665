import type { Dictionary } from './dictionary';
import { scanPrefix } from './dictionary';
import type { ScriptCounts } from './fold';
import { LANGUAGES, type Language } from './types';

/** Stop words are counted in the opening of the text only: enough to tell, cheap on a paste. */
const SAMPLE = 1500;
const MAX_STOP_HITS = 120;
const LATIN: readonly Language[] = ['en', 'es', 'fr', 'de', 'pt'];
const ES = LANGUAGES.indexOf('es');
const FR = LANGUAGES.indexOf('fr');
const DE = LANGUAGES.indexOf('de');
const PT = LANGUAGES.indexOf('pt');

function indexOf(lang: Language): number {
  return LANGUAGES.indexOf(lang);
}

/** The base language of a locale tag ("es-MX" → "es"), or null when it is not one of ours. */
export function languageOfLocale(locale: unknown): Language | null {
  if (typeof locale !== 'string') return null;
  // The usual case, a bare code ("en"), needs no parsing.
  if ((LANGUAGES as readonly string[]).includes(locale)) return locale as Language;
  // Called on every keystroke: read up to the first separator without splitting the tag.
  const tag = locale.trim();
  let cut = 0;
  while (cut < tag.length && tag[cut] !== '-' && tag[cut] !== '_') cut++;
  const base = tag.slice(0, cut).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : null;
}

/**
 * Best guess of the text's language from scripts, diacritics, stop words and `cues` (languages of
 * lexicon phrases found in the text), the locale breaking ties.
 */
export function detectLanguage(folded: string, counts: ScriptCounts, stop: Dictionary<Language>, locale?: string, cues: readonly Language[] = []): Language {
  const hint = languageOfLocale(locale);
  // Scores by index in LANGUAGES: an array instead of a record keyed by a changing string.
  const score = LANGUAGES.map(() => 0);
  score[ES] = counts.es;
  score[FR] = counts.fr;
  score[DE] = counts.de;
  score[PT] = counts.pt;
  for (const lang of cues) score[indexOf(lang)]! += 1;
  let latinHits = 0;
  for (const hit of scanPrefix(stop, folded, SAMPLE, MAX_STOP_HITS)) {
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
