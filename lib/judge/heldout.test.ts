// Measures the judge on the held-out corpus (lib/judge/corpus/heldout), written apart from the
// lexicons and the tuning corpus. Prints the full table and every mistake; asserts only the
// floors under which the product would do more harm than good. Never lower a floor to pass.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeMessage, LANGUAGES, SENSITIVE_TOPICS } from '.';
import { HELDOUT } from './corpus/heldout';
import { formatMistakes, formatScores } from './corpus/heldout/report';
import { fromJudgement, scoreQuestion, scoreTopics, type Outcome, type Question } from './corpus/heldout/score';

const QUESTIONS: readonly Question[] = ['ack', 'sensitive', 'needsReply'];

const outcomes: Outcome[] = HELDOUT.map((item) => ({
  item,
  predicted: fromJudgement(analyzeMessage(item.text, { locale: item.locale })),
}));

function rows(q: Question) {
  return [
    ...LANGUAGES.map((lang) => [lang, scoreQuestion(outcomes.filter((o) => o.item.language === lang), q)] as const),
    ['all', scoreQuestion(outcomes, q)] as const,
    ['  hard cases', scoreQuestion(outcomes.filter((o) => o.item.hard), q)] as const,
    ['  plain cases', scoreQuestion(outcomes.filter((o) => !o.item.hard), q)] as const,
  ];
}

function report(): string {
  const topicRows = [
    ...SENSITIVE_TOPICS.map((t) => [t, scoreTopics(outcomes, [t])] as const),
    ['all topics (micro)', scoreTopics(outcomes, SENSITIVE_TOPICS)] as const,
  ];
  // Without a locale hint, how often the judge names the language the message is written in.
  const detected = HELDOUT.filter((item) => analyzeMessage(item.text).language === item.language).length;
  return [
    `Held-out corpus: ${HELDOUT.length} messages, ${HELDOUT.filter((i) => i.hard).length} near misses`,
    formatScores('acknowledgement', rows('ack')),
    formatScores('sensitive (any topic)', rows('sensitive')),
    formatScores('sensitive by topic', topicRows),
    formatScores('needsReply', rows('needsReply')),
    `language detection without a locale hint: ${detected}/${HELDOUT.length} (${(detected / HELDOUT.length).toFixed(2)})`,
    formatMistakes(outcomes, QUESTIONS),
  ].join('\n\n');
}

describe('held-out corpus: shape', () => {
  it('has at least 350 messages and at least 50 per language', () => {
    expect(HELDOUT.length).toBeGreaterThanOrEqual(350);
    for (const lang of LANGUAGES) expect(HELDOUT.filter((i) => i.language === lang).length, lang).toBeGreaterThanOrEqual(50);
  });

  it('is at least 40% near misses', () => {
    expect(HELDOUT.filter((i) => i.hard).length / HELDOUT.length).toBeGreaterThanOrEqual(0.4);
  });

  it('has each message once', () => {
    const texts = HELDOUT.map((i) => i.text);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it('follows its own policy: an acknowledgement asks nothing and touches no topic', () => {
    const broken = HELDOUT.filter((i) => i.ack && (i.needsReply || i.sensitive.length > 0)).map((i) => i.text);
    expect(broken).toEqual([]);
  });
});

describe('held-out corpus: the judge clears the product floors', () => {
  beforeAll(() => {
    console.log(report());
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
