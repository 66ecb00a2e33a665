import type { Language } from '../types';
import type { Lexicon } from './types';

/**
 * The lexicons the judge runs with. They are data, installed once per context: extension pages and
 * tests import `lib/judge` (which installs `ALL_LEXICONS` from ./all); the content script imports
 * `lib/judge/engine` and installs what the background sends it, so ~110 KB of vocabulary is parsed
 * as data once per page instead of being compiled as part of the script on every site.
 */
interface Installed {
  list: readonly Lexicon[];
  byLanguage: Partial<Record<Language, Lexicon>>;
  /** Bumped on every install so compiled tables built from older lexicons are dropped. */
  generation: number;
}

const installed: Installed = { list: [], byLanguage: {}, generation: 0 };

/** Makes `list` the judge's vocabulary (all languages together, so mixed-language teams are understood). */
export function installLexicons(list: readonly Lexicon[]): void {
  installed.list = list;
  installed.byLanguage = Object.fromEntries(list.map((lex) => [lex.language, lex]));
  installed.generation += 1;
}

/** The installed lexicons; empty until one context installs them (then the judge finds nothing). */
export function lexicons(): readonly Lexicon[] {
  return installed.list;
}

/** One language's installed lexicon, if any. */
export function lexiconOf(language: Language): Lexicon | undefined {
  return installed.byLanguage[language];
}

/** Changes whenever the lexicons are replaced. */
export function lexiconGeneration(): number {
  return installed.generation;
}
