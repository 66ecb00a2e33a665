import type { Language } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { pt } from './pt';
import { zh } from './zh';
import type { Lexicon } from './types';

/** Every language's lexicon, bundled. Never imported by the content script (it gets them as data). */
export const ALL_LEXICONS: readonly Lexicon[] = [en, zh, es, fr, de, pt, ja];

/** The lexicon of each language. */
export const LEXICON_BY_LANGUAGE: Readonly<Record<Language, Lexicon>> = { en, zh, es, fr, de, pt, ja };
