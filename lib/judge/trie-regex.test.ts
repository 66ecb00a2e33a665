import { describe, expect, it } from 'vitest';
import { ALL_LEXICONS } from './lexicons/all';
import { expandTerm, parseTerm, tidy, type ParsedTerm } from './terms';
import { pairSource, trieGroups, trieSources } from './trie-regex';

function lexiconTerms(): ParsedTerm[] {
  const out: ParsedTerm[] = [];
  for (const lex of ALL_LEXICONS) {
    const terms = [...lex.sensitive.map((e) => e.term), ...lex.neutral, ...lex.reply.map((e) => e.term), ...lex.urgency.map((e) => e.term), ...lex.personCues, ...lex.techCues, ...lex.stopwords];
    for (const term of terms) for (const t of expandTerm(term)) {
      const p = parseTerm(t);
      p.key = tidy(p.key);
      out.push(p);
    }
  }
  // Astral first characters (pairs that share their first two code units) and one-character terms.
  for (const key of ['👍 ok', '👍 go', '👍', '収', '収到', 'a _ b', 'ab*']) out.push({ key: key.replace('*', ''), stem: key.endsWith('*'), wildcard: key.includes('_') });
  return out;
}

describe('trie groups', () => {
  it('give, regex by regex, the sources one trie of every lexicon term gives', () => {
    const terms = lexiconTerms();
    const whole = trieSources(terms);
    const { pairs, singles } = trieGroups(terms);
    expect([...singles]).toEqual([...whole.singles]);
    expect([...pairs.keys()]).toEqual([...whole.pairs.keys()]);
    for (const [pair, group] of pairs) expect(pairSource(group), pair).toBe(whole.pairs.get(pair));
    expect(pairs.size).toBeGreaterThan(500);
  });
});
