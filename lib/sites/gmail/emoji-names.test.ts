import { describe, expect, it } from 'vitest';
import { EMOJI_NAMES, bareEmoji, emojiSearchTerm } from './emoji-names';

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

describe('emojiSearchTerm', () => {
  it.each([
    ['👍', 'thumbs up'],
    ['❤️', 'red heart'],
    ['❤', 'red heart'],
    ['✔', 'check mark'],
    ['✅', 'check mark button'],
    ['🦄', '🦄'],
  ])('%s → %s', (glyph, term) => {
    expect(emojiSearchTerm(glyph)).toBe(term);
  });
});
