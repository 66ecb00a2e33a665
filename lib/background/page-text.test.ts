import { describe, expect, it } from 'vitest';
import { ID_MAX, NAME_MAX, cleanId, cleanPageText } from './page-text';

describe('cleanPageText', () => {
  it.each([
    ['keeps ordinary text', 'Alice Chen', 'Alice Chen'],
    ['collapses whitespace and trims', '  Alice \n\t Chen  ', 'Alice Chen'],
    ['keeps markup as the characters it is', '<img src=x onerror="alert(1)">Mallory', '<img src=x onerror="alert(1)">Mallory'],
    ['removes a right-to-left override and its pop', 'Eve\u202Egnp.exe\u202C', 'Evegnp.exe'],
    ['removes every embedding, override and isolate control', 'a\u202Ab\u202Bc\u202Dd\u2066e\u2067f\u2068g\u2069h', 'abcdefgh'],
    ['removes zero-width spaces, word joiners, BOMs and soft hyphens', 'Bo\u200Bb\u2060\uFEFF Sm\u00ADith', 'Bob Smith'],
    ['joins the word a BOM splits (JavaScript counts it as a space)', 'Zero\uFEFFwidth', 'Zerowidth'],
    ['removes control characters', 'Ada\u0000\u0007\u009B Lovelace', 'Ada Lovelace'],
    ['keeps ZWJ emoji sequences and ZWNJ', 'Dev 👩\u200D💻 می\u200Cخواهم', 'Dev 👩\u200D💻 می\u200Cخواهم'],
    ['keeps right-to-left names themselves', 'مريم العلي', 'مريم العلي'],
  ])('%s', (_, input, expected) => {
    expect(cleanPageText(input, NAME_MAX)).toBe(expected);
  });

  it.each([
    ['nothing', undefined],
    ['a number', 42],
    ['only invisible characters', '\u200B\u202E\u2060 \uFEFF'],
  ])('gives undefined for %s', (_, input) => {
    expect(cleanPageText(input, NAME_MAX)).toBeUndefined();
  });

  it('cuts a 100 KB name to the maximum, with an ellipsis', () => {
    const name = cleanPageText('X'.repeat(100_000), NAME_MAX)!;
    expect(name).toHaveLength(NAME_MAX);
    expect(name.endsWith('X…')).toBe(true);
  });

  it('leaves text of exactly the maximum alone and cuts one character more', () => {
    expect(cleanPageText('a'.repeat(10), 10)).toBe('a'.repeat(10));
    expect(cleanPageText('a'.repeat(11), 10)).toBe(`${'a'.repeat(9)}…`);
  });

  it('never cuts inside a surrogate pair or an emoji sequence', () => {
    const family = '👨\u200D👩\u200D👧'; // 8 UTF-16 units, one grapheme
    expect(cleanPageText(`ab${family}${family}`, 10)).toBe('ab…');
    expect(cleanPageText(`ab${family}${family}`, 11)).toBe(`ab${family}…`);
    expect(cleanPageText('😀'.repeat(6), 6)).toBe('😀😀…');
  });

  it('keeps a name padded with thousands of invisible characters', () => {
    expect(cleanPageText(`${'\u200B'.repeat(5000)}Ada${'\u202E'.repeat(5000)}`, NAME_MAX)).toBe('Ada');
  });
});

describe('cleanId', () => {
  it.each([
    ['a Slack user id', 'U0ALICE', 'U0ALICE'],
    ['an email address', 'alice@acme.com', 'alice@acme.com'],
    ['an id with spaces', 'U0 ALICE', undefined],
    ['an enormous id', 'U'.repeat(ID_MAX + 1), undefined],
    ['an empty id', '', undefined],
    ['not a string', { id: 1 }, undefined],
  ])('%s', (_, input, expected) => {
    expect(cleanId(input)).toBe(expected);
  });
});

describe('cleanPageText without Intl.Segmenter (Firefox before 125)', () => {
  it('still cuts with an ellipsis, by code point, never inside a surrogate pair', () => {
    const original = Intl.Segmenter;
    const intl = Intl as { Segmenter?: typeof Intl.Segmenter };
    try {
      // Simulating an engine that lacks it.
      delete intl.Segmenter;
      const cut = cleanPageText('😀'.repeat(50), 10)!;
      expect(cut.endsWith('…')).toBe(true);
      expect(Array.from(cut.slice(0, -1)).every((c) => c === '😀')).toBe(true);
      expect(cleanPageText('Zoe', 80)).toBe('Zoe');
    } finally {
      intl.Segmenter = original;
    }
  });
});
