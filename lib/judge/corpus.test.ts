import { describe, expect, it } from 'vitest';
import { CORPUS } from './corpus';
import { addScore, f1, precision, recall, scoreEntries, type Score } from './corpus/score';
import { LANGUAGES } from './types';

const fmt = (n: number) => n.toFixed(2);

function row(name: string, s: Score, size: number) {
  return {
    lang: name,
    n: size,
    'ack P': fmt(precision(s.ack)),
    'ack R': fmt(recall(s.ack)),
    'sens P': fmt(precision(s.sensitive)),
    'sens R': fmt(recall(s.sensitive)),
    'reply P': fmt(precision(s.reply)),
    'reply R': fmt(recall(s.reply)),
    'reply F1': fmt(f1(s.reply)),
    'urgent F1': fmt(f1(s.urgent)),
  };
}

describe('labelled corpus', () => {
  const total: Score = { ack: { tp: 0, fp: 0, fn: 0 }, sensitive: { tp: 0, fp: 0, fn: 0 }, reply: { tp: 0, fp: 0, fn: 0 }, urgent: { tp: 0, fp: 0, fn: 0 }, misses: [] };
  const rows = [];
  let size = 0;
  let hard = 0;
  for (const lang of LANGUAGES) {
    const entries = CORPUS[lang];
    const s = scoreEntries(entries, lang);
    rows.push(row(lang, s, entries.length));
    addScore(total, s);
    size += entries.length;
    hard += entries.filter((e) => e.hard).length;
  }
  rows.push(row('all', total, size));
  console.log(`Judge on the labelled corpus (${size} messages, ${hard} near misses or hard negatives)`);
  console.table(rows);
  if (total.misses.length) console.log(`Disagreements (${total.misses.length}):\n${total.misses.join('\n')}`);

  it('is large, multilingual and hard enough to mean something', () => {
    expect(size).toBeGreaterThanOrEqual(400);
    expect(hard * 3).toBeGreaterThanOrEqual(size);
    for (const lang of LANGUAGES) expect(CORPUS[lang].length).toBeGreaterThanOrEqual(40);
  });

  it('has no duplicate messages', () => {
    const texts = LANGUAGES.flatMap((l) => CORPUS[l].map((e) => e.text));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('meets the acknowledgement floors (precision ≥ 0.99, recall ≥ 0.95)', () => {
    expect(precision(total.ack)).toBeGreaterThanOrEqual(0.99);
    expect(recall(total.ack)).toBeGreaterThanOrEqual(0.95);
  });

  it('meets the sensitive floors (precision and recall ≥ 0.9)', () => {
    expect(precision(total.sensitive)).toBeGreaterThanOrEqual(0.9);
    expect(recall(total.sensitive)).toBeGreaterThanOrEqual(0.9);
  });

  it('meets the reply-needed floor (F1 ≥ 0.9)', () => {
    expect(f1(total.reply)).toBeGreaterThanOrEqual(0.9);
  });
});
