import { describe, expect, it } from 'vitest';
import { EMOJI_NAMES, bareEmoji, emojiSearchTerm, lookupEmoji, sameEmoji } from './emoji';

describe('EMOJI_NAMES', () => {
  const entries = Object.entries(EMOJI_NAMES);

  it('covers every reaction Tact suggests', () => {
    const suggested = ['👍', '🙏', '✅', '👀', '🎉', '🙌', '😂', '❤️', '💯', '🔥', '👏', '🚀', '😄', '🤝', '👌', '✔️'];
    expect(suggested.filter((glyph) => !(glyph in EMOJI_NAMES))).toEqual([]);
  });

  it('has unique glyphs and names, sorted by name', () => {
    const names = entries.map(([, name]) => name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(entries.map(([glyph]) => bareEmoji(glyph))).size).toBe(entries.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('holds only lower-case CLDR-style names (OK is an acronym)', () => {
    for (const [, name] of entries) expect(name.replace('OK', 'ok')).toMatch(/^[a-z ]+$/);
  });
});

describe('bareEmoji', () => {
  it.each([
    ['❤️', '❤'],
    ['❤\uFE0E', '❤'],
    [' 👍 ', '👍'],
    ['👍🏽', '👍🏽'],
    ['1️⃣', '1⃣'],
  ])('%s → %s', (glyph, bare) => expect(bareEmoji(glyph)).toBe(bare));
});

describe('sameEmoji', () => {
  it.each([
    ['❤️', '❤', true],
    ['❤', '❤️', true],
    ['👍', '👍', true],
    ['✅', '✔️', false],
    ['👍', '👎', false],
    ['👍', '👍🏽', false],
    [null, '👍', false],
    ['', '', false],
  ])('%s vs %s → %s', (a, b, same) => expect(sameEmoji(a, b)).toBe(same));
});

describe('lookupEmoji', () => {
  const table = { '❤️': 'heart', '✔': 'check' };
  it('finds an entry whichever side carries the selector', () => {
    expect(lookupEmoji(table, '❤')).toBe('heart');
    expect(lookupEmoji(table, '✔️')).toBe('check');
  });
  it('knows nothing of other glyphs', () => expect(lookupEmoji(table, '🦄')).toBeUndefined());
});

describe('emojiSearchTerm', () => {
  it.each([
    ['👍', 'thumbs up'],
    ['🚀', 'rocket'],
    ['❤️', 'red heart'],
    ['❤', 'red heart'],
    ['✔', 'check mark'],
    ['✅', 'check mark button'],
    ['🦄', '🦄'],
  ])('%s → %s', (glyph, term) => expect(emojiSearchTerm(glyph)).toBe(term));
});
