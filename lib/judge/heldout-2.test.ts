// Scores the judge on the second held-out corpus (lib/judge/corpus/heldout-2). Since 2026-11-24 this
// set is a development set: rules were tuned against it, so its figures no longer measure anything;
// lib/judge/corpus/heldout-3 is the measure. Prints the full table and every mistake; the floors
// below are the figures reached on 2026-11-24, kept as a regression guard. Never lower a floor to pass.
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, SENSITIVE_TOPICS } from '.';
import { HELDOUT } from './corpus/heldout';
import { duplicateTexts, formatRun, judgeCases, policyBreaches, textKey } from './corpus/heldout/run';
import { scoreQuestion } from './corpus/heldout/score';
import { HELDOUT_2 } from './corpus/heldout-2';

const outcomes = judgeCases(HELDOUT_2);

describe('second held-out corpus: shape', () => {
  it('has at least 560 messages and at least 80 per language', () => {
    expect(HELDOUT_2.length).toBeGreaterThanOrEqual(560);
    for (const lang of LANGUAGES) {
      expect(HELDOUT_2.filter((i) => i.language === lang).length, lang).toBeGreaterThanOrEqual(80);
    }
  });

  it('is at least 40% near misses', () => {
    expect(HELDOUT_2.filter((i) => i.hard).length / HELDOUT_2.length).toBeGreaterThanOrEqual(0.4);
  });

  it('has each message once, and none that the first held-out set already has', () => {
    // Compared by textKey: a copy that differs only in case, punctuation or emoji is still a copy.
    expect(duplicateTexts(HELDOUT_2, textKey)).toEqual([]);
    const first = new Set(HELDOUT.map((i) => textKey(i.text)));
    expect(HELDOUT_2.filter((i) => first.has(textKey(i.text))).map((i) => i.text)).toEqual([]);
  });

  it('follows its own policy: an acknowledgement asks nothing and touches no topic', () => {
    expect(policyBreaches(HELDOUT_2)).toEqual([]);
  });

  it('covers every judgement, both ways, in every language, and every topic at least 4 times', () => {
    for (const lang of LANGUAGES) {
      const cases = HELDOUT_2.filter((i) => i.language === lang);
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

describe('second held-out corpus: the judge clears the product floors', () => {
  beforeAll(() => {
    console.log(formatRun('Second held-out corpus', outcomes));
  });

  it('acknowledgement precision is at least 0.99 and recall at least 0.95 (a false alarm is the worst failure)', () => {
    expect(scoreQuestion(outcomes, 'ack').precision ?? 0).toBeGreaterThanOrEqual(0.99);
    expect(scoreQuestion(outcomes, 'ack').recall ?? 0).toBeGreaterThanOrEqual(0.95);
  });

  it('sensitive precision (any topic, per message) is at least 0.99 and recall at least 0.95', () => {
    expect(scoreQuestion(outcomes, 'sensitive').precision ?? 0).toBeGreaterThanOrEqual(0.99);
    expect(scoreQuestion(outcomes, 'sensitive').recall ?? 0).toBeGreaterThanOrEqual(0.95);
  });

  it('needsReply precision is at least 0.94 and F1 at least 0.94', () => {
    expect(scoreQuestion(outcomes, 'needsReply').precision ?? 0).toBeGreaterThanOrEqual(0.94);
    expect(scoreQuestion(outcomes, 'needsReply').f1 ?? 0).toBeGreaterThanOrEqual(0.94);
  });
});
