import { detectAcknowledgement } from './acknowledgement';
import { compiledFor, type Compiled, type Cue } from './compile';
import type { AckMemo } from './ack-memo';
import type { Hit } from './dictionary';
import { scanPrefix, type ScanMemoHolder } from './scan-prefix';
import { fold, type Folded } from './fold';
import { detectLanguage, LANGUAGE_SAMPLE, languageFromStops, MAX_STOP_HITS } from './language';
import { detectReplies, type RepliesStage } from './replies';
import { detectSensitive, type ContextCache } from './sensitive';
import type { JudgeOptions, Judgement, Language } from './types';

/** Bounds the work on pathological input (a paste of the same keyword a million times). */
const MAX_HITS = 20_000;
/**
 * A draft longer than this is a pasted document: its opening is judged and the rest is not read,
 * so a 1 MB paste costs what 100 KB (some 15,000 words, far beyond any message) does. Offsets stay
 * valid (the judged text is a prefix).
 */
export const MAX_JUDGED = 100_000;

/** The part of a text the judge reads (a prefix: offsets stay valid). */
export function judgedPart(text: unknown): string {
  const source = typeof text === 'string' ? text : '';
  if (source.length <= MAX_JUDGED) return source;
  const cut = source.charCodeAt(MAX_JUDGED - 1) >= 0xd800 && source.charCodeAt(MAX_JUDGED - 1) <= 0xdbff ? MAX_JUDGED - 1 : MAX_JUDGED;
  return source.slice(0, cut);
}
/** Lexicon cues counted towards the language: the opening of the text is enough. */
const MAX_LANGUAGE_CUES = 64;

function cueLanguages(hits: Hit<Cue>[], extra: readonly Language[]): Language[] {
  const out = [...extra];
  for (let i = 0; i < hits.length && i < MAX_LANGUAGE_CUES; i++) {
    const lang = hits[i]!.values[0]!.lang;
    if (lang) out.push(lang);
  }
  return out;
}

/** Where one caller keeps its scans between calls; absent ones use the compiled tables' own. */
export interface Memos {
  main?: ScanMemoHolder<Cue>;
  /** The reply cues' scan (only where replies are judged). */
  replies?: ScanMemoHolder<Cue>;
  stop?: ScanMemoHolder<Language>;
  ack?: { memo: AckMemo | null };
  /**
   * Set by a caller that tracks its edits: how many leading units of the source and of its folding
   * are the same as in the previous call's, so the memos need not compare the texts again.
   * `ackKnown` only when the acknowledgement memo was checked against the previous text.
   */
  known?: number;
  ackKnown?: number;
  /** The last language judged, with what it was judged from (reused while none of it changes). */
  language?: LanguageMemo;
  /** Sensitive-term contexts looked up in earlier calls (see sensitive.ts). */
  contexts?: ContextCache;
}

/** What a language was detected from: the same inputs give the same language. */
interface LanguageMemo {
  counts: Folded['counts'];
  locale: string | undefined;
  cues: Language[];
  result: Language;
}

function sameCues(a: readonly Language[], b: readonly Language[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameCounts(a: Folded['counts'], b: Folded['counts']): boolean {
  return a.han === b.han && a.kana === b.kana && a.es === b.es && a.pt === b.pt && a.de === b.de && a.fr === b.fr;
}

/** The language, reusing the caller's last one when the stop words, cues, counts and locale are those it was judged from. */
function languageOf(folded: Folded, compiled: Compiled, locale: string | undefined, cues: Language[], memos: Memos): Language {
  if (!memos.stop) return detectLanguage(folded.text, folded.counts, compiled.stop, locale, cues);
  const stops = scanPrefix(compiled.stop, folded.text, LANGUAGE_SAMPLE, MAX_STOP_HITS, memos.stop, memos.known);
  const last = memos.language;
  if (last && memos.stop.memo?.unchanged && last.locale === locale && sameCounts(last.counts, folded.counts) && sameCues(last.cues, cues)) return last.result;
  const result = languageFromStops(stops, folded.counts, locale, cues);
  memos.language = { counts: folded.counts, locale, cues, result };
  return result;
}

/**
 * Judges `source` once it is folded (`folded.text` has the same length as `source`). Without
 * `replies` it leaves `needsReply` and `urgent` null: a composer's draft needs only the other
 * judgements, and the content scripts then carry none of the reply code.
 */
export function judgeFolded(
  source: string,
  folded: Folded,
  compiled: Compiled,
  locale: string | undefined,
  memos: Memos = {},
  replies: RepliesStage | null = null,
): Judgement {
  const hits = scanPrefix(compiled.main, folded.text, folded.text.length, MAX_HITS, memos.main, memos.known);
  const ack = detectAcknowledgement(source, folded.text, compiled.ack, memos.ack, memos.ackKnown);
  const cues = cueLanguages(hits, ack?.langs ?? []);
  const language = languageOf(folded, compiled, locale, cues, memos);
  const sensitive = detectSensitive(source, folded.text, hits, compiled, language, memos.contexts && { contexts: memos.contexts, known: memos.known });
  // A message about a sensitive matter is never a low-content acknowledgement ("congrats on the
  // layoffs", "恭喜你被解雇"): a reaction would lose what it says, and its hint is the sensitive one.
  const acknowledgement = sensitive.length ? null : (ack?.ack ?? null);
  // A whole-message acknowledgement asks for nothing, and so is never urgent.
  const asked = acknowledgement || !replies ? null : replies(source, folded.text, memos.replies, memos.known);
  // Not scanned this time: what the reply scan remembers is of an older text than `known` counts from.
  if (!asked && memos.replies) memos.replies.memo = null;
  return { acknowledgement, sensitive, needsReply: asked?.needsReply ?? null, urgent: asked?.urgent ?? null, language };
}

/** Judges one message: acknowledgement, sensitive topics, reply needed, urgency and language. */
export function analyzeMessage(text: string, options?: JudgeOptions): Judgement {
  const source = judgedPart(text);
  return judgeFolded(source, fold(source), compiledFor(options), options?.locale, {}, detectReplies);
}
