import type { Language } from '../types';
import type { EmojiTables, Lexicon } from './types';

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
  emoji: EmojiTables;
  /** `emoji.negative` as a set. */
  negative: ReadonlySet<string>;
}

const NO_EMOJI: EmojiTables = { reactions: {}, emojiKinds: {}, negative: [], shortcodes: {} };

const installed: Installed = { list: [], byLanguage: {}, generation: 0, emoji: NO_EMOJI, negative: new Set() };

/**
 * Makes `list` the judge's vocabulary (all languages together, so mixed-language teams are
 * understood), with `emoji` as its emoji vocabulary (kept from the last install when absent).
 */
export function installLexicons(list: readonly Lexicon[], emoji: EmojiTables = installed.emoji): void {
  installed.list = list;
  installed.byLanguage = Object.fromEntries(list.map((lex) => [lex.language, lex]));
  installed.emoji = emoji;
  installed.negative = new Set(emoji.negative);
  installed.generation += 1;
}

/** The installed emoji vocabulary; empty until installed. */
export function emojiTables(): EmojiTables {
  return installed.emoji;
}

/** Emoji that disagree, mock or sulk, as installed. */
export function negativeEmoji(): ReadonlySet<string> {
  return installed.negative;
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
