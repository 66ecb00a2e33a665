import { describe, expect, it } from 'vitest';
import { OUTLOOK_REACTIONS, outlookReactionFor, showsReaction } from './reaction-names';

describe('OUTLOOK_REACTIONS', () => {
  it('lists the six reactions in popup order, each with distinct labels', () => {
    expect(OUTLOOK_REACTIONS.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(new Set(OUTLOOK_REACTIONS.map((r) => r.glyph)).size).toBe(6);
    const labels = OUTLOOK_REACTIONS.flatMap((r) => r.labels);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('outlookReactionFor', () => {
  it('maps the reactions Tact suggests that Outlook has', () => {
    expect(outlookReactionFor('👍')?.kind).toBe('like');
    expect(outlookReactionFor('❤️')?.kind).toBe('love');
    expect(outlookReactionFor('❤')?.kind).toBe('love');
    expect(outlookReactionFor('🎉')?.kind).toBe('celebrate');
    expect(outlookReactionFor('😂')?.kind).toBe('laugh');
  });

  it.each(['🙏', '✅', '👀', '🙌', '💯', '🔥', '👏', '🚀', '😄', '🤝', '👌', '✔️', ''])('has nothing for %j', (emoji) => {
    expect(outlookReactionFor(emoji)).toBeNull();
  });
});

describe('showsReaction', () => {
  const like = outlookReactionFor('👍')!;
  it('recognises a chip by glyph or by label', () => {
    expect(showsReaction('👍 2', '', like)).toBe(true);
    expect(showsReaction('', 'Gefällt mir, 1 Reaktion', like)).toBe(true);
    expect(showsReaction('', 'Like', like)).toBe(true);
  });

  it('does not confuse look-alike labels or other glyphs', () => {
    expect(showsReaction('👎 1', 'Dislike', like)).toBe(false);
    expect(showsReaction('', 'Likes and comments', like)).toBe(false);
  });
});
