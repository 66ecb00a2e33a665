import type { Dictionary } from './dictionary';
import { scanPrefix } from './dictionary';
import type { ScriptCounts } from './fold';
import { LANGUAGES, type Language } from './types';

/** Stop words are counted in the opening of the text only: enough to tell, cheap on a paste. */
const SAMPLE = 1500;
const MAX_STOP_HITS = 120;
const LATIN: readonly Language[] = ['en', 'es', 'fr', 'de', 'pt'];

/** The base language of a locale tag ("es-MX" → "es"), or null when it is not one of ours. */
export function languageOfLocale(locale: unknown): Language | null {
  if (typeof locale !== 'string') return null;
  const base = locale.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : null;
}

/**
 * Best guess of the text's language from scripts, diacritics, stop words and `cues` (languages of
 * lexicon phrases found in the text), the locale breaking ties.
 */
export function detectLanguage(folded: string, counts: ScriptCounts, stop: Dictionary<Language>, locale?: string, cues: readonly Language[] = []): Language {
  const hint = languageOfLocale(locale);
  const score: Record<Language, number> = { en: 0, zh: 0, es: counts.es, fr: counts.fr, de: counts.de, pt: counts.pt, ja: 0 };
  for (const lang of cues) score[lang] += 1;
  let latinHits = 0;
  for (const hit of scanPrefix(stop, folded, SAMPLE, MAX_STOP_HITS)) {
    for (const lang of hit.values) score[lang] += 1;
    latinHits++;
  }
  const cjk = counts.han + counts.kana;
  if (cjk > 0 && cjk >= latinHits * 2) {
    if (counts.kana > 0) return 'ja';
    // Kanji-only text ("了解", "確認") is both: trust the locale when it says Japanese.
    return hint === 'ja' ? 'ja' : 'zh';
  }
  let best: Language = hint && LATIN.includes(hint) ? hint : 'en';
  for (const lang of LATIN) if (score[lang] > score[best]) best = lang;
  if (score[best] === 0) return hint ?? 'en';
  return best;
}
