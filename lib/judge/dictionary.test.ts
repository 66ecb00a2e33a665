import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDictionary, scan } from './dictionary';
import { scanPrefix } from './scan-prefix';
import { fold } from './fold';

const dict = () =>
  compileDictionary([
    { term: 'performance review*', value: 'a' },
    { term: 'performance', value: 'b' },
    { term: 'let {him|_} go', value: 'c' },
    { term: 'pip', value: 'd' },
    { term: '收到', value: 'e' },
    { term: '?', value: 'f' },
  ]);

describe('dictionary', () => {
  it('finds whole words, the longest term first, stems and wildcards', () => {
    const d = dict();
    const text = fold('Performance reviews, a PIP, let Sam go, pipe 收到?').text;
    expect(scan(d, text).map((h) => [text.slice(h.start, h.end), h.values[0]])).toEqual([
      ['performance reviews', 'a'],
      ['pip', 'd'],
      ['let sam go', 'c'],
      ['收到', 'e'],
      ['?', 'f'],
    ]);
  });

  it('gives the same hits when it reuses the previous scan (typing, deleting, pasting)', () => {
    const words = ['performance', 'review', 'let', 'him', 'go', 'pip', '收到', '?', 'x', ' ', ' ', '.'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 6 }), (texts) => {
        const cached = dict();
        const fresh = dict();
        for (const text of texts) {
          // Every prefix, as typed, then the next text as an edit.
          for (let i = 0; i <= text.length; i += 3) {
            const t = text.slice(0, i);
            expect(scanPrefix(cached, t)).toEqual(scan(fresh, t));
          }
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  it('keeps offsets exact through folding (same length in, same length out)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(fold(s).text.length).toBe(s.length);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
