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
 *   ("candidate" + "rejected"), and no technical word is near;
 * - `pair`: a subject that names a person ("candidate", "Bewerberin", "候选人"): it pairs with a
 *   verdict like `subject`, and technical words near do not veto the pair (a candidate's system
 *   design round is still about the candidate);
 * - `blame`: only with the reader addressed ("you", "du") or someone named near; technical words do not veto,
 *   since blame aimed at someone is usually about their work ("you pushed to prod without telling
 *   anyone").
 */
export type SensitiveWhen = 'always' | 'no-tech' | 'person' | 'aimed' | 'subject' | 'verdict' | 'pair' | 'blame';

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
 * - `discretion` is a plea to keep something quiet ("keep the claim confidential for now", "no
 *   comentéis esto fuera del equipo"): like `rhetorical`, it cancels the asks of its sentence;
 * - `no-reply` says outright that no answer is wanted;
 * - `greeting` is a how-are-you ("tudo bem", "¿qué tal?", "ça va ?") opening a message that goes on:
 *   its question mark asks nothing, and it greets like any filler around an acknowledgement;
 * - `retract` takes back what was asked before it ("Anyone else's VPN dropping? nvm, found it",
 *   "这个能用吗？算了我自己看"): the asks before it are cancelled, later ones stand;
 * - `or` makes a question a decision ("A or B?");
 * - `imperative` is a request only where a clause starts ("Merge the branch", "把报告发我"):
 *   the same words inside a sentence ("we had to merge the branch") ask nothing. A single Latin
 *   word (a bare verb) asks only when one of the lexicon's `imperativeObjects` follows it
 *   ("Send the…", not "Update: …"); a phrase ("make sure", "take a look") asks by itself.
 */
export type ReplyCueKind = ReplyKind | 'fyi' | 'rhetorical' | 'discretion' | 'no-reply' | 'retract' | 'greeting' | 'or' | 'imperative';

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
 * What may follow an acknowledgement phrase without adding content, by language. Each list is a
 * grammatical slot, not a list of messages: a preposition that opens a short reason ("thanks for
 * covering", "Enhorabuena por el ascenso"), the agreement lexeme's complement ("agree with Sam",
 * "Concordo com a Bia"), a time adverb after "on it" ("taking a look rn"), the speaker's side after
 * a confirmation ("c'est fait de mon côté"). See ack-tails.ts for how they are
 * read. Chinese and Japanese have none: their frames are phrases.
 */
export interface AckTails {
  /** Prepositions that open a short reason or addressee after thanks, congratulations or praise. */
  reason: readonly string[];
  /** Last words of an agreement phrase that take a "with …" complement ("agree", "d'accord"). */
  agreeHeads: readonly string[];
  /** Prepositions of that complement ("with", "con", "avec"). */
  agreeWith: readonly string[];
  /**
   * Praise adjectives that take the thing praised right after them, with no comma ("great demo",
   * "belle mise en prod", "tolle Präsentation"), whether or not the adjective is praise alone.
   */
  praiseAdjectives: readonly string[];
  /** Praise adjectives that may also follow the noun in an exclamation ("Que demo incrível"). */
  postAdjectives: readonly string[];
  /** Words that open an exclamation of praise ("what a", "qué", "quelle", "was für ein"). */
  exclamatives: readonly string[];
  /**
   * Adverbs of immediacy an "on it" or a confirmation may end with ("rn", "ahora mismo"). Phrases,
   * spaces allowed. Never a later date: "I'll do it tomorrow" is a new commitment with a detail.
   */
  time: readonly string[];
  /** The speaker's side ("on my end", "de mon côté"), after a confirmation, approval or "on it". */
  side: readonly string[];
  /**
   * Words a tail's object never holds: clause openers, conditions, contrast, negation, modals of a
   * new commitment, and the usual objects of sarcastic thanks ("thanks for nothing/breaking it").
   */
  stops: readonly string[];
  /**
   * Mishaps: as the head of a reason ("thanks for the outage", "merci pour le retard", "quelle
   * belle panne") they make the thanks sarcasm. Further in ("thanks for handling the outage") they
   * are what was handled, and pass.
   */
  mishaps: readonly string[];
  /**
   * Words a `_` of any acknowledgement phrase never takes: contrast, condition, exception and
   * negation open a clause of their own ("thanks for the update but …"). Read from every language.
   */
  wildcardStops: readonly string[];
}

/**
 * Fragments the Chinese and Japanese frames of an acknowledgement read (ack-cjk.ts): plain text,
 * matched anywhere in a run of CJK units unless said otherwise.
 */
export interface CjkFrames {
  /** Negation or hedging (不, 没, か): a run holding one is never a name or a topic. */
  hedges: readonly string[];
  /** Mishaps: named as the topic of a congratulation they make it sarcasm (这次失败了，恭喜). */
  mishaps: readonly string[];
  /** Congratulating words proper (恭喜, おめでとう): the only ones that take a topic or an object. */
  congratulate: readonly string[];
  /** Request markers: thanks after a topic holding one is thanks in advance (请发我，谢谢). */
  asks: readonly string[];
  /** Thanks written straight onto what it is for (資料ありがとう), matched at the phrase's start. */
  thank: readonly string[];
  /** "Received", after what was received (资料收到了), matched at the phrase's start. */
  received: readonly string[];
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
  /** Slots an acknowledgement phrase may take (Latin-script languages); lexicons sent by an older background lack it. */
  ackTails?: AckTails;
  /** Chinese and Japanese only; lexicons sent by an older background lack it (the frames then stay off). */
  cjkFrames?: CjkFrames;
  /**
   * Chinese only: "traditional, simplified" pairs, concatenated, for every character of the Chinese
   * lexicon that has a distinct traditional form. Folding maps each to its simplified form.
   */
  traditional?: string;
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

/**
 * The judge's emoji vocabulary, sent to content scripts as data with the lexicons: reactions per
 * kind of acknowledgement, the kind an emoji alone says, emoji that disagree, and typed shortcodes.
 */
export interface EmojiTables {
  /** Reactions that fit each acknowledgement, best first (at least three each). */
  reactions: Readonly<Record<string, readonly string[]>>;
  /** An emoji sent alone says which kind of acknowledgement it is (keys carry no skin tone or VS16). */
  emojiKinds: Readonly<Record<string, string>>;
  /** Emoji that disagree, mock or sulk: a message with one is never a plain acknowledgement. */
  negative: readonly string[];
  /** Slack/Discord shortcodes typed in a composer, mapped to their emoji. */
  shortcodes: Readonly<Record<string, string>>;
}
