// Scoring of the judge against the held-out labels: confusion counts, precision, recall, F1.
import type { Judgement, SensitiveTopic } from '../../types';
import type { HeldoutCase } from './types';

/** The three yes/no questions the corpus labels. */
export type Question = 'ack' | 'sensitive' | 'needsReply';

/** What the judge said about one case, reduced to the labelled questions plus a readable why. */
export interface Prediction {
  ack: boolean;
  sensitive: SensitiveTopic[];
  needsReply: boolean;
  /** Kinds and evidence, for the list of mistakes. */
  detail: Record<Question, string>;
}

/** One case beside the judge's prediction. */
export interface Outcome {
  item: HeldoutCase;
  predicted: Prediction;
}

/** Confusion counts of one yes/no question. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Counts with their rates; a rate is null when its denominator is zero. */
export interface Score extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Reduces a judgement to the labelled questions, keeping kinds and evidence for the report. */
export function fromJudgement(j: Judgement): Prediction {
  return {
    ack: j.acknowledgement !== null,
    sensitive: j.sensitive.map((s) => s.topic),
    needsReply: j.needsReply !== null,
    detail: {
      ack: j.acknowledgement ? `${j.acknowledgement.kind} "${j.acknowledgement.evidence.text}"` : '',
      sensitive: j.sensitive.map((s) => `${s.topic} "${s.evidence.map((e) => e.text).join('", "')}"`).join('; '),
      needsReply: j.needsReply ? `${j.needsReply.kind} "${j.needsReply.evidence.text}"` : '',
    },
  };
}

/** Counts agreement between expected and actual answers. */
export function tally(pairs: Iterable<readonly [expected: boolean, actual: boolean]>): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const [expected, actual] of pairs) {
    if (expected && actual) counts.tp++;
    else if (actual) counts.fp++;
    else if (expected) counts.fn++;
    else counts.tn++;
  }
  return counts;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/** Precision, recall and F1 from counts. */
export function score(counts: Counts): Score {
  const precision = ratio(counts.tp, counts.tp + counts.fp);
  const recall = ratio(counts.tp, counts.tp + counts.fn);
  const f1 = ratio(2 * counts.tp, 2 * counts.tp + counts.fp + counts.fn);
  return { ...counts, precision, recall, f1 };
}

/** Expected and actual answer of one question for one case (sensitive: any topic at all). */
export function answers(o: Outcome, q: Question): [expected: boolean, actual: boolean] {
  if (q === 'sensitive') return [o.item.sensitive.length > 0, o.predicted.sensitive.length > 0];
  return [o.item[q], o.predicted[q]];
}

/** Message-level score of one question over some outcomes. */
export function scoreQuestion(outcomes: readonly Outcome[], q: Question): Score {
  return score(tally(outcomes.map((o) => answers(o, q))));
}

/** Topic-level score: one (message, topic) pair per topic, for the given topics. */
export function scoreTopics(outcomes: readonly Outcome[], topics: readonly SensitiveTopic[]): Score {
  const pairs = outcomes.flatMap((o) =>
    topics.map((t) => [o.item.sensitive.includes(t), o.predicted.sensitive.includes(t)] as const),
  );
  return score(tally(pairs));
}

/** Whether the judge got a question wrong for a case (sensitive: the exact set of topics). */
export function isWrong(o: Outcome, q: Question): boolean {
  if (q !== 'sensitive') return o.item[q] !== o.predicted[q];
  const want = [...o.item.sensitive].sort().join();
  return want !== [...o.predicted.sensitive].sort().join();
}
