/**
 * The reactions Tact suggests, by glyph, with the Unicode (CLDR) short name Google's emoji picker
 * searches by. Google Chat shows emoji as glyphs (`data-emoji`, image `alt`), so matching is by
 * glyph; the name is only for the search box. Checked by emoji.test.ts.
 */
export const EMOJI_NAMES: Readonly<Record<string, string>> = {
  '👍': 'thumbs up',
  '🙏': 'folded hands',
  '✅': 'check mark button',
  '👀': 'eyes',
  '🎉': 'party popper',
  '🙌': 'raising hands',
  '😂': 'face with tears of joy',
  '❤️': 'red heart',
  '💯': 'hundred points',
  '🔥': 'fire',
  '👏': 'clapping hands',
  '🚀': 'rocket',
  '😄': 'grinning face with smiling eyes',
  '🤝': 'handshake',
  '👌': 'OK hand',
  '✔️': 'check mark',
};

/** The glyph without variation selectors, so "❤️" and "❤" compare equal. */
export function bareEmoji(glyph: string): string {
  return glyph.replace(/[\uFE0E\uFE0F]/g, '').trim();
}

export function sameEmoji(a: string | null | undefined, b: string): boolean {
  return !!a && bareEmoji(a) === bareEmoji(b);
}

/** What to type into the picker's search box: the English name, or the glyph itself. */
export function searchTerm(glyph: string): string {
  const bare = bareEmoji(glyph);
  return Object.entries(EMOJI_NAMES).find(([g]) => bareEmoji(g) === bare)?.[1] ?? glyph;
}
