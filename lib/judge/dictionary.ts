import { BLOOM, FAR, isWordCode as isWordCodeImport, k2 as k2Import, k3 as k3Import, k5 as k5Import } from './prefix-tables';
import type { ScanMemo } from './scan-prefix';
import { runSteps, type Steps } from './steps';
import { pairSource, trieGroupSteps } from './trie-regex';
import { expandTerm, isWordChar, parseTerm, tidy, type ParsedTerm } from './terms';

/**
 * A compiled term list and its scanner. Scanning is one left-to-right pass: a table says at which
 * characters a term may start, a set of 1-3 character prefixes rejects almost every position in a
 * few nanoseconds, and only then a sticky trie regex for that first character is tried. Matches
 * do not overlap and the longest term at a position wins, as with one big alternation, but the
 * cost no longer grows with the number of terms.
 */
export interface Dictionary<T> {
  /**
   * Sticky regex by the first two character codes (`first * 0x10000 + second`): terms of two or
   * more characters. Each is built on first use from its terms (see `stickyAt`): a page meets a few
   * dozen of the thousand pairs, and building them all made one long task of every page load.
   */
  sticky: Map<number, PairSlot>;
  /** Sticky regex by the first character code: terms of that one character (tried when no longer one matches). */
  single: Map<number, RegExp>;
  /** 1 where a Latin term may start (only after a non-word character), 2 where another may. */
  starts: Uint8Array;
  /**
   * Prefix tables, by first character (one-character heads) and by hashes of the first 2, 3 and 5
   * characters (Bloom-style: a false hit only costs a regex try). Non-zero where a term may start
   * so; the value is how far a regex try from there may read (`FAR`: up to `reach`).
   */
  prefix1: Uint8Array;
  prefix2: Uint8Array;
  prefix3: Uint8Array;
  /** By the first five characters, for terms of five or more (prefix3 then holds those of three or four). */
  prefix5: Uint8Array;
  exact: Map<string, T[]>;
  stems: Map<string, T[]>;
  /** Terms with a `_`, by their first word (never `_`). */
  wild: Map<string, { re: RegExp; values: T[] }[]>;
  /** The longest text a match can span: a rescan from this far back sees every match again. */
  reach: number;
  /** Length of the shortest stem, so resolving a match tries no shorter prefix. */
  minStem: number;
  /**
   * The first word of every term of several words ("can" of "can you"): a match attempt at a word
   * that is none of these cannot read past the space after it (see `stablePoint`).
   */
  heads: Set<string>;
  /** The last scan of callers that keep none of their own (see scan-prefix.ts). */
  memo: ScanMemo<T> | null;
}

/** The terms of one two-character head, and their regex once a scan has needed it. */
export interface PairSlot {
  terms: ParsedTerm[];
  re: RegExp | null;
}

/** One match in the scanned text. */
export interface Hit<T> {
  start: number;
  end: number;
  values: T[];
}

const WILD_SPAN = 21;
// Bound once to module constants: the scan loop calls them for every character, and a bundler's
// module wrapper may otherwise reach them through a getter each time.
const isWordCode = isWordCodeImport;
const k2 = k2Import;
const k3 = k3Import;
const k5 = k5Import;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}


/** Compiles terms (lexicon syntax, see lexicons/types.ts); `literal` ones (the user's own) take no syntax. */
export function compileDictionary<T>(entries: Iterable<DictionaryEntry<T>>): Dictionary<T> {
  return runSteps(dictionarySteps(entries));
}

/** One term for `compileDictionary` and what a match of it means. */
export interface DictionaryEntry<T> {
  term: string;
  value: T;
  /** The user's own term: taken as written, with no term syntax. */
  literal?: boolean;
}

/** `compileDictionary` as steps (see steps.ts), yielding every few terms. */
export function* dictionarySteps<T>(entries: Iterable<DictionaryEntry<T>>): Steps<Dictionary<T>> {
  const exact = new Map<string, T[]>();
  const stems = new Map<string, T[]>();
  const wildByKey = new Map<string, T[]>();
  const parsed: ParsedTerm[] = [];
  const starts = new Uint8Array(0x10000);
  const prefix1 = new Uint8Array(0x10000);
  const prefix2 = new Uint8Array(BLOOM + 1);
  const prefix3 = new Uint8Array(BLOOM + 1);
  const prefix5 = new Uint8Array(BLOOM + 1);
  let reach = 1;
  let minStem = Infinity;
  const heads = new Set<string>();
  let count = 0;
  for (const { term, value, literal } of entries) {
    for (const expanded of literal ? [term] : expandTerm(term)) {
      if ((++count & 63) === 0) yield;
      const p = literal ? { ...parseTerm(expanded.replace(/[*_{}|]/g, ' ')), stem: false, wildcard: false } : parseTerm(expanded);
      p.key = tidy(p.key);
      if (!p.key || p.key.startsWith('_')) continue;
      parsed.push(p);
      if (p.wildcard) push(wildByKey, p.key, value);
      else push(p.stem ? stems : exact, p.key, value);
      // The literal head of the term, before any wildcard, gives the prefix that admits a position.
      const wild = p.key.indexOf('_');
      const head = wild >= 0 ? p.key.slice(0, wild) : p.key;
      const c = [head.charCodeAt(0), head.charCodeAt(1), head.charCodeAt(2), head.charCodeAt(3), head.charCodeAt(4)];
      const span = p.key.length + 1 + (p.stem ? WILD_SPAN : 0) + (p.wildcard ? WILD_SPAN : 0);
      const table = head.length === 1 ? prefix1 : head.length === 2 ? prefix2 : head.length < 5 ? prefix3 : prefix5;
      const slot = head.length === 1 ? c[0]! : head.length === 2 ? k2(c[0]!, c[1]!) : head.length < 5 ? k3(c[0]!, c[1]!, c[2]!) : k5(c[0]!, c[1]!, c[2]!, c[3]!, c[4]!);
      table[slot] = Math.max(table[slot]!, Math.min(span, FAR));
      starts[c[0]!] = isWordChar(head[0]) ? 1 : 2;
      if (p.stem) minStem = Math.min(minStem, p.key.length);
      reach = Math.max(reach, span);
      const space = p.key.indexOf(' ');
      if (space > 0) heads.add(p.key.slice(0, space));
    }
  }
  const wild = new Map<string, { re: RegExp; values: T[] }[]>();
  // The work after the terms is sliced too: on the main dictionary it was one 10-25 ms step.
  for (const [key, values] of wildByKey) {
    if ((++count & 63) === 0) yield;
    const re = new RegExp(`^${key.split(' ').map((w) => (w === '_' ? '\\w{1,20}' : w.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'))).join(' ')}$`);
    push(wild, key.slice(0, key.indexOf(' ')), { re, values });
  }
  const { pairs, singles } = yield* trieGroupSteps(parsed);
  const sticky = new Map<number, PairSlot>();
  const single = new Map<number, RegExp>();
  // Keyed by the pair's first two code units, as the scanner reads them: pairs that share those
  // (an astral first character) keep the last one, as one regex per key always did.
  for (const [pair, terms] of pairs) sticky.set(pair.charCodeAt(0) * 0x10000 + pair.charCodeAt(1), { terms, re: null });
  for (const [first, source] of singles) {
    if ((++count & 63) === 0) yield;
    single.set(first.charCodeAt(0), new RegExp(source, 'y'));
  }
  return { sticky, single, starts, prefix1, prefix2, prefix3, prefix5, exact, stems, wild, reach, minStem, heads, memo: null };
}

function resolve<T>(dict: Dictionary<T>, text: string): T[] | undefined {
  const exact = dict.exact.get(text);
  if (exact) return exact;
  const space = text.indexOf(' ');
  const wild = space > 0 ? dict.wild.get(text.slice(0, space)) : undefined;
  if (wild) for (const w of wild) if (w.re.test(text)) return w.values;
  if (dict.stems.size === 0) return undefined;
  for (let len = text.length; len >= dict.minStem; len--) {
    const stem = dict.stems.get(text.slice(0, len));
    if (stem) return stem;
  }
  return undefined;
}

/** The regex of the terms that start with character codes `c`, `c1` (built on first use). */
function stickyAt<T>(dict: Dictionary<T>, c: number, c1: number): RegExp | undefined {
  const slot = dict.sticky.get(c * 0x10000 + c1);
  if (!slot) return undefined;
  return (slot.re ??= new RegExp(pairSource(slot.terms), 'y'));
}

/** The end of the match of `re` at `i`, or 0 when there is none (or it is empty). */
function tryAt(re: RegExp | undefined, text: string, i: number): number {
  if (!re) return 0;
  re.lastIndex = i;
  return re.test(text) && re.lastIndex > i ? re.lastIndex : 0;
}

/**
 * Appends to `hits` every term of `dict` starting in `text[from, to)`, in order, up to `limit` hits.
 * Terms may run past `to` (the window bounds where they start, not where they end).
 */
export function scanInto<T>(dict: Dictionary<T>, text: string, from: number, to: number, limit: number, hits: Hit<T>[]): void {
  const { starts, prefix1, prefix2, prefix3, prefix5 } = dict;
  let i = from;
  while (i < to && hits.length < limit) {
    const c = text.charCodeAt(i);
    const kind = starts[c]!;
    if (kind === 0 || (kind === 1 && i > 0 && isWordCode(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    if (prefix3[k3(c, c1, c2)] === 0 && prefix2[k2(c, c1)] === 0 && prefix1[c] === 0 && prefix5[k5(c, c1, c2, text.charCodeAt(i + 3), text.charCodeAt(i + 4))] === 0) {
      i++;
      continue;
    }
    // test() rather than exec(): a sticky regex leaves the match's end in lastIndex, and no match
    // array is allocated for the many positions that are tried on every keystroke.
    const end = tryAt(stickyAt(dict, c, c1), text, i) || tryAt(dict.single.get(c), text, i);
    if (end === 0) {
      i++;
      continue;
    }
    const values = resolve(dict, text.slice(i, end));
    if (values) hits.push({ start: i, end, values });
    i = end;
  }
}

/** Every term of `dict` starting in `text[from, to)`, in order, at most `limit` of them. */
export function scan<T>(dict: Dictionary<T>, text: string, from = 0, to = text.length, limit = Infinity): Hit<T>[] {
  const hits: Hit<T>[] = [];
  scanInto(dict, text, Math.max(0, from), Math.min(to, text.length), limit, hits);
  return hits;
}
