import { describe, expect, it } from 'vitest';
import { EMOJI_NAMES, bareEmoji } from '../emoji';
import { SLACK_EMOJI, slackEmojiNames } from './emoji';

describe('SLACK_EMOJI', () => {
  it('names every reaction Tact suggests (each has an English name)', () => {
    for (const glyph of Object.keys(EMOJI_NAMES)) expect(slackEmojiNames(glyph).length, glyph).toBeGreaterThan(0);
  });

  it('uses each name once, in Slack short-name form', () => {
    const names = Object.values(SLACK_EMOJI).flat();
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9_+-]+$/);
  });

  it('has no glyph twice once variation selectors are dropped', () => {
    const bare = Object.keys(SLACK_EMOJI).map(bareEmoji);
    expect(new Set(bare).size).toBe(bare.length);
  });
});

describe('slackEmojiNames', () => {
  it('puts the canonical name first', () => expect(slackEmojiNames('👍')).toEqual(['+1', 'thumbsup']));
  it('ignores the variation selector', () => expect(slackEmojiNames('❤')).toEqual(['heart']));
  it('keeps ✅ and ✔️ apart', () => {
    expect(slackEmojiNames('✅')).toEqual(['white_check_mark']);
    expect(slackEmojiNames('✔️')).toEqual(['heavy_check_mark']);
  });
  it('accepts a short name', () => {
    expect(slackEmojiNames(':rocket:')).toEqual(['rocket']);
    expect(slackEmojiNames('partyparrot')).toEqual(['partyparrot']);
  });
  it('knows nothing of other glyphs', () => expect(slackEmojiNames('🦄')).toEqual([]));
});
