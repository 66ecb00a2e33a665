// The tests every held-out set from the fourth on runs: its shape (size, near misses, no repeats
// of an earlier set, its own label policy, coverage) and the product floors, with the full report
// printed. One definition, so each set's test file says only which set it is.
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, SENSITIVE_TOPICS } from '../..';
import { duplicateTexts, formatRun, judgeCases, policyBreaches, textKey } from './run';
import { scoreQuestion } from './score';
import type { HeldoutCase } from './types';

/** How one held-out set is tested. */
export interface HeldoutSuite {
  /** "Fourth held-out corpus" */
  title: string;
  set: readonly HeldoutCase[];
  /** Every earlier set: no message of `set` may repeat one of theirs. */
  earlier: readonly (readonly HeldoutCase[])[];
  /** False while the set is still held out: its figures print, its mistakes never do. */
  printMistakes: boolean;
}

/** Defines the shape and floor tests of one held-out set. */
export function describeHeldoutSet({ title, set, earlier, printMistakes }: HeldoutSuite): void {
  const name = title.toLowerCase();
  const outcomes = judgeCases(set);

  describe(`${name}: shape`, () => {
    it('has at least 580 messages and at least 80 per language', () => {
      expect(set.length).toBeGreaterThanOrEqual(580);
      for (const lang of LANGUAGES) {
        expect(set.filter((i) => i.language === lang).length, lang).toBeGreaterThanOrEqual(80);
      }
    });

    it('is at least half near misses', () => {
      expect(set.filter((i) => i.hard).length / set.length).toBeGreaterThanOrEqual(0.5);
    });

    it('has each message once, and none that an earlier held-out set already has', () => {
      // Over the union, compared by textKey: a copy that differs only in case, punctuation or emoji
      // is still a copy. The earlier sets' own repeats are their business, so only ours are reported.
      const own = new Set(set.map((i) => i.text));
      const all = [...earlier.flat(), ...set];
      expect(duplicateTexts(all, textKey).filter((t) => own.has(t))).toEqual([]);
    });

    it('follows its own policy: an acknowledgement asks nothing and touches no topic', () => {
      expect(policyBreaches(set)).toEqual([]);
    });

    it('covers every judgement, both ways, in every language, and every topic at least 4 times', () => {
      for (const lang of LANGUAGES) {
        const cases = set.filter((i) => i.language === lang);
        for (const q of ['ack', 'needsReply'] as const) {
          expect(cases.filter((i) => i[q]).length, `${lang} ${q} yes`).toBeGreaterThanOrEqual(10);
          expect(cases.filter((i) => !i[q]).length, `${lang} ${q} no`).toBeGreaterThanOrEqual(10);
        }
        expect(cases.filter((i) => i.sensitive.length === 0).length, `${lang} not sensitive`).toBeGreaterThanOrEqual(10);
        for (const topic of SENSITIVE_TOPICS) {
          expect(cases.filter((i) => i.sensitive.includes(topic)).length, `${lang} ${topic}`).toBeGreaterThanOrEqual(4);
        }
      }
    });
  });

  describe(`${name}: the judge clears the product floors`, () => {
    beforeAll(() => {
      console.log(formatRun(title, outcomes, printMistakes));
    });

    it('acknowledgement precision is at least 0.95 (a false alarm is the worst failure)', () => {
      expect(scoreQuestion(outcomes, 'ack').precision ?? 0).toBeGreaterThanOrEqual(0.95);
    });

    it('sensitive precision (any topic, per message) is at least 0.85', () => {
      expect(scoreQuestion(outcomes, 'sensitive').precision ?? 0).toBeGreaterThanOrEqual(0.85);
    });

    it('needsReply F1 is at least 0.7', () => {
      expect(scoreQuestion(outcomes, 'needsReply').f1 ?? 0).toBeGreaterThanOrEqual(0.7);
    });
  });
}
