import type { Cue } from './compile';
import type { Hit } from './dictionary';
import { foldTerm } from './fold';
import { lexiconGeneration, lexicons } from './lexicons';
import { detectNeedsReply } from './needs-reply';
import { expandTerm } from './terms';
import type { Language, NeedsReply, Urgency } from './types';
import { detectUrgency } from './urgency';

/** Folded words that may follow a bare imperative verb, by language. */
export type ImperativeObjects = Map<Language, readonly string[]>;

/** The reply judgements of a message that is not a whole-message acknowledgement. */
export type RepliesStage = (original: string, folded: string, hits: Hit<Cue>[]) => { needsReply: NeedsReply | null; urgent: Urgency | null };

/** Whether the message asks its reader for something, and whether urgently. */
export const detectReplies: RepliesStage = (original, folded, hits) => {
  const needsReply = detectNeedsReply(original, folded, hits, imperativeObjects());
  return { needsReply, urgent: detectUrgency(original, hits, needsReply) };
};

/**
 * The installed lexicons' imperative objects, folded once per install. Built here, not with the
 * compiled tables: a composer's judge never asks about replies, so a page never builds them.
 */
let objects: { generation: number; byLanguage: ImperativeObjects } | null = null;

function imperativeObjects(): ImperativeObjects {
  if (objects?.generation === lexiconGeneration()) return objects.byLanguage;
  const byLanguage: ImperativeObjects = new Map();
  // Lexicons sent as data by an older background may lack the list.
  for (const lex of lexicons()) byLanguage.set(lex.language, (lex.imperativeObjects ?? []).flatMap(expandTerm).map((t) => foldTerm(t).trim()).filter(Boolean));
  objects = { generation: lexiconGeneration(), byLanguage };
  return byLanguage;
}
