import { bareEmoji, lookupEmoji } from '../emoji';

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

/** Slack's names for a glyph (or for a name given as `:name:` / `name`); [] when unknown. */
export function slackEmojiNames(emoji: string): readonly string[] {
  const known = lookupEmoji(SLACK_EMOJI, emoji);
  if (known) return known;
  const name = /^:?([\w+-]+):?$/.exec(bareEmoji(emoji))?.[1];
  return name ? [name] : [];
}
