// Runs the judge over a held-out set and prints what every held-out test prints, so that each
// set (heldout, heldout-2, ...) is judged and reported the same way.
import { analyzeMessage, LANGUAGES, SENSITIVE_TOPICS } from '../..';
import { formatMistakes, formatScores } from './report';
import { fromJudgement, scoreQuestion, scoreTopics, type Outcome, type Question } from './score';
import type { HeldoutCase } from './types';

/** The three questions every held-out set labels, in report order. */
export const QUESTIONS: readonly Question[] = ['ack', 'sensitive', 'needsReply'];

/** Judges every case with its locale hint. */
export function judgeCases(cases: readonly HeldoutCase[]): Outcome[] {
  return cases.map((item) => ({
    item,
    predicted: fromJudgement(analyzeMessage(item.text, { locale: item.locale })),
  }));
}

function rows(outcomes: readonly Outcome[], q: Question) {
  return [
    ...LANGUAGES.map((lang) => [lang, scoreQuestion(outcomes.filter((o) => o.item.language === lang), q)] as const),
    ['all', scoreQuestion(outcomes, q)] as const,
    ['  hard cases', scoreQuestion(outcomes.filter((o) => o.item.hard), q)] as const,
    ['  plain cases', scoreQuestion(outcomes.filter((o) => !o.item.hard), q)] as const,
  ];
}

/**
 * The full printed report: per-language and per-topic tables, language detection, and every
 * mistake unless `mistakes` is false (a set still held out prints its figures, never its misses:
 * reading them is what turns it into a development set).
 */
export function formatRun(title: string, outcomes: readonly Outcome[], mistakes = true): string {
  const topicRows = [
    ...SENSITIVE_TOPICS.map((t) => [t, scoreTopics(outcomes, [t])] as const),
    ['all topics (micro)', scoreTopics(outcomes, SENSITIVE_TOPICS)] as const,
  ];
  // Without a locale hint, how often the judge names the language the message is written in.
  const detected = outcomes.filter((o) => analyzeMessage(o.item.text).language === o.item.language).length;
  const n = outcomes.length;
  return [
    `${title}: ${n} messages, ${outcomes.filter((o) => o.item.hard).length} near misses`,
    formatScores('acknowledgement', rows(outcomes, 'ack')),
    formatScores('sensitive (any topic)', rows(outcomes, 'sensitive')),
    formatScores('sensitive by topic', topicRows),
    formatScores('needsReply', rows(outcomes, 'needsReply')),
    `language detection without a locale hint: ${detected}/${n} (${(detected / n).toFixed(2)})`,
    mistakes ? formatMistakes(outcomes, QUESTIONS) : `(mistakes not printed: ${title.toLowerCase()} is still held out)`,
  ].join('\n\n');
}

/**
 * A comparison key that ignores case, spaces, punctuation and emoji, so that "on it 👀" and "On it!"
 * count as the same message: a near copy in a second set would be tuned on along with the first.
 */
export function textKey(text: string): string {
  const key = text.toLowerCase().normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
  // A message of emoji alone ("👍", "👎") keeps its emoji: they are what it says.
  return key || text;
}

/** Texts whose key occurs more than once (each repeat listed once per extra occurrence). */
export function duplicateTexts(cases: readonly HeldoutCase[], key: (text: string) => string = (t) => t): string[] {
  const keys = cases.map((i) => key(i.text));
  return cases.filter((_, i) => keys.indexOf(keys[i]!) !== i).map((i) => i.text);
}

/** Cases that break the policy's own rule: an acknowledgement asks nothing and touches no topic. */
export function policyBreaches(cases: readonly HeldoutCase[]): string[] {
  return cases.filter((i) => i.ack && (i.needsReply || i.sensitive.length > 0)).map((i) => i.text);
}
