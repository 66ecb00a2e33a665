// The acknowledgement tails of the installed lexicons (each Latin-script lexicon's `ackTails`),
// compiled to folded unit keys on first use and again whenever other lexicons are installed. They
// are data, like the rest of the vocabulary: the content script receives them from the background.
import { phraseKeys } from './ack-trie';
import { lexiconGeneration, lexiconOf } from './lexicons';
import type { AckTails } from './lexicons/types';
import type { Language } from './types';

/** One language's tails as folded unit keys. */
export interface TailTable {
  reason: Set<string>;
  agreeHeads: Set<string>;
  agreeWith: Set<string>;
  praiseAdjectives: Set<string>;
  /** Praise adjectives wherever they stand in an exclamation (before or after the noun). */
  anyPraise: Set<string>;
  exclamatives: string[][];
  time: string[][];
  side: string[][];
  stops: Set<string>;
  mishaps: Set<string>;
  wildcardStops: Set<string>;
}

/** Folded unit keys of a word list, one key per single-unit word. */
function keySet(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const k = phraseKeys(w);
    if (k && k.length === 1) out.add(k[0]!);
  }
  return out;
}

function keyLists(phrases: readonly string[]): string[][] {
  const out: string[][] = [];
  for (const p of phrases) {
    const k = phraseKeys(p);
    if (k) out.push(k);
  }
  return out;
}

function compileTails(t: AckTails): TailTable {
  return {
    reason: keySet(t.reason),
    agreeHeads: keySet(t.agreeHeads),
    agreeWith: keySet(t.agreeWith),
    praiseAdjectives: keySet(t.praiseAdjectives),
    anyPraise: keySet([...t.praiseAdjectives, ...t.postAdjectives]),
    exclamatives: keyLists(t.exclamatives),
    time: keyLists(t.time),
    side: keyLists(t.side),
    stops: keySet(t.stops),
    mishaps: keySet(t.mishaps),
    wildcardStops: keySet(t.wildcardStops ?? []),
  };
}

const NONE: AckTails = {
  reason: [], agreeHeads: [], agreeWith: [], praiseAdjectives: [], postAdjectives: [], exclamatives: [], time: [], side: [], stops: [],
  mishaps: [], wildcardStops: [],
};

/** The tables of the installed lexicons, rebuilt when other lexicons are installed. */
interface Built {
  generation: number;
  byLanguage: Map<Language, TailTable>;
  wildcardStops: Set<string> | null;
  mishaps: Set<string> | null;
}

const built: Built = { generation: -1, byLanguage: new Map(), wildcardStops: null, mishaps: null };

function current(): Built {
  if (built.generation !== lexiconGeneration()) {
    built.generation = lexiconGeneration();
    built.byLanguage = new Map();
    built.wildcardStops = null;
    built.mishaps = null;
  }
  return built;
}

/** One language's tail tables, from its installed lexicon (none for CJK or an older lexicon). */
export function tableOf(lang: Language): TailTable {
  const b = current();
  let t = b.byLanguage.get(lang);
  if (!t) {
    t = compileTails(lexiconOf(lang)?.ackTails ?? NONE);
    b.byLanguage.set(lang, t);
  }
  return t;
}

/** Latin-script languages: the ones with tails. */
export const LATIN: readonly Language[] = ['en', 'es', 'pt', 'fr', 'de'];

/** Every language's words that a phrase's `_` never takes. */
export function wildcardStopSet(): Set<string> {
  const b = current();
  b.wildcardStops ??= new Set(LATIN.flatMap((l) => [...tableOf(l).wildcardStops]));
  return b.wildcardStops;
}

/** True when `key` names a mishap in one of the languages (an outage is nobody's name either). */
export function isMishap(key: string): boolean {
  const b = current();
  b.mishaps ??= new Set(LATIN.flatMap((l) => [...tableOf(l).mishaps]));
  return b.mishaps.has(key);
}

