// Shapes and builders for the held-out corpus. Written apart from the lexicons and the tuning
// corpus, so the figures it gives are a measure of the judge, not a regression check.
import type { Language, SensitiveTopic } from '../../types';

/** One label a case can carry: a judgement that holds, a sensitive topic, or the near-miss mark. */
export type Tag = 'ack' | 'reply' | 'hard' | SensitiveTopic;

/** One labelled message of the held-out corpus (see README.md for the label policy). */
export interface HeldoutCase {
  text: string;
  /** The language the message is written in. */
  language: Language;
  /** The locale hint passed to the judge (regional forms such as `es-MX` or `pt-PT`). */
  locale: string;
  /** The whole message could be replaced by a reaction. */
  ack: boolean;
  /** Every sensitive topic the message is about; empty when none. */
  sensitive: SensitiveTopic[];
  /** The message asks its reader for something. */
  needsReply: boolean;
  /** A near miss or hard negative: looks like another answer than the right one. */
  hard: boolean;
}

/** A case before its language and locale are stamped on. */
export type Draft = readonly [text: string, tags: readonly Tag[]];

/** Writes one case: the text and every label that holds for it (absent labels are false). */
export function c(text: string, ...tags: Tag[]): Draft {
  return [text, tags];
}

/** Stamps a group of drafts with the language they are written in and the locale hint to pass. */
export function inLocale(language: Language, locale: string, drafts: readonly Draft[]): HeldoutCase[] {
  return drafts.map(([text, tags]) => ({
    text,
    language,
    locale,
    ack: tags.includes('ack'),
    sensitive: tags.filter((t): t is SensitiveTopic => t !== 'ack' && t !== 'reply' && t !== 'hard'),
    needsReply: tags.includes('reply'),
    hard: tags.includes('hard'),
  }));
}
