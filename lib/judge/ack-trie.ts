import type { AckMemo } from './ack-memo';
import { fold } from './fold';
import { runSteps, type Steps } from './steps';
import { expandTerm } from './terms';
import { toUnits } from './units';
import type { CjkFrames, Lexicon } from './lexicons/types';
import { ACK_KINDS, type AckKind, type Language } from './types';

/** A trie over unit keys: acknowledgement phrases (with their kinds) and fillers share it. */
export interface AckNode {
  next: Map<string, AckNode>;
  kinds: AckKind[] | null;
  filler: boolean;
  /** A how-are-you filler ("tudo bem", "qué tal"): the one step a question mark may follow. */
  greets: boolean;
  /** Languages whose lexicon has the phrase ending here (a hint for language detection). */
  langs: Language[];
}

/** Everything the acknowledgement check needs, compiled once per options object. */
export interface AckTables {
  root: AckNode;
  notNames: Set<string>;
  /** Honorific unit sequences (CJK), each joined by spaces. */
  honorifics: string[][];
  /** The same honorifics by their first key, in order: a CJK unit looks up only its own. */
  honorificsByFirst: Map<string, string[][]>;
  /** Unit-key sequences that make a message sarcasm or reluctance, by their first key. */
  blockers: Map<string, string[][]>;
  /** Every single-unit key in the trie. */
  vocabulary: Set<string>;
  /** One swapped pair of letters ("thnaks") → the first word of a phrase it misspells (words of 5+ letters). */
  typos: Map<string, string>;
  /** The CJK frames' fragments, each list as one pattern (see `CjkFrames`). */
  cjk: Record<keyof CjkFrames, RegExp>;
  /** The last text rejected for good (a cache; see ack-memo.ts). */
  memo: AckMemo | null;
}

/**
 * Fragments as one pattern; `thank` and `received` match at the start only. Without fragments (an
 * older background's lexicons) the frames stay off: every run counts as hedged, mishap and ask,
 * and nothing as a congratulation, thanks or "received".
 */
function cjkPatterns(lexicons: readonly Lexicon[]): Record<keyof CjkFrames, RegExp> {
  const out = {} as Record<keyof CjkFrames, RegExp>;
  for (const key of ['hedges', 'mishaps', 'congratulate', 'asks', 'thank', 'received'] as const) {
    // Folded like the text they are matched against (traditional characters read as simplified).
    const list = lexicons.flatMap((l) => l.cjkFrames?.[key] ?? []).map((f) => fold(f).text);
    const blocks = key === 'hedges' || key === 'mishaps' || key === 'asks';
    out[key] = new RegExp(list.length ? (key === 'thank' || key === 'received' ? '^' : '') + `(?:${list.join('|')})` : blocks ? '' : '(?!)');
  }
  return out;
}

// Most nodes are leaves: they share one empty map and list (never written to; `add` replaces them
// before it writes), which took the acknowledgement trie from ~6 MB to a fraction of it.
const NO_NEXT: Map<string, AckNode> = new Map();
const NO_LANGS: Language[] = [];

function newNode(): AckNode {
  return { next: NO_NEXT, kinds: null, filler: false, greets: false, langs: NO_LANGS };
}

/** The trie key of `_` in a phrase: any one Latin word ("nice work on the _"). */
export const ANY_WORD = '\u0000_';

function unitKeys(text: string): string[] | null {
  const f = fold(text.normalize('NFC')).text;
  const units = toUnits(text, f);
  return units ? units.map((u) => u.key) : null;
}

/** A word the tokenizer reads alone, the same with or without the words around it (letters, digits, apostrophes). */
const PLAIN_WORD = /^[\p{L}\p{N}\p{M}'’-]+$/u;

/**
 * The unit keys of a phrase as the tokenizer would see them in a message (`_` stands for any word).
 * With `words`, plain words are tokenized once and remembered there: the lexicons expand to
 * thousands of phrases made of a few hundred words, and tokenizing each phrase whole was most of
 * the acknowledgement compile (ack-trie.test.ts checks both ways agree on every lexicon phrase).
 */
export function phraseKeys(phrase: string, words?: Map<string, string[] | null>): string[] | null {
  const keys: string[] = [];
  let segment: string[] = [];
  const flush = (): boolean => {
    if (segment.length === 0) return true;
    const k = words && segment.every((w) => PLAIN_WORD.test(w)) ? wordKeys(segment, words) : unitKeys(segment.join(' '));
    segment = [];
    if (!k) return false;
    keys.push(...k);
    return true;
  };
  for (const token of phrase.trim().split(/\s+/)) {
    if (token !== '_') {
      segment.push(token);
      continue;
    }
    if (!flush()) return null;
    keys.push(ANY_WORD);
  }
  if (!flush()) return null;
  // A phrase cannot open with a wildcard: it would match any word at all.
  return keys.length === 0 || keys[0] === ANY_WORD ? null : keys;
}

function wordKeys(segment: readonly string[], words: Map<string, string[] | null>): string[] | null {
  const out: string[] = [];
  for (const w of segment) {
    let k = words.get(w);
    if (k === undefined) words.set(w, (k = unitKeys(w)));
    if (!k) return null;
    out.push(...k);
  }
  return out;
}

function add(root: AckNode, keys: string[], kind: AckKind | null | 'greeting', vocabulary: Set<string>, lang?: Language): void {
  let n = root;
  for (const k of keys) {
    vocabulary.add(k);
    let c = n.next.get(k);
    if (!c) {
      c = newNode();
      if (n.next === NO_NEXT) n.next = new Map();
      n.next.set(k, c);
    }
    n = c;
  }
  if (lang && !n.langs.includes(lang)) n.langs = n.langs === NO_LANGS ? [lang] : [...n.langs, lang];
  if (kind === null || kind === 'greeting') {
    n.filler = true;
    n.greets ||= kind === 'greeting';
  } else if (!n.kinds) n.kinds = [kind];
  else if (!n.kinds.includes(kind)) n.kinds.push(kind);
}

/** Compiles the acknowledgement tables of all lexicons plus the user's own phrases. */
export function compileAck(lexicons: readonly Lexicon[], extra: readonly string[] = []): AckTables {
  return runSteps(ackSteps(lexicons, extra));
}

/** `compileAck` as steps (see steps.ts), yielding every few dozen phrases. */
export function* ackSteps(lexicons: readonly Lexicon[], extra: readonly string[] = []): Steps<AckTables> {
  const root = newNode();
  const vocabulary = new Set<string>();
  const notNames = new Set<string>();
  const honorifics: string[][] = [];
  const blockers = new Map<string, string[][]>();
  const words = new Map<string, string[] | null>();
  let count = 0;
  function* each(terms: readonly string[], fn: (keys: string[]) => void): Steps<void> {
    for (const term of terms) for (const t of expandTerm(term)) {
      if ((++count & 63) === 0) yield;
      const keys = phraseKeys(t, words);
      if (keys) fn(keys);
    }
  }
  for (const lex of lexicons) {
    for (const kind of ACK_KINDS) yield* each(lex.ack[kind], (keys) => add(root, keys, kind, vocabulary, lex.language));
    yield* each(lex.ackFillers, (keys) => add(root, keys, null, vocabulary));
    // How-are-you questions are reply cues of their own kind; at a message's start they greet.
    yield* each(lex.reply.filter((e) => e.kind === 'greeting').map((e) => e.term), (keys) => add(root, keys, 'greeting', vocabulary));
    yield* each(lex.notNames, (keys) => notNames.add(keys.join(' ')));
    yield* each(lex.honorifics, (keys) => honorifics.push(keys));
    yield* each(lex.ackBlockers, (keys) => {
      const list = blockers.get(keys[0]!);
      if (list) list.push(keys);
      else blockers.set(keys[0]!, [keys]);
    });
  }
  for (const phrase of extra) {
    if (typeof phrase !== 'string' || phrase.length > 80) continue;
    const keys = phraseKeys(phrase.trim());
    if (keys && keys.length) add(root, keys, 'acknowledgement', vocabulary);
  }
  const typos = new Map<string, string>();
  for (const key of root.next.keys()) {
    if (key.length < 5 || !/^[a-z]+$/.test(key)) continue;
    for (let i = 0; i + 1 < key.length; i++) {
      const swapped = key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
      // A swap that spells another word of the trie is that word, not a typo.
      if (swapped !== key && !root.next.has(swapped) && !typos.has(swapped)) typos.set(swapped, key);
    }
  }
  const honorificsByFirst = new Map<string, string[][]>();
  for (const h of honorifics) {
    const list = honorificsByFirst.get(h[0]!);
    if (list) list.push(h);
    else honorificsByFirst.set(h[0]!, [h]);
  }
  return { root, notNames, honorifics, honorificsByFirst, blockers, vocabulary, typos, cjk: cjkPatterns(lexicons), memo: null };
}
