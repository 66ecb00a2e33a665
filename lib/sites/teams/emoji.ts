import { bareEmoji, lookupEmoji } from '../emoji';

/**
 * Teams names its emoticons (`data-tid="emoticon-button-<id>"`, `img[itemid]`, quick reactions
 * `message-actions-<id>`). The quick four are V; the picker ids are P/U, so an emoji is matched by its
 * glyph (the images' alt) first and by these names second.
 */
export const TEAMS_EMOTICONS: Readonly<Record<string, readonly string[]>> = {
  '✅': ['checkmarkbutton', 'whitecheckmark', 'check'],
  '✔️': ['heavycheckmark', 'checkmark'],
  '❤️': ['heart'],
  '🎉': ['party', 'partypopper', 'tada'],
  '👀': ['eyes'],
  '👌': ['ok', 'okhand'],
  '👍': ['like', 'yes', 'thumbsup'],
  '👏': ['clap', 'clappinghands'],
  '💯': ['hundredpoints', '100'],
  '🔥': ['fire'],
  '😂': ['laugh', 'cwl', 'joy', 'tearsofjoy'],
  '😄': ['smile', 'grinningfacewithsmilingeyes'],
  '😮': ['surprised'],
  '🙌': ['praisinghands', 'raisinghands', 'highfive'],
  '🙏': ['pray', 'praying', 'foldedhands'],
  '🚀': ['rocket'],
  '🤝': ['handshake'],
};

/** What to look for in Teams' UI for an emoji given as a glyph or as `:name:`. */
export interface EmojiWanted {
  glyphs: string[];
  names: string[];
}

export function wantedEmoji(input: string): EmojiWanted | null {
  const text = input.trim();
  if (!text) return null;
  const named = /^:([\w+-]+):$/.exec(text);
  if (named) {
    const name = named[1]!.toLowerCase();
    const glyphs = Object.entries(TEAMS_EMOTICONS)
      .filter(([, names]) => names.includes(name))
      .map(([glyph]) => bareEmoji(glyph));
    return { glyphs, names: [name] };
  }
  const names = lookupEmoji(TEAMS_EMOTICONS, text);
  return { glyphs: [bareEmoji(text)], names: names ? [...names] : [] };
}

/** Whether an emoticon element (its alt glyph or its Teams id) is the emoji wanted. */
export function matchesEmoji(wanted: EmojiWanted, glyph: string | null | undefined, id: string | null | undefined): boolean {
  if (glyph && wanted.glyphs.includes(bareEmoji(glyph))) return true;
  return !!id && wanted.names.includes(id.toLowerCase());
}
