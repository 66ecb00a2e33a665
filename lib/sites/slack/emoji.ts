/**
 * Slack names emoji by short name (`:+1:`), in the picker (`data-name`), in reaction pills
 * (`data-stringify-emoji`) and in search. Glyph → Slack's names for the reactions Tact suggests,
 * the canonical name first, then aliases. Checked by emoji.test.ts.
 */
export const SLACK_EMOJI: Readonly<Record<string, readonly string[]>> = {
  '👍': ['+1', 'thumbsup'],
  '🙏': ['pray'],
  '✅': ['white_check_mark'],
  '👀': ['eyes'],
  '🎉': ['tada'],
  '🙌': ['raised_hands'],
  '😂': ['joy'],
  '❤️': ['heart'],
  '💯': ['100'],
  '🔥': ['fire'],
  '👏': ['clap'],
  '🚀': ['rocket'],
  '😄': ['smile'],
  '🤝': ['handshake'],
  '👌': ['ok_hand'],
  '✔️': ['heavy_check_mark'],
};

/** The glyph without variation selectors, so "❤️" and "❤" are the same key. */
export function bareEmoji(glyph: string): string {
  return glyph.replace(/[\uFE0E\uFE0F]/g, '').trim();
}

/** Slack's names for a glyph (or for a name given as `:name:` / `name`); [] when unknown. */
export function slackEmojiNames(emoji: string): readonly string[] {
  const bare = bareEmoji(emoji);
  for (const [glyph, names] of Object.entries(SLACK_EMOJI)) {
    if (bareEmoji(glyph) === bare) return names;
  }
  const name = /^:?([\w+-]+):?$/.exec(bare)?.[1];
  return name ? [name] : [];
}
