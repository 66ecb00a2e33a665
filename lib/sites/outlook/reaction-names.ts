import { bareEmoji, sameEmoji } from '../emoji';

/**
 * Outlook has six fixed reactions; Tact's suggestions map onto four of them. Labels are the popup's
 * aria-labels in the languages we know; the glyph and the fixed order are the language-neutral hooks.
 */
export type OutlookReactionKind = 'like' | 'love' | 'celebrate' | 'laugh' | 'surprised' | 'sad';

export interface OutlookReaction {
  kind: OutlookReactionKind;
  glyph: string;
  /** Position in Outlook's reaction popup. */
  index: number;
  labels: readonly string[];
}

export const OUTLOOK_REACTIONS: readonly OutlookReaction[] = [
  { kind: 'like', glyph: '👍', index: 0, labels: ['Like', 'Gefällt mir', 'J’aime', "J'aime", 'Me gusta', 'Mi piace'] },
  { kind: 'love', glyph: '❤️', index: 1, labels: ['Love', 'Herz', 'Liebe', 'Adore', 'Me encanta', 'Adoro'] },
  { kind: 'celebrate', glyph: '🎉', index: 2, labels: ['Celebrate', 'Feiern', 'Célébrer', 'Celebrar', 'Festeggia'] },
  { kind: 'laugh', glyph: '😂', index: 3, labels: ['Laugh', 'Lachen', 'Rire', 'Risa', 'Ridere'] },
  { kind: 'surprised', glyph: '😮', index: 4, labels: ['Surprised', 'Überrascht', 'Surpris', 'Sorprendido', 'Sorpreso'] },
  { kind: 'sad', glyph: '😢', index: 5, labels: ['Sad', 'Traurig', 'Triste'] },
];

/** The Outlook reaction for an emoji, or null when Outlook has none for it. */
export function outlookReactionFor(emoji: string): OutlookReaction | null {
  return OUTLOOK_REACTIONS.find((r) => sameEmoji(r.glyph, emoji)) ?? null;
}

/** Whether a chip or button shows this reaction: by its glyph, or a label it starts with. */
export function showsReaction(text: string, label: string, reaction: OutlookReaction): boolean {
  if (bareEmoji(text).includes(bareEmoji(reaction.glyph))) return true;
  return reaction.labels.some((l) => label === l || label.startsWith(`${l},`) || label.startsWith(`${l}:`));
}
