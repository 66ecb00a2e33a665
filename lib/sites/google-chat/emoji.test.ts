import { describe, expect, it } from 'vitest';
import { EMOJI_NAMES, bareEmoji, sameEmoji, searchTerm } from './emoji';

const SUGGESTED = ['👍', '🙏', '✅', '👀', '🎉', '🙌', '😂', '❤️', '💯', '🔥', '👏', '🚀', '😄', '🤝', '👌', '✔️'];

describe('EMOJI_NAMES', () => {
  it('names every suggested reaction, each name once', () => {
    for (const glyph of SUGGESTED) expect(EMOJI_NAMES[glyph], glyph).toBeTruthy();
    const names = Object.values(EMOJI_NAMES);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has no glyph twice once variation selectors are dropped', () => {
    const bare = Object.keys(EMOJI_NAMES).map(bareEmoji);
    expect(new Set(bare).size).toBe(bare.length);
  });
});

describe('sameEmoji', () => {
  it.each([
    ['❤️', '❤', true],
    ['❤', '❤️', true],
    ['👍', '👍', true],
    ['✅', '✔️', false],
    ['👍', '👍🏽', false],
    [null, '👍', false],
  ])('%s vs %s → %s', (a, b, same) => expect(sameEmoji(a, b)).toBe(same));
});

describe('searchTerm', () => {
  it('uses the English name', () => expect(searchTerm('🚀')).toBe('rocket'));
  it('ignores the variation selector', () => expect(searchTerm('❤')).toBe('red heart'));
  it('falls back to the glyph', () => expect(searchTerm('🦄')).toBe('🦄'));
});
