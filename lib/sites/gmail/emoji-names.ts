/**
 * The reactions Tact suggests, by glyph, with the Unicode (CLDR) short name Google's emoji pickers
 * search by. Sorted by name; checked by emoji-names.test.ts.
 */
export const EMOJI_NAMES: Readonly<Record<string, string>> = {
  '✔️': 'check mark',
  '✅': 'check mark button',
  '👏': 'clapping hands',
  '👀': 'eyes',
  '😂': 'face with tears of joy',
  '🔥': 'fire',
  '🙏': 'folded hands',
  '😄': 'grinning face with smiling eyes',
  '🤝': 'handshake',
  '💯': 'hundred points',
  '👌': 'OK hand',
  '🎉': 'party popper',
  '🙌': 'raising hands',
  '❤️': 'red heart',
  '🚀': 'rocket',
  '👍': 'thumbs up',
};

/** The glyph without variation selectors, so "❤️" and "❤" compare equal. */
export function bareEmoji(glyph: string): string {
  return glyph.replace(/[\uFE0E\uFE0F]/g, '').trim();
}

/** The name to search a picker for, or the glyph itself when Tact has no name for it. */
export function emojiSearchTerm(glyph: string): string {
  const bare = bareEmoji(glyph);
  for (const [key, name] of Object.entries(EMOJI_NAMES)) {
    if (bareEmoji(key) === bare) return name;
  }
  return glyph;
}
