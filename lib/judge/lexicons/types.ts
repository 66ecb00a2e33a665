import type { AckKind, Language, ReplyKind, SensitiveTopic } from '../types';

/**
 * Term syntax shared by every list the scanner reads (sensitive, neutral, cues, reply, urgency):
 * - matching ignores case and Latin diacritics ("reunión" = "reunion");
 * - `{a|b|}` expands to alternatives (an empty one makes the group optional);
 * - a trailing `*` on the last word matches the word's continuation ("layoff*" = layoffs);
 * - `_` alone stands for any one word ("let _ go").
 * Latin terms match whole words; CJK terms match anywhere (no spaces to lean on).
 * Acknowledgement phrases use `{a|b|}` and `_` for any one Latin word ("nice work on the _").
 */
export type Term = string;

/**
 * How much context a sensitive term needs before it counts:
 * - `always`: the term alone is enough ("severance");
 * - `no-tech`: unless a technical word is near ("restructuring the codebase");
 * - `person`: only with a person word near and no technical word near ("fired" + "him");
 * - `aimed`: only with a person word or the reader addressed ("you", "du") near, and no technical
 *   word near: blame and insults aimed at someone ("sloppy" + "you");
 * - `subject` / `verdict`: only when the other half of the same topic is near
 *   ("candidate" + "rejected"), and no technical word is near.
 */
export type SensitiveWhen = 'always' | 'no-tech' | 'person' | 'aimed' | 'subject' | 'verdict';

/** One sensitive term and the topic it signals. */
export interface SensitiveEntry {
  term: Term;
  topic: SensitiveTopic;
  /** Default `always`. */
  when?: SensitiveWhen;
}

/**
 * A reply cue. Besides the reply kinds:
 * - `fyi` consumes a phrase that looks like a request but is not ("please find attached");
 * - `rhetorical` cancels the question it sits in ("who knew?");
 * - `no-reply` says outright that no answer is wanted;
 * - `or` makes a question a decision ("A or B?");
 * - `imperative` is a request only where a clause starts ("Merge the branch", "把报告发我"):
 *   the same words inside a sentence ("we had to merge the branch") ask nothing. A single Latin
 *   word (a bare verb) asks only when one of the lexicon's `imperativeObjects` follows it
 *   ("Send the…", not "Update: …"); a phrase ("make sure", "take a look") asks by itself.
 */
export type ReplyCueKind = ReplyKind | 'fyi' | 'rhetorical' | 'no-reply' | 'or' | 'imperative';

/** One reply cue. */
export interface ReplyEntry {
  term: Term;
  kind: ReplyCueKind;
}

/** `strong` is urgent on its own; `weak` ("today") only beside an ask; `not` ("no rush") cancels. */
export type UrgencyStrength = 'strong' | 'weak' | 'not';

/** One urgency cue. */
export interface UrgencyEntry {
  term: Term;
  strength: UrgencyStrength;
}

/**
 * One language's vocabulary, written as people use it at work. Lists documented as sorted are
 * sorted by plain code-unit order (`Array.prototype.sort()`), and the lexicon test checks it.
 */
export interface Lexicon {
  language: Language;
  /** Whole-message acknowledgements by kind. */
  ack: Record<AckKind, readonly Term[]>;
  /** Sorted. Words that may stand around an acknowledgement without adding anything: greetings, "all", sign-offs. */
  ackFillers: readonly Term[];
  /** Sorted. Phrases that turn an acknowledgement into sarcasm or reluctance ("oh great"). */
  ackBlockers: readonly Term[];
  /** Sorted. Capitalised words that are never a name being addressed (days, months). */
  notNames: readonly Term[];
  /** Sorted. Titles and honorifics that follow (CJK) a name: さん, 老师. */
  honorifics: readonly Term[];
  sensitive: readonly SensitiveEntry[];
  /** Sorted. Phrases that contain a sensitive word in a harmless sense ("fire drill", "health check"). */
  neutral: readonly Term[];
  /** Sorted. Words that show a person is being talked about. */
  personCues: readonly Term[];
  /** Sorted. Words that may follow an imperative verb ("the", "me", "el", "den"): see `imperative` cues. */
  imperativeObjects: readonly Term[];
  /** Sorted. Words that address the reader ("you", "du", "vous"): with them, blame is aimed at someone. */
  addressCues: readonly Term[];
  /** Sorted. Words that show the talk is about systems, code or things. */
  techCues: readonly Term[];
  reply: readonly ReplyEntry[];
  urgency: readonly UrgencyEntry[];
  /** Sorted. Frequent function words that tell this language from the others. */
  stopwords: readonly Term[];
  /** A short, kind sentence proposing a call. */
  callSuggestion: string;
  /** Put before an appended meeting link. */
  linkLabel: string;
}
