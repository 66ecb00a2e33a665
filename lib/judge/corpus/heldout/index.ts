// The held-out corpus: every language's cases in one list, in LANGUAGES order.
import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { JA } from './ja';
import { PT } from './pt';
import type { HeldoutCase } from './types';
import { ZH } from './zh';

/** Every held-out case. Never tune the judge on these: they measure it. */
export const HELDOUT: readonly HeldoutCase[] = [...EN, ...ZH, ...ES, ...FR, ...DE, ...PT, ...JA];

export type { HeldoutCase } from './types';
