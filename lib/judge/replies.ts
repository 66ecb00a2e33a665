import { replyEntries, type Cue } from './compile';
import { compileDictionary, type Dictionary } from './dictionary';
import { scanPrefix, type ScanMemoHolder } from './scan-prefix';
import { foldTerm } from './fold';
import { lexiconGeneration, lexicons } from './lexicons';
import { detectNeedsReply } from './needs-reply';
import { expandTerm } from './terms';
import type { Language, NeedsReply, Urgency } from './types';
import { detectUrgency } from './urgency';

/** Folded words that may follow a bare imperative verb, by language. */
export type ImperativeObjects = Map<Language, readonly string[]>;

/**
 * The reply judgements of a message that is not a whole-message acknowledgement. A caller that
 * judges one text as it grows passes where to keep its scan, and how many leading units are the
 * same as last time (see scan-prefix.ts).
 */
export type RepliesStage = (
  original: string,
  folded: string,
  holder?: ScanMemoHolder<Cue>,
  known?: number,
) => { needsReply: NeedsReply | null; urgent: Urgency | null };

/** Bounds the work on pathological input, as the main scan does. */
const MAX_REPLY_HITS = 20_000;

/** Whether the message asks its reader for something, and whether urgently. */
export const detectReplies: RepliesStage = (original, folded, holder, known) => {
  const hits = scanPrefix(replyDictionary(), folded, folded.length, MAX_REPLY_HITS, holder, known);
  const needsReply = detectNeedsReply(original, folded, hits, imperativeObjects(), greeters());
  return { needsReply, urgent: detectUrgency(original, hits, needsReply) };
};

/** The installed lexicons' reply and urgency cues, compiled once per install (never on a page). */
let replies: { generation: number; dict: Dictionary<Cue> } | null = null;

function replyDictionary(): Dictionary<Cue> {
  if (replies?.generation !== lexiconGeneration()) replies = { generation: lexiconGeneration(), dict: compileDictionary(replyEntries(lexicons())) };
  return replies.dict;
}

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

/**
 * The words of the installed lexicons' acknowledgement fillers (hi, oi, bom dia, salut), folded once
 * per install, less the languages' stop words ("the" of "the team").
 */
let salutations: { generation: number; words: ReadonlySet<string> } | null = null;

function greeters(): ReadonlySet<string> {
  if (salutations?.generation !== lexiconGeneration()) {
    const stop = new Set(lexicons().flatMap((lex) => lex.stopwords.flatMap(expandTerm)).map((t) => foldTerm(t).trim()));
    const words = lexicons().flatMap((lex) => lex.ackFillers.flatMap(expandTerm)).flatMap((t) => foldTerm(t).trim().split(/\s+/));
    salutations = { generation: lexiconGeneration(), words: new Set(words.filter((w) => w && !stop.has(w))) };
  }
  return salutations.words;
}
