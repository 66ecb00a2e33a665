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
  const t = replyTables();
  const hits = scanPrefix(t.dict, folded, folded.length, MAX_REPLY_HITS, holder, known);
  const needsReply = detectNeedsReply(original, folded, hits, t.objects, t.greeters);
  return { needsReply, urgent: detectUrgency(original, hits, needsReply) };
};

/**
 * What the reply judgements read beside the text, built from the installed lexicons once per
 * install. Built here, not with the compiled tables: a composer's judge never asks about replies,
 * so a page never builds them.
 */
interface ReplyTables {
  generation: number;
  /** Reply and urgency cues, and the question mark. */
  dict: Dictionary<Cue>;
  objects: ImperativeObjects;
  /** The words of the acknowledgement fillers (hi, oi, bom dia, salut), less stop words ("the" of "the team"). */
  greeters: ReadonlySet<string>;
}

let tables: ReplyTables | null = null;

function replyTables(): ReplyTables {
  if (tables?.generation === lexiconGeneration()) return tables;
  const list = lexicons();
  const fold = (t: string) => foldTerm(t).trim();
  const objects: ImperativeObjects = new Map();
  // Lexicons sent as data by an older background may lack the list.
  for (const lex of list) objects.set(lex.language, (lex.imperativeObjects ?? []).flatMap(expandTerm).map(fold).filter(Boolean));
  const stop = new Set(list.flatMap((lex) => lex.stopwords.flatMap(expandTerm)).map(fold));
  const words = list.flatMap((lex) => lex.ackFillers.flatMap(expandTerm)).flatMap((t) => fold(t).split(/\s+/));
  tables = {
    generation: lexiconGeneration(),
    dict: compileDictionary(replyEntries(list)),
    objects,
    greeters: new Set(words.filter((w) => w && !stop.has(w))),
  };
  return tables;
}
