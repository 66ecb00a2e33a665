// The sixth held-out corpus: every language's cases in one list, in LANGUAGES order.
import type { HeldoutCase } from '../heldout/types';
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { JA } from './ja';
import { PT } from './pt';
import { ZH } from './zh';

/** Every case of the sixth held-out set: measured the judge once, now a development set (see README.md). */
export const HELDOUT_6: readonly HeldoutCase[] = [...EN, ...ZH, ...ES, ...FR, ...DE, ...PT, ...JA];
