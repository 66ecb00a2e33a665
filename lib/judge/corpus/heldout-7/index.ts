// The seventh held-out corpus: every language's cases in one list, in LANGUAGES order.
import type { HeldoutCase } from '../heldout/types';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { JA } from './ja';
import { PT } from './pt';
import { ZH } from './zh';

/** Every case of the seventh held-out set, written blind: measures the judge, never tune on it (see README.md). */
export const HELDOUT_7: readonly HeldoutCase[] = [...EN, ...ZH, ...ES, ...FR, ...DE, ...PT, ...JA];
