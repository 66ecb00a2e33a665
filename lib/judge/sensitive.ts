import type { Compiled, ContextCue, Cue } from './compile';
import { scan, type Hit } from './dictionary';
import { foldTerm } from './fold';
import { SENSITIVE_TOPICS, type Language, type SensitiveFinding, type SensitiveTopic } from './types';
import type { SensitiveWhen } from './lexicons/types';

/** How far (in UTF-16 units) a context word may sit from a term and still qualify it. */
const WINDOW_LATIN = 50;
const WINDOW_CJK = 16;
const MAX_EVIDENCE = 8;
/** Context lookups per message: a paste full of ambiguous words is judged on its first ones. */
const MAX_CONTEXT_CHECKS = 64;

interface Candidate {
  start: number;
  end: number;
  topic: SensitiveTopic;
  when: SensitiveWhen;
  term: string;
  context?: Context;
}

interface Context {
  person: boolean;
  address: boolean;
  tech: boolean;
  /** A capitalised name near (a subset of `person`): someone in particular. */
  named: boolean;
}

/**
 * Contexts looked up in earlier calls, by candidate start, for a caller that judges a text as it is
 * edited: one whose lookup read only text before the edit is the same again. `until`: the end of
 * what the lookup read; `names`: whether capitalised words counted as names.
 */
export type ContextCache = Map<number, { ctx: Context; until: number; names: boolean }>;

function isCjkCode(c: number): boolean {
  return c >= 0x3040 && c <= 0x9fff;
}

function windowOf(folded: string, c: { start: number }): number {
  return isCjkCode(folded.charCodeAt(c.start)) ? WINDOW_CJK : WINDOW_LATIN;
}

const NAME = /\p{Lu}\p{Ll}+/gu;
// ¿ and ¡ open a sentence: the word after them is capitalised as its first, not as a name.
const SENTENCE_END = /[.!?¿¡\n:;。！？]/;

/** A capitalised word inside a sentence ("let Sam go") reads as a person's name. */
function hasName(original: string, from: number, to: number, notNames: Set<string>): boolean {
  const slice = original.slice(from, to);
  NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME.exec(slice)) !== null) {
    let k = from + m.index - 1;
    while (k >= 0 && (original[k] === ' ' || original[k] === '\t')) k--;
    if (k < 0 || SENTENCE_END.test(original[k]!)) continue;
    if (notNames.has(foldTerm(m[0]))) continue;
    return true;
  }
  return false;
}

function contextAround(original: string, folded: string, c: Candidate, compiled: Compiled, names: boolean): Context {
  const w = windowOf(folded, c);
  const from = Math.max(0, c.start - w);
  const to = Math.min(folded.length, c.end + w);
  const ctx: Context = { person: false, address: false, tech: false, named: false };
  for (const hit of scan<ContextCue>(compiled.context, folded, from, to, 40)) {
    // A context word inside the term itself ("his performance") does not count twice.
    if (hit.start >= c.start && hit.end <= c.end) continue;
    // A two-letter word after a hyphen is French "-ci" ("celui-ci", "ce mois-ci"), not CI; longer
    // ones stay technical ("employees-Tabelle", "Payroll-Batch").
    const compound = folded.charCodeAt(hit.start - 1) === 0x2d && hit.end - hit.start <= 2;
    for (const v of hit.values) if (!compound || v !== 'tech') ctx[v] = true;
  }
  if (names) {
    ctx.named = hasName(original, from, to, compiled.ack.notNames);
    ctx.person ||= ctx.named;
  }
  return ctx;
}

function muted(compiled: Compiled, folded: string, hit: Hit<Cue>): boolean {
  const { exact, stems } = compiled.muted;
  if (exact.size === 0 && stems.length === 0) return false;
  const text = folded.slice(hit.start, hit.end);
  return exact.has(text) || stems.some((s) => text.startsWith(s));
}

/** Sensitive topics of a message, each with the spans that showed it. */
export function detectSensitive(
  original: string,
  folded: string,
  hits: Hit<Cue>[],
  compiled: Compiled,
  language: Language,
  /** A caller's cache, and how many leading units are unchanged since its previous call. */
  cache?: { contexts: ContextCache; known: number | undefined },
): SensitiveFinding[] {
  if (cache) forgetChanged(cache.contexts, cache.known);
  const candidates: Candidate[] = [];
  for (const hit of hits) {
    for (const cue of hit.values) {
      if (cue.type !== 'sensitive' || muted(compiled, folded, hit)) continue;
      candidates.push({ start: hit.start, end: hit.end, topic: cue.topic, when: cue.when, term: cue.term });
    }
  }
  if (candidates.length === 0) return [];
  // German capitalises every noun, so a capital there says nothing about a name.
  const lookups: Lookups = { original, folded, compiled, left: MAX_CONTEXT_CHECKS, names: language !== 'de', cache: cache?.contexts };
  const accepted = new Map<SensitiveTopic, { start: number; end: number }[]>();
  for (const c of candidates) {
    const list = accepted.get(c.topic) ?? [];
    if (list.length >= MAX_EVIDENCE || list.some((e) => e.start === c.start)) continue;
    if (!accepts(c, candidates, lookups)) continue;
    list.push({ start: c.start, end: c.end });
    accepted.set(c.topic, list);
  }
  const out: SensitiveFinding[] = [];
  for (const topic of SENSITIVE_TOPICS) {
    const spans = accepted.get(topic);
    if (spans) out.push({ topic, evidence: spans.map((s) => ({ text: original.slice(s.start, s.end), start: s.start, end: s.end })) });
  }
  return out;
}

/** Drops the cached contexts whose lookups read text that may have changed. */
function forgetChanged(contexts: ContextCache, known: number | undefined): void {
  if (contexts.size === 0) return;
  if (known === undefined) {
    contexts.clear();
    return;
  }
  for (const [start, e] of contexts) if (e.until > known) contexts.delete(start);
}

interface Lookups {
  original: string;
  folded: string;
  compiled: Compiled;
  cache: ContextCache | undefined;
  /** Context lookups still allowed; past it, terms that need context are passed over. */
  left: number;
  /** Whether a capitalised word may count as a person's name. */
  names: boolean;
}

/** The context of a candidate, or null once the message's budget of lookups is spent. */
function context(c: Candidate, l: Lookups): Context | null {
  if (!c.context) {
    if (l.left <= 0) return null;
    l.left--;
    const cached = l.cache?.get(c.start);
    if (cached && cached.names === l.names) {
      c.context = cached.ctx;
      return c.context;
    }
    c.context = contextAround(l.original, l.folded, c, l.compiled, l.names);
    // The lookup read up to the window's end and as far as a context word starting in it runs.
    const until = Math.min(l.folded.length, c.end + windowOf(l.folded, c)) + l.compiled.context.reach;
    l.cache?.set(c.start, { ctx: c.context, until, names: l.names });
  }
  return c.context;
}

function accepts(c: Candidate, all: Candidate[], l: Lookups): boolean {
  if (c.when === 'always') return true;
  const ctx = context(c, l);
  if (!ctx) return false;
  if (c.when === 'no-tech') return !ctx.tech;
  if (c.when === 'person') return ctx.person && !ctx.tech;
  if (c.when === 'aimed') return (ctx.person || ctx.address) && !ctx.tech;
  // Blame is aimed at the reader or at someone named, not at "the intern" in a report of events.
  if (c.when === 'blame') return ctx.address || ctx.named;
  // A subject needs a verdict of the same topic nearby and the other way round; a technical word
  // near vetoes the pair unless its subject names a person.
  const role = c.when === 'verdict';
  const w = windowOf(l.folded, c) * 2;
  for (const o of all) {
    if (o.start > c.start + w) break;
    if (o.topic !== c.topic || o.start === c.start || o.start < c.start - w) continue;
    if (!isPairRole(o.when) || (o.when === 'verdict') === role) continue;
    if (!ctx.tech || c.when === 'pair' || o.when === 'pair') return true;
  }
  return false;
}

function isPairRole(w: SensitiveWhen): boolean {
  return w === 'subject' || w === 'verdict' || w === 'pair';
}

