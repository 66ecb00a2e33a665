import { describe, expect, it } from 'vitest';
import { EMOJI_NAMES } from '../emoji';
import { DISCORD_EMOJI_NAMES, discordEmojiName } from './emoji-names';

describe('DISCORD_EMOJI_NAMES', () => {
  it('names every reaction Tact suggests (each has an English name)', () => {
    expect(Object.keys(DISCORD_EMOJI_NAMES).sort()).toEqual(Object.keys(EMOJI_NAMES).sort());
  });

  it('has no duplicate names and only picker-style names', () => {
    const names = Object.values(DISCORD_EMOJI_NAMES);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9_]+$/);
  });
});

describe('discordEmojiName', () => {
  it('maps glyphs with or without the variation selector', () => {
    expect(discordEmojiName('👍')).toBe('thumbsup');
    expect(discordEmojiName('❤')).toBe('heart');
    expect(discordEmojiName('✔️')).toBe('heavy_check_mark');
  });

  it('passes :name: through and knows nothing else', () => {
    expect(discordEmojiName(':partying_face:')).toBe('partying_face');
    expect(discordEmojiName('🦄')).toBeNull();
    expect(discordEmojiName('thumbsup')).toBeNull();
  });
});
