import { describe, expect, it } from 'vitest';
import type { Judgement } from '../../types';
import { fromJudgement, isWrong, score, scoreQuestion, scoreTopics, tally, type Outcome } from './score';
import { inLocale, c } from './types';

const judgement = (over: Partial<Judgement>): Judgement => ({
  acknowledgement: null,
  sensitive: [],
  needsReply: null,
  urgent: null,
  language: 'en',
  ...over,
});

describe('held-out scoring', () => {
  it('counts each cell of the confusion matrix', () => {
    const pairs = [[true, true], [true, false], [false, true], [false, false], [true, true]] as const;
    expect(tally(pairs)).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1 });
  });

  it('computes precision, recall and F1, and null when undefined', () => {
    const s = score({ tp: 3, fp: 1, fn: 2, tn: 10 });
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(score({ tp: 0, fp: 0, fn: 0, tn: 4 })).toMatchObject({ precision: null, recall: null, f1: null });
  });

  it('scores sensitive per message and per topic', () => {
    const [item] = inLocale('en', 'en', [c('x', 'health')]);
    const predicted = fromJudgement(judgement({ sensitive: [{ topic: 'conflict', evidence: [{ text: 'x', start: 0, end: 1 }] }] }));
    const outcomes: Outcome[] = [{ item: item!, predicted }];
    expect(scoreQuestion(outcomes, 'sensitive')).toMatchObject({ tp: 1, fp: 0 });
    expect(scoreTopics(outcomes, ['health', 'conflict'])).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(isWrong(outcomes[0]!, 'sensitive')).toBe(true);
    expect(isWrong(outcomes[0]!, 'ack')).toBe(false);
  });

  it('turns tags into labels', () => {
    const [item] = inLocale('fr', 'fr-CA', [c('Tu peux ?', 'reply', 'hard', 'legal')]);
    expect(item).toEqual({
      text: 'Tu peux ?', language: 'fr', locale: 'fr-CA', ack: false, sensitive: ['legal'], needsReply: true, hard: true,
    });
  });
});
