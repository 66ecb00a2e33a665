// Scores the judge on the first held-out corpus (lib/judge/corpus/heldout), written apart from the
// lexicons and now used as a development set (see its README): its misses were read to find classes
// of failure. Prints the full table and every mistake; asserts floors. Never lower a floor to pass.
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

describe('development set: the judge clears the issue targets (a regression guard, not a measure)', () => {
  beforeAll(() => {
    console.log(formatRun('Development set (the first held-out corpus)', outcomes));
  });

  it('acknowledgement precision is at least 0.99 and recall at least 0.95 (a false alarm is the worst failure)', () => {
    const s = scoreQuestion(outcomes, 'ack');
    expect(s.precision ?? 0).toBeGreaterThanOrEqual(0.99);
    expect(s.recall ?? 0).toBeGreaterThanOrEqual(0.95);
  });

  it('sensitive precision and recall (any topic, per message) are at least 0.9', () => {
    const s = scoreQuestion(outcomes, 'sensitive');
    expect(s.precision ?? 0).toBeGreaterThanOrEqual(0.9);
    expect(s.recall ?? 0).toBeGreaterThanOrEqual(0.9);
  });

  it('needsReply F1 is at least 0.9', () => {
    expect(scoreQuestion(outcomes, 'needsReply').f1 ?? 0).toBeGreaterThanOrEqual(0.9);
  });
});
