// Scores the judge on the seventh held-out corpus (lib/judge/corpus/heldout-7), written blind after
// the fourth, fifth and sixth sets were read for tuning. It measures the judge on text nobody tuned
// it for, so it prints the tables but not the mistakes: reading those makes it a development set
// (see the set's README). Asserts only the floors under which the product would do more harm than
// good. Never lower a floor to pass.
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, SENSITIVE_TOPICS } from '.';
import { HELDOUT } from './corpus/heldout';
import { duplicateTexts, formatRun, judgeCases, policyBreaches, textKey } from './corpus/heldout/run';
import { scoreQuestion } from './corpus/heldout/score';
import { HELDOUT_2 } from './corpus/heldout-2';
import { HELDOUT_3 } from './corpus/heldout-3';
import { HELDOUT_4 } from './corpus/heldout-4';
import { HELDOUT_5 } from './corpus/heldout-5';
import { HELDOUT_6 } from './corpus/heldout-6';
import { HELDOUT_7 } from './corpus/heldout-7';

const outcomes = judgeCases(HELDOUT_7);

describe('seventh held-out corpus: shape', () => {
  it('has at least 580 messages and at least 80 per language', () => {
    expect(HELDOUT_7.length).toBeGreaterThanOrEqual(580);
    for (const lang of LANGUAGES) {
      expect(HELDOUT_7.filter((i) => i.language === lang).length, lang).toBeGreaterThanOrEqual(80);
    }
  });

  it('is at least half near misses', () => {
    expect(HELDOUT_7.filter((i) => i.hard).length / HELDOUT_7.length).toBeGreaterThanOrEqual(0.5);
  });

  it('has each message once, and none that an earlier held-out set already has', () => {
    // Over the union, compared by textKey: a copy that differs only in case, punctuation or emoji
    // is still a copy. The earlier sets' own repeats are their business, so only ours are reported.
    const own = new Set(HELDOUT_7.map((i) => i.text));
    const all = [...HELDOUT, ...HELDOUT_2, ...HELDOUT_3, ...HELDOUT_4, ...HELDOUT_5, ...HELDOUT_6, ...HELDOUT_7];
    expect(duplicateTexts(all, textKey).filter((t) => own.has(t))).toEqual([]);
  });

  it('follows its own policy: an acknowledgement asks nothing and touches no topic', () => {
    expect(policyBreaches(HELDOUT_7)).toEqual([]);
  });

  it('covers every judgement, both ways, in every language, and every topic at least 4 times', () => {
    for (const lang of LANGUAGES) {
      const cases = HELDOUT_7.filter((i) => i.language === lang);
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

describe('seventh held-out corpus: the judge clears the product floors', () => {
  beforeAll(() => {
    // Figures only: whoever reads this set's misses makes it a development set (see its README).
    console.log(formatRun('Seventh held-out corpus', outcomes, false));
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
