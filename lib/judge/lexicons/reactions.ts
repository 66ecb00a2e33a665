import type { AckKind } from '../types';
import type { EmojiTables } from './types';

/** Reactions that fit each acknowledgement, best first (at least three each). */
export const REACTIONS: Readonly<Record<AckKind, readonly string[]>> = {
  acknowledgement: ['👍', '👌', '✅', '🙏'],
  thanks: ['🙏', '❤️', '🙌', '👍'],
  agreement: ['👍', '💯', '👌', '✅'],
  approval: ['✅', '👍', '🚀', '💯'],
  confirmation: ['✅', '👍', '👌', '🙌'],
  'on-it': ['👀', '👍', '🫡', '🏃'],
  congratulations: ['🎉', '🥳', '👏', '🙌'],
  praise: ['🙌', '👏', '🔥', '💯'],
  laughter: ['😂', '🤣', '😄', '😆'],
};

/** An emoji sent alone says which kind of acknowledgement it is. Keys carry no skin tone or VS16. */
export const EMOJI_KINDS: Readonly<Record<string, AckKind>> = {
  '🎉': 'congratulations',
  '🎊': 'congratulations',
  '🥳': 'congratulations',
  '🍾': 'congratulations',
  '👍': 'agreement',
  '👌': 'agreement',
  '💯': 'agreement',
  '🆗': 'agreement',
  '🤝': 'agreement',
  '🤙': 'agreement',
  '🙏': 'thanks',
  '❤': 'thanks',
  '🫶': 'thanks',
  '💙': 'thanks',
  '💜': 'thanks',
  '💚': 'thanks',
  '🧡': 'thanks',
  '💛': 'thanks',
  '🤍': 'thanks',
  '💖': 'thanks',
  '✅': 'confirmation',
  '✔': 'confirmation',
  '☑': 'confirmation',
  '👀': 'on-it',
  '🫡': 'on-it',
  '🏃': 'on-it',
  '🚀': 'approval',
  '🚢': 'approval',
  '🙌': 'praise',
  '👏': 'praise',
  '🔥': 'praise',
  '💪': 'praise',
  '⭐': 'praise',
  '🌟': 'praise',
  '✨': 'praise',
  '😂': 'laughter',
  '🤣': 'laughter',
  '😆': 'laughter',
  '😄': 'laughter',
  '😅': 'laughter',
  '😹': 'laughter',
};

/** Sorted. Emoji that disagree, mock or sulk: a message with one is never a plain acknowledgement. */
export const NEGATIVE_EMOJI: readonly string[] = [
  '☹', '👎', '💀', '💢', '💩', '🖕', '😐', '😑', '😒', '😞', '😟', '😠', '😡', '😢', '😣', '😤',
  '😩', '😫', '😬', '😭', '🙁', '🙄', '🤔', '🤢', '🤦', '🤨', '🤬', '🤷', '🥲',
];

/** Slack/Discord shortcodes typed in a composer, mapped to their emoji. */
export const SHORTCODES: Readonly<Record<string, string>> = {
  '+1': '👍',
  '-1': '👎',
  '100': '💯',
  clap: '👏',
  eyes: '👀',
  facepalm: '🤦',
  fire: '🔥',
  heart: '❤',
  heavy_check_mark: '✔',
  joy: '😂',
  laughing: '😆',
  ok_hand: '👌',
  partying_face: '🥳',
  pray: '🙏',
  raised_hands: '🙌',
  rocket: '🚀',
  rofl: '🤣',
  rolling_eyes: '🙄',
  saluting_face: '🫡',
  ship: '🚢',
  skull: '💀',
  smile: '😄',
  sob: '😭',
  sparkles: '✨',
  sweat_smile: '😅',
  tada: '🎉',
  thinking_face: '🤔',
  thumbsdown: '👎',
  thumbsup: '👍',
  white_check_mark: '✅',
};

/** All of the above, as the data a content script receives with the lexicons. */
export const EMOJI_TABLES: EmojiTables = { reactions: REACTIONS, emojiKinds: EMOJI_KINDS, negative: NEGATIVE_EMOJI, shortcodes: SHORTCODES };
