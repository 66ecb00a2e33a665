// Measures the judge on the held-out corpus (lib/judge/corpus/heldout), written apart from the
// lexicons and the tuning corpus. Prints the full table and every mistake; asserts only the
// floors under which the product would do more harm than good. Never lower a floor to pass.
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '.';
import { HELDOUT } from './corpus/heldout';
import { duplicateTexts, formatRun, judgeCases, policyBreaches } from './corpus/heldout/run';
import { scoreQuestion } from './corpus/heldout/score';

const outcomes = judgeCases(HELDOUT);

describe('held-out corpus: shape', () => {
  it('has at least 350 messages and at least 50 per language', () => {
    expect(HELDOUT.length).toBeGreaterThanOrEqual(350);
    for (const lang of LANGUAGES) expect(HELDOUT.filter((i) => i.language === lang).length, lang).toBeGreaterThanOrEqual(50);
  });

  it('is at least 40% near misses', () => {
    expect(HELDOUT.filter((i) => i.hard).length / HELDOUT.length).toBeGreaterThanOrEqual(0.4);
  });

  it('has each message once', () => {
    expect(duplicateTexts(HELDOUT)).toEqual([]);
  });

  it('follows its own policy: an acknowledgement asks nothing and touches no topic', () => {
    expect(policyBreaches(HELDOUT)).toEqual([]);
  });
});

describe('held-out corpus: the judge clears the product floors', () => {
  beforeAll(() => {
    console.log(formatRun('Held-out corpus', outcomes));
  });

  it('acknowledgement precision is at least 0.9 (a false alarm is the worst failure)', () => {
    expect(scoreQuestion(outcomes, 'ack').precision ?? 0).toBeGreaterThanOrEqual(0.9);
  });

  it('sensitive precision (any topic, per message) is at least 0.75', () => {
    expect(scoreQuestion(outcomes, 'sensitive').precision ?? 0).toBeGreaterThanOrEqual(0.75);
  });

  it('needsReply F1 is at least 0.7', () => {
    expect(scoreQuestion(outcomes, 'needsReply').f1 ?? 0).toBeGreaterThanOrEqual(0.7);
  });
});
