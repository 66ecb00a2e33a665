// Times the judge on a keystroke workload and on a 1 MB paste, beside a Just Not Sorry-style scan
// (23 case-insensitive word regexes) on the same texts. Run: npx tsx scripts/bench-judge.ts
import { pathToFileURL } from 'node:url';
import { analyzeMessage, LANGUAGES, type JudgeOptions } from '../lib/judge';
import { CORPUS } from '../lib/judge/corpus';

const PHRASES = [
  'just', 'sorry', 'actually', 'i think', 'i feel', "i'm no expert", 'does that make sense', "i'm not sure", 'hopefully', 'apologize',
  'kind of', 'sort of', 'maybe', 'perhaps', 'possibly', 'i guess', 'basically', 'literally', 'honestly', 'no worries', "if that's ok",
  'quick question', 'just checking',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SCAN = PHRASES.map((p) => new RegExp(`\\b${escape(p)}\\b`, 'gi'));

function phraseScan(text: string): number {
  let n = 0;
  for (const re of SCAN) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
  }
  return n;
}

/** Every prefix of every corpus message, in typing order. */
function keystrokes(): string[] {
  const out: string[] = [];
  for (const lang of LANGUAGES) for (const e of CORPUS[lang]) for (let i = 1; i <= e.text.length; i++) out.push(e.text.slice(0, i));
  return out;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Nanoseconds per call of `fn` over `inputs`, each call timed on its own, `rounds` times. */
function perCall(inputs: string[], rounds: number, fn: (s: string) => unknown): number[] {
  const samples: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    for (const s of inputs) {
      const t = process.hrtime.bigint();
      const v = fn(s);
      samples.push(Number(process.hrtime.bigint() - t));
      if (v) sink++;
    }
  }
  if (sink < 0) console.log(sink);
  return samples.sort((a, b) => a - b);
}

function ms(fn: () => unknown): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Prints the judge's per-keystroke median and p99, the 1 MB paste time, and the ratios to the phrase scan. */
export async function benchJudge(): Promise<void> {
  const options: JudgeOptions = { locale: 'en' };
  const typed = keystrokes();
  // Warm up both (JIT, lazy compilation of the lexicons).
  perCall(typed, 2, (s) => analyzeMessage(s, options));
  perCall(typed, 2, phraseScan);
  const judge = perCall(typed, 5, (s) => analyzeMessage(s, options));
  const scan = perCall(typed, 5, phraseScan);
  const cold = perCall([...typed].reverse(), 1, (s) => analyzeMessage(s, options));

  const corpusText = LANGUAGES.flatMap((l) => CORPUS[l].map((e) => e.text)).join('\n');
  let paste = '';
  while (paste.length < 1_000_000) paste += `${corpusText}\n`;
  paste = paste.slice(0, 1_000_000);
  const pasteTimes: number[] = [];
  const scanPasteTimes: number[] = [];
  for (let i = 0; i < 7; i++) {
    // A short draft first, then the paste: what a person does, and nothing to reuse from before.
    analyzeMessage('Hi team,', options);
    pasteTimes.push(ms(() => analyzeMessage(`${i} ${paste}`, options)));
    scanPasteTimes.push(ms(() => phraseScan(`${i} ${paste}`)));
  }
  pasteTimes.sort((a, b) => a - b);
  scanPasteTimes.sort((a, b) => a - b);

  const us = (ns: number) => `${(ns / 1000).toFixed(2)} µs`;
  const jm = quantile(judge, 0.5);
  const sm = quantile(scan, 0.5);
  console.log(`Judge benchmark: ${typed.length} keystrokes (every prefix of ${LANGUAGES.reduce((n, l) => n + CORPUS[l].length, 0)} corpus messages), 5 rounds`);
  console.table([
    { workload: 'keystroke, judge', median: us(jm), p99: us(quantile(judge, 0.99)) },
    { workload: 'keystroke, judge, cold (no previous text to reuse)', median: us(quantile(cold, 0.5)), p99: us(quantile(cold, 0.99)) },
    { workload: 'keystroke, 23-regex phrase scan', median: us(sm), p99: us(quantile(scan, 0.99)) },
    { workload: '1 MB paste, judge', median: `${quantile(pasteTimes, 0.5).toFixed(1)} ms`, p99: `${pasteTimes[pasteTimes.length - 1]!.toFixed(1)} ms (max)` },
    { workload: '1 MB paste, 23-regex phrase scan', median: `${quantile(scanPasteTimes, 0.5).toFixed(1)} ms`, p99: `${scanPasteTimes[scanPasteTimes.length - 1]!.toFixed(1)} ms (max)` },
  ]);
  console.log(`Ratio judge / phrase scan: keystroke median ${(jm / sm).toFixed(2)}×, p99 ${(quantile(judge, 0.99) / quantile(scan, 0.99)).toFixed(2)}×, 1 MB paste ${(quantile(pasteTimes, 0.5) / quantile(scanPasteTimes, 0.5)).toFixed(2)}×`);
  console.log(`Goals: keystroke no slower than the scan (${jm <= sm ? 'met' : 'not met'}), 1 MB paste under 20 ms (${quantile(pasteTimes, 0.5) < 20 ? 'met' : 'not met'})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchJudge();
}
