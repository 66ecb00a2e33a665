import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage, analyzeThread, callSuggestion, type Evidence, type Judgement } from '.';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** Pieces real drafts are made of, including the judge's own triggers, to hit deep paths often. */
const pieces = fc.constantFrom(
  'thanks', 'Got it', 'ok', 'Maria', '@sam', '?', '!', '...', '…', ' ', '\n', ',', 'please', 'can you', 'ASAP', 'today',
  'performance review', 'fired', 'let Sam go', 'you broke', 'server', 'PIP', 'salary', '收到', '谢谢', '请', '吗', '了解です', 'さん',
  'ください', '今日中', 'gracias', 'merci', 'danke', 'obrigado', 'kkkk', '👍', '👍🏽', '👎', '🙏', '🏳️‍🌈', '🇯🇵', ':pray:', ':)', 'm(_ _)m',
  '\u0301', '\u200d', '\ufe0f', 'שלום', 'مرحبا', '\u202e', '\ud800', '\udfff', '\u0000', 'İ', 'ß', 'ＯＫ', '？', 'https://x.io/a?b=1',
);
const drafts = fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''));
const anyText = fc.oneof(
  drafts,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 80 }),
);

function evidenceOf(j: Judgement): Evidence[] {
  const out: Evidence[] = [];
  if (j.acknowledgement) out.push(j.acknowledgement.evidence);
  for (const s of j.sensitive) out.push(...s.evidence);
  if (j.needsReply) out.push(j.needsReply.evidence);
  if (j.urgent) out.push(j.urgent.evidence);
  return out;
}

function checkEvidence(text: string, j: Judgement): void {
  for (const e of evidenceOf(j)) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(e.start).toBeLessThan(e.end);
    expect(text.slice(e.start, e.end)).toBe(e.text);
  }
  if (j.acknowledgement) expect(j.acknowledgement.reactions.length).toBeGreaterThanOrEqual(3);
}

describe('judge properties', () => {
  it('never throws, and every piece of evidence points into the text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, 'en', 'ja', 'es-MX', 'zz', ''), (text, locale) => {
        checkEvidence(text, analyzeMessage(text, { locale }));
      }),
      { numRuns: RUNS },
    );
  });

  it('judges every prefix as typed the same as judging it cold', () => {
    fc.assert(
      fc.property(drafts, (text) => {
        const typed: Judgement[] = [];
        for (let i = 0; i <= text.length; i++) typed.push(analyzeMessage(text.slice(0, i)));
        // A burst of unrelated calls in between resets nothing that matters: results are pure.
        analyzeMessage('unrelated text?');
        for (let i = text.length; i >= 0; i -= 7) expect(analyzeMessage(text.slice(0, i))).toEqual(typed[i]);
      }),
      { numRuns: Math.max(20, Math.round(RUNS / 10)) },
    );
  });

  it('survives huge, empty and odd input', () => {
    for (const text of ['', ' ', '\n\n', '?'.repeat(5000), '👍'.repeat(3000), 'a'.repeat(300_000), 'fired '.repeat(50_000), '收到'.repeat(100_000), '\u0301'.repeat(1000)]) {
      checkEvidence(text, analyzeMessage(text));
    }
    expect(() => analyzeMessage(undefined as unknown as string)).not.toThrow();
    expect(() => analyzeMessage(42 as unknown as string, null as never)).not.toThrow();
  });

  it('never throws on threads or call suggestions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ author: fc.constantFrom('a', 'b', 'c'), at: fc.oneof(fc.integer(), fc.constant(Number.NaN)), text: anyText }), { maxLength: 30 }),
        fc.string(),
        (messages, lang) => {
          const v = analyzeThread(messages);
          expect(typeof v.suggestCall).toBe('boolean');
          expect(typeof callSuggestion(lang, 'https://x.io')).toBe('string');
        },
      ),
      { numRuns: Math.max(20, Math.round(RUNS / 4)) },
    );
  });
});
