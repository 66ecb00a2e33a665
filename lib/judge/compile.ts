import { ackSteps, type AckTables } from './ack-trie';
import { dictionarySteps, type Dictionary, type DictionaryEntry } from './dictionary';
import { foldTerm } from './fold';
import { lexiconGeneration, lexicons } from './lexicons';
import type { Lexicon, ReplyCueKind, SensitiveWhen, UrgencyStrength } from './lexicons/types';
import { runSteps, runStepsSliced, type SliceOptions, type Steps } from './steps';
import { expandTerm } from './terms';
import { SENSITIVE_TOPICS, type JudgeOptions, type Language, type SensitiveTopic } from './types';

/** What a term found by the main scan means. `term` is the lexicon form, for muting. */
export type Cue = (
  | { type: 'sensitive'; term: string; topic: SensitiveTopic; when: SensitiveWhen }
  | { type: 'neutral'; term: string }
  | { type: 'reply'; term: string; kind: ReplyCueKind | 'mark' }
  | { type: 'urgency'; term: string; strength: UrgencyStrength }
) & {
  /** The lexicon it came from (null: the user's own term or a question mark); a hint of the text's language. */
  lang: Language | null;
};

/** Context words looked up only around a sensitive term that needs them. */
export type ContextCue = 'person' | 'address' | 'tech';

/** Everything the judge runs, compiled once per options object. */
export interface Compiled {
  main: Dictionary<Cue>;
  context: Dictionary<ContextCue>;
  stop: Dictionary<Language>;
  ack: AckTables;
  /** Folded muted terms: whole matches, and stems (written with a trailing `*`). */
  muted: { exact: Set<string>; stems: string[] };
}

/**
 * The main dictionary: sensitive terms and the neutral phrases that hide them. Reply and urgency
 * cues are a dictionary of their own (`replyEntries`), compiled only where replies are judged: a
 * page never needs them, a reply cue never hides a sensitive term (请两周病假) nor a neutral phrase
 * a request ("Kill the process and…"), and they were poor evidence of the language.
 */
function* mainEntries(list: readonly Lexicon[], extra: JudgeOptions['extraSensitiveTerms']): Generator<DictionaryEntry<Cue>> {
  for (const lex of list) {
    const lang = lex.language;
    for (const e of lex.sensitive) yield { term: e.term, value: { type: 'sensitive', term: e.term, topic: e.topic, when: e.when ?? 'always', lang } };
    for (const term of lex.neutral) yield { term, value: { type: 'neutral', term, lang } };
  }
  for (const e of extraEntries(extra)) yield { ...e, literal: true };
}

/** Reply and urgency cues of `list`, and the question mark (ASCII and full-width fold alike). */
export function* replyEntries(list: readonly Lexicon[]): Generator<DictionaryEntry<Cue>> {
  for (const lex of list) {
    const lang = lex.language;
    for (const e of lex.reply) yield { term: e.term, value: { type: 'reply', term: e.term, kind: e.kind, lang } };
    for (const e of lex.urgency) yield { term: e.term, value: { type: 'urgency', term: e.term, strength: e.strength, lang } };
  }
  yield { term: '?', value: { type: 'reply', term: '?', kind: 'mark', lang: null } };
}

function* extraEntries(extra: JudgeOptions['extraSensitiveTerms']): Generator<{ term: string; value: Cue }> {
  if (!Array.isArray(extra)) return;
  for (const e of extra) {
    if (!e || typeof e.term !== 'string' || !(SENSITIVE_TOPICS as readonly string[]).includes(e.topic)) continue;
    const term = e.term.trim();
    if (term.length === 0 || term.length > 80) continue;
    yield { term, value: { type: 'sensitive', term, topic: e.topic, when: 'always', lang: null } };
  }
}

function* baseSteps(list: readonly Lexicon[]): Steps<Pick<Compiled, 'context' | 'stop'>> {
  const context = yield* dictionarySteps<ContextCue>(
    list.flatMap((lex) => [
      ...lex.personCues.map((term) => ({ term, value: 'person' as const })),
      // Lexicons sent as data by an older background may lack the list.
      ...(lex.addressCues ?? []).map((term) => ({ term, value: 'address' as const })),
      ...lex.techCues.map((term) => ({ term, value: 'tech' as const })),
    ]),
  );
  const stop = yield* dictionarySteps<Language>(list.flatMap((lex) => lex.stopwords.map((term) => ({ term, value: lex.language }))));
  return { context, stop };
}

let base: Compiled | null = null;
let byOptions = new WeakMap<object, Compiled>();
let builtFor = -1;

/** Compiles for `options`, reusing what `base` (compiled from the same lexicons without options) already has. */
function* compileSteps(list: readonly Lexicon[], options: JudgeOptions | undefined, base: Compiled | null): Steps<Compiled> {
  const shared = base ? { context: base.context, stop: base.stop } : yield* baseSteps(list);
  const hasExtra = Array.isArray(options?.extraSensitiveTerms) && options.extraSensitiveTerms.length > 0;
  // Lexicon terms use the term syntax; the user's own terms (yielded last) are taken literally.
  const main = !hasExtra && base ? base.main : yield* dictionarySteps(mainEntries(list, options?.extraSensitiveTerms));
  const extraAck = Array.isArray(options?.extraAcknowledgements) ? options.extraAcknowledgements : [];
  const ack = extraAck.length === 0 && base ? base.ack : yield* ackSteps(list, extraAck);
  const muted = { exact: new Set<string>(), stems: [] as string[] };
  if (Array.isArray(options?.mutedSensitiveTerms)) {
    for (const t of options.mutedSensitiveTerms) {
      if (typeof t !== 'string' || !t.trim()) continue;
      for (const x of expandTerm(t)) {
        const key = foldTerm(x).trim();
        if (key.endsWith('*') && key.length > 1) muted.stems.push(key.slice(0, -1));
        else if (key) muted.exact.add(key);
      }
    }
  }
  return { ...shared, main, ack, muted };
}

/**
 * The plain compiled judge of `list` (no options) as steps: `installLexiconsAsync` runs them in
 * slices and hands the result to `adoptCompiled` when it installs `list`.
 */
export function compiledSteps(list: readonly Lexicon[]): Steps<Compiled> {
  return compileSteps(list, undefined, null);
}

/** Makes `compiled` (from `compiledSteps` of the lexicons just installed) the current plain compile. */
export function adoptCompiled(compiled: Compiled): void {
  builtFor = lexiconGeneration();
  base = compiled;
  byOptions = new WeakMap();
}

/** The compiled judge for these options; cached by the options object's identity. */
export function compiledFor(options?: JudgeOptions): Compiled {
  if (builtFor !== lexiconGeneration()) {
    // New lexicons: everything compiled from the old ones goes.
    builtFor = lexiconGeneration();
    base = null;
    byOptions = new WeakMap();
  }
  if (!base) base = runSteps(compileSteps(lexicons(), undefined, null));
  if (!options || typeof options !== 'object') return base;
  const plain = !options.extraAcknowledgements?.length && !options.extraSensitiveTerms?.length && !options.mutedSensitiveTerms?.length;
  if (plain) return base;
  let c = byOptions.get(options);
  if (!c) {
    c = runSteps(compileSteps(lexicons(), options, base));
    byOptions.set(options, c);
  }
  return c;
}

/**
 * Compiles for `options` ahead of use, in slices between tasks, so that the first judgement with
 * them (a keystroke after the user changed their own words) finds the tables ready instead of
 * compiling them in one 30–50 ms task. A no-op before the plain compile exists, for options without
 * words of the user's own, and for options already compiled; stale if the lexicons change meanwhile.
 */
export function prepareCompiled(options: JudgeOptions, slice: SliceOptions = {}): Promise<void> {
  const plain = !options.extraAcknowledgements?.length && !options.extraSensitiveTerms?.length && !options.mutedSensitiveTerms?.length;
  if (plain || !base || builtFor !== lexiconGeneration() || byOptions.has(options)) return Promise.resolve();
  // Two settings changes in quick succession with the same words share one compile.
  const running = preparing.get(options);
  if (running) return running;
  const generation = builtFor;
  const done = runStepsSliced(compileSteps(lexicons(), options, base), slice)
    .then((compiled) => {
      // Compiled from lexicons since replaced: the judge compiles afresh for the new ones.
      if (generation === lexiconGeneration() && builtFor === generation && !byOptions.has(options)) byOptions.set(options, compiled);
    })
    .finally(() => preparing.delete(options));
  preparing.set(options, done);
  return done;
}

/** Preparations under way, by options object. */
const preparing = new WeakMap<object, Promise<void>>();
