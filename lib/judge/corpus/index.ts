import type { Language } from '../types';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { JA } from './ja';
import { PT } from './pt';
import type { CorpusEntry } from './types';
import { ZH } from './zh';

/** The labelled corpus, by language. */
export const CORPUS: Readonly<Record<Language, readonly CorpusEntry[]>> = { en: EN, zh: ZH, es: ES, fr: FR, de: DE, pt: PT, ja: JA };
