import { lookupEmoji } from '../emoji';

/** Discord's names (as its picker and `:name:` syntax know them) for the reactions Tact suggests. */
export const DISCORD_EMOJI_NAMES: Readonly<Record<string, string>> = {
  '👍': 'thumbsup',
  '🙏': 'pray',
  '✅': 'white_check_mark',
  '👀': 'eyes',
  '🎉': 'tada',
  '🙌': 'raised_hands',
  '😂': 'joy',
  '❤️': 'heart',
  '💯': '100',
  '🔥': 'fire',
  '👏': 'clap',
  '🚀': 'rocket',
  '😄': 'smile',
  '🤝': 'handshake',
  '👌': 'ok_hand',
  '✔️': 'heavy_check_mark',
};

/** The Discord name for a glyph, or the glyph's own `:name:` when given one. */
export function discordEmojiName(emoji: string): string | null {
  const named = /^:([\w+-]+):$/.exec(emoji);
  if (named) return named[1]!;
  return lookupEmoji(DISCORD_EMOJI_NAMES, emoji) ?? null;
}
