import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tidy } from './terms';

const reference = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('tidy', () => {
  it('collapses and trims whitespace exactly as the regex does', () => {
    for (const s of ['', ' ', 'a', 'a b', ' a', 'a ', 'a  b', '\u3000', 'a\tb', 'a\u00a0b']) expect(tidy(s), JSON.stringify(s)).toBe(reference(s));
    const unit = fc.constantFrom('a', 'é', '収', ' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u200b', '\u0085');
    fc.assert(fc.property(fc.string({ unit }), (s) => tidy(s) === reference(s)), { numRuns: 5000 });
  });
});
