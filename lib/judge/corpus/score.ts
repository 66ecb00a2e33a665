import { analyzeMessage } from '..';
import { SENSITIVE_TOPICS, type Language } from '../types';
import type { CorpusEntry } from './types';

/** True/false positives and false negatives of one judgement. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Scores of one language (or all). */
export interface Score {
  ack: Counts;
  sensitive: Counts;
  reply: Counts;
  urgent: Counts;
  /** Messages where the judge disagreed with the label, for the report. */
  misses: string[];
}

function counts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

function tally(c: Counts, expected: boolean, got: boolean): boolean {
  if (expected && got) c.tp++;
  else if (got) c.fp++;
  else if (expected) c.fn++;
  return expected === got;
}

/** Precision (1 when nothing was predicted). */
export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

/** Recall (1 when nothing was expected). */
export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

/** Harmonic mean of precision and recall. */
export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Judges every entry with the language as the locale hint and counts agreements per judgement. */
export function scoreEntries(entries: readonly CorpusEntry[], language: Language): Score {
  const s: Score = { ack: counts(), sensitive: counts(), reply: counts(), urgent: counts(), misses: [] };
  for (const e of entries) {
    const j = analyzeMessage(e.text, { locale: language });
    const wrong: string[] = [];
    if (!tally(s.ack, e.ack !== undefined, j.acknowledgement !== null)) wrong.push(`ack=${j.acknowledgement?.kind ?? 'none'}`);
    // Sensitive is scored per topic: each expected topic found is a hit, each extra one a false alarm.
    const got = new Set(j.sensitive.map((x) => x.topic));
    const want = new Set(e.sensitive ?? []);
    for (const topic of SENSITIVE_TOPICS) {
      if (!tally(s.sensitive, want.has(topic), got.has(topic))) wrong.push(`${want.has(topic) ? 'missed' : 'extra'}:${topic}`);
    }
    if (!tally(s.reply, e.reply !== undefined, j.needsReply !== null)) wrong.push(`reply=${j.needsReply?.kind ?? 'none'}`);
    if (!tally(s.urgent, e.urgent === true, j.urgent !== null)) wrong.push(`urgent=${j.urgent !== null}`);
    if (wrong.length) s.misses.push(`[${language}] ${JSON.stringify(e.text)} → ${wrong.join(', ')}`);
  }
  return s;
}

/** Adds `b` into `a`. */
export function addScore(a: Score, b: Score): void {
  for (const k of ['ack', 'sensitive', 'reply', 'urgent'] as const) {
    a[k].tp += b[k].tp;
    a[k].fp += b[k].fp;
    a[k].fn += b[k].fn;
  }
  a.misses.push(...b.misses);
}
