/**
 * Emoji as the adapters compare and search them. Sites show a glyph with or without a variation
 * selector ("❤️" or "❤"), so glyphs are compared bare. Skin tones are kept: "👍🏽" is not "👍".
 * Each site's own names (Slack's `+1`, Discord's `thumbsup`, Teams' ids) stay in its folder.
 */

/**
 * The reactions Tact suggests, by glyph, with the Unicode (CLDR) short name that Google's emoji
 * pickers search by. Sorted by name; checked by emoji.test.ts.
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

/** The glyph without variation selectors (U+FE0E, U+FE0F) or surrounding space. */
export function bareEmoji(glyph: string): string {
  return glyph.replace(/[\uFE0E\uFE0F]/g, '').trim();
}

/** Whether a glyph read from the page (maybe missing) is this emoji. */
export function sameEmoji(a: string | null | undefined, b: string): boolean {
  return !!a && bareEmoji(a) === bareEmoji(b);
}

/** The value a glyph-keyed table holds for this emoji, whichever variation selector either side has. */
export function lookupEmoji<V>(table: Readonly<Record<string, V>>, emoji: string): V | undefined {
  const bare = bareEmoji(emoji);
  for (const [glyph, value] of Object.entries(table)) {
    if (bareEmoji(glyph) === bare) return value;
  }
  return undefined;
}

/** What to type into a picker's search box: the English name, or the glyph itself when Tact has none. */
export function emojiSearchTerm(glyph: string): string {
  return lookupEmoji(EMOJI_NAMES, glyph) ?? glyph;
}
