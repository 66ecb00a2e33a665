import { describe, expect, it } from 'vitest';
import { EMOJI_NAMES, bareEmoji } from '../emoji';
import { TEAMS_EMOTICONS, matchesEmoji, wantedEmoji } from './emoji';

describe('TEAMS_EMOTICONS', () => {
  it('covers every reaction Tact suggests (each has an English name), by glyph and by name', () => {
    const glyphs = Object.keys(TEAMS_EMOTICONS).map(bareEmoji);
    for (const emoji of Object.keys(EMOJI_NAMES)) expect(glyphs).toContain(bareEmoji(emoji));
  });

  it('has lower-case names, none shared between two glyphs', () => {
    const seen = new Map<string, string>();
    for (const [glyph, names] of Object.entries(TEAMS_EMOTICONS)) {
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        expect(name).toBe(name.toLowerCase());
        expect(seen.get(name), `${name} is listed for ${seen.get(name)} and ${glyph}`).toBeUndefined();
        seen.set(name, glyph);
      }
    }
  });

  it('keeps its glyphs sorted and unique', () => {
    const glyphs = Object.keys(TEAMS_EMOTICONS);
    expect([...glyphs].sort()).toEqual(glyphs);
    expect(new Set(glyphs.map(bareEmoji)).size).toBe(glyphs.length);
  });
});

describe('wantedEmoji / matchesEmoji', () => {
  it('matches the quick reaction ids and their glyphs', () => {
    const like = wantedEmoji('👍')!;
    expect(matchesEmoji(like, null, 'like')).toBe(true);
    expect(matchesEmoji(like, '👍', null)).toBe(true);
    expect(matchesEmoji(like, '👎', 'dislike')).toBe(false);
  });

  it('ignores variation selectors', () => {
    const heart = wantedEmoji('❤️')!;
    expect(matchesEmoji(heart, '❤', null)).toBe(true);
    expect(matchesEmoji(wantedEmoji('❤')!, '❤️', null)).toBe(true);
    expect(matchesEmoji(wantedEmoji('✔')!, null, 'heavycheckmark')).toBe(true);
  });

  it('accepts :name: and finds its glyph', () => {
    expect(wantedEmoji(':clap:')).toEqual({ glyphs: ['👏'], names: ['clap'] });
    expect(matchesEmoji(wantedEmoji(':Party:')!, '🎉', null)).toBe(true);
  });

  it('keeps unknown glyphs matchable by glyph only', () => {
    expect(wantedEmoji('🦄')).toEqual({ glyphs: ['🦄'], names: [] });
    expect(wantedEmoji('   ')).toBeNull();
  });

  it('does not confuse near misses', () => {
    expect(matchesEmoji(wantedEmoji('😄')!, '😂', 'laugh')).toBe(false);
    expect(matchesEmoji(wantedEmoji('✅')!, '✔️', 'heavycheckmark')).toBe(false);
  });
});
