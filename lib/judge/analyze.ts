import { detectAcknowledgement } from './acknowledgement';
import { compiledFor, type Cue } from './compile';
import { scanPrefix, type Hit } from './dictionary';
import { fold } from './fold';
import { detectLanguage } from './language';
import { detectNeedsReply } from './needs-reply';
import { detectSensitive } from './sensitive';
import type { JudgeOptions, Judgement, Language } from './types';
import { detectUrgency } from './urgency';

/** Bounds the work on pathological input (a paste of the same keyword a million times). */
const MAX_HITS = 20_000;
/**
 * A draft longer than this is a pasted document: its opening is judged and the rest is not read,
 * so a 1 MB paste costs what 200 KB does. Offsets stay valid (the judged text is a prefix).
 */
export const MAX_JUDGED = 200_000;

function judgedPart(text: unknown): string {
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

/** Judges one message: acknowledgement, sensitive topics, reply needed, urgency and language. */
export function analyzeMessage(text: string, options?: JudgeOptions): Judgement {
  const source = judgedPart(text);
  const compiled = compiledFor(options);
  const folded = fold(source);
  const hits = scanPrefix(compiled.main, folded.text, folded.text.length, MAX_HITS);
  const ack = detectAcknowledgement(source, folded.text, compiled.ack);
  const language = detectLanguage(folded.text, folded.counts, compiled.stop, options?.locale, cueLanguages(hits, ack?.langs ?? []));
  const sensitive = detectSensitive(source, folded.text, hits, compiled, language);
  // A whole-message acknowledgement asks for nothing, and so is never urgent.
  const needsReply = ack ? null : detectNeedsReply(source, folded.text, hits);
  const urgent = ack ? null : detectUrgency(source, hits, needsReply);
  return { acknowledgement: ack?.ack ?? null, sensitive, needsReply, urgent, language };
}
