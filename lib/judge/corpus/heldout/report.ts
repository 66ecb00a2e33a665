// Plain-text tables of held-out scores and the list of cases the judge got wrong.
import { answers, isWrong, type Outcome, type Question, type Score } from './score';

const pct = (v: number | null): string => (v === null ? '   — ' : v.toFixed(2).padStart(5));

/** One table: a row per label with n, positives, counts, precision, recall and F1. */
export function formatScores(title: string, rows: readonly (readonly [label: string, s: Score])[]): string {
  const head = `${title.padEnd(22)}    n  pos   tp   fp   fn      P      R     F1`;
  const lines = rows.map(([label, s]) => {
    const n = s.tp + s.fp + s.fn + s.tn;
    const nums = [n, s.tp + s.fn, s.tp, s.fp, s.fn].map((v) => String(v).padStart(4)).join(' ');
    return `${label.padEnd(22)} ${nums}  ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}`;
  });
  return [head, '-'.repeat(head.length), ...lines].join('\n');
}

const QUESTION_NAMES: Record<Question, string> = {
  ack: 'acknowledgement',
  sensitive: 'sensitive',
  needsReply: 'needsReply',
};

function describe(o: Outcome, q: Question): string {
  const [expected, actual] = answers(o, q);
  const tag = expected && actual ? 'TOPIC' : actual ? 'FP' : 'FN';
  const want = q === 'sensitive' ? `want [${o.item.sensitive.join(', ')}]` : `want ${expected ? 'yes' : 'no'}`;
  const got = o.predicted.detail[q] || 'nothing';
  const hard = o.item.hard ? ' (hard)' : '';
  return `  ${tag.padEnd(5)} ${o.item.locale.padEnd(5)} ${JSON.stringify(o.item.text)}${hard}\n        ${want}; got ${got}`;
}

/** Every wrong answer, grouped by question: FP false alarm, FN miss, TOPIC right call but wrong topics. */
export function formatMistakes(outcomes: readonly Outcome[], questions: readonly Question[]): string {
  return questions
    .map((q) => {
      const wrong = outcomes.filter((o) => isWrong(o, q));
      return [`${QUESTION_NAMES[q]}: ${wrong.length} wrong`, ...wrong.map((o) => describe(o, q))].join('\n');
    })
    .join('\n\n');
}
