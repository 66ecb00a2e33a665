import { BLOOM, FAR, isWordCode, k2, k3, stablePoint } from './prefix-tables';
import { trieSources } from './trie-regex';
import { expandTerm, isWordChar, parseTerm, type ParsedTerm } from './terms';

/**
 * A compiled term list and its scanner. Scanning is one left-to-right pass: a table says at which
 * characters a term may start, a set of 1-3 character prefixes rejects almost every position in a
 * few nanoseconds, and only then a sticky trie regex for that first character is tried. Matches
 * do not overlap and the longest term at a position wins, as with one big alternation, but the
 * cost no longer grows with the number of terms.
 */
export interface Dictionary<T> {
  /** Sticky regex per first character code. */
  sticky: Map<number, RegExp>;
  /** 1 where a Latin term may start (only after a non-word character), 2 where another may. */
  starts: Uint8Array;
  /**
   * Prefix tables, by first character (one-character heads) and by hashes of the first 2 and 3
   * characters (Bloom-style: a false hit only costs a regex try). Non-zero where a term may start
   * so; the value is how far a regex try from there may read (`FAR`: up to `reach`).
   */
  prefix1: Uint8Array;
  prefix2: Uint8Array;
  prefix3: Uint8Array;
  exact: Map<string, T[]>;
  stems: Map<string, T[]>;
  wild: { re: RegExp; values: T[] }[];
  /** The longest text a match can span: a rescan from this far back sees every match again. */
  reach: number;
  /** Length of the shortest stem, so resolving a match tries no shorter prefix. */
  minStem: number;
  /**
   * The last full scan, so that the next one over the same text with a few characters typed (or
   * deleted) at the end rescans only the tail: per-keystroke cost stops growing with the draft.
   * A cache only: results are identical with or without it.
   */
  memo: { text: string; to: number; hits: Hit<T>[]; complete: boolean } | null;
}

/** One match in the scanned text. */
export interface Hit<T> {
  start: number;
  end: number;
  values: T[];
}

const WILD_SPAN = 21;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}


/** Compiles terms (lexicon syntax, see lexicons/types.ts); `literal` ones (the user's own) take no syntax. */
export function compileDictionary<T>(entries: Iterable<{ term: string; value: T; literal?: boolean }>): Dictionary<T> {
  const exact = new Map<string, T[]>();
  const stems = new Map<string, T[]>();
  const wildByKey = new Map<string, T[]>();
  const parsed: ParsedTerm[] = [];
  const starts = new Uint8Array(0x10000);
  const prefix1 = new Uint8Array(0x10000);
  const prefix2 = new Uint8Array(BLOOM + 1);
  const prefix3 = new Uint8Array(BLOOM + 1);
  let reach = 1;
  let minStem = Infinity;
  for (const { term, value, literal } of entries) {
    for (const expanded of literal ? [term] : expandTerm(term)) {
      const p = literal ? { ...parseTerm(expanded.replace(/[*_{}|]/g, ' ')), stem: false, wildcard: false } : parseTerm(expanded);
      p.key = p.key.replace(/\s+/g, ' ').trim();
      if (!p.key || p.key.startsWith('_')) continue;
      parsed.push(p);
      if (p.wildcard) push(wildByKey, p.key, value);
      else push(p.stem ? stems : exact, p.key, value);
      // The literal head of the term, before any wildcard, gives the prefix that admits a position.
      const wild = p.key.indexOf('_');
      const head = wild >= 0 ? p.key.slice(0, wild) : p.key;
      const c = [head.charCodeAt(0), head.charCodeAt(1), head.charCodeAt(2)];
      const span = p.key.length + 1 + (p.stem ? WILD_SPAN : 0) + (p.wildcard ? WILD_SPAN : 0);
      const table = head.length === 1 ? prefix1 : head.length === 2 ? prefix2 : prefix3;
      const slot = head.length === 1 ? c[0]! : head.length === 2 ? k2(c[0]!, c[1]!) : k3(c[0]!, c[1]!, c[2]!);
      table[slot] = Math.max(table[slot]!, Math.min(span, FAR));
      starts[c[0]!] = isWordChar(head[0]) ? 1 : 2;
      if (p.stem) minStem = Math.min(minStem, p.key.length);
      reach = Math.max(reach, span);
    }
  }
  const wild = [...wildByKey].map(([key, values]) => ({
    re: new RegExp(`^${key.split(' ').map((w) => (w === '_' ? '\\w{1,20}' : w.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'))).join(' ')}$`),
    values,
  }));
  const sticky = new Map<number, RegExp>();
  for (const [first, source] of trieSources(parsed)) sticky.set(first.charCodeAt(0), new RegExp(source, 'y'));
  return { sticky, starts, prefix1, prefix2, prefix3, exact, stems, wild, reach, minStem, memo: null };
}

function resolve<T>(dict: Dictionary<T>, text: string): T[] | undefined {
  const exact = dict.exact.get(text);
  if (exact) return exact;
  for (const w of dict.wild) if (w.re.test(text)) return w.values;
  if (dict.stems.size === 0) return undefined;
  for (let len = text.length; len >= dict.minStem; len--) {
    const stem = dict.stems.get(text.slice(0, len));
    if (stem) return stem;
  }
  return undefined;
}

/**
 * Appends to `hits` every term of `dict` starting in `text[from, to)`, in order, up to `limit` hits.
 * Terms may run past `to` (the window bounds where they start, not where they end).
 */
export function scanInto<T>(dict: Dictionary<T>, text: string, from: number, to: number, limit: number, hits: Hit<T>[]): void {
  const { starts, prefix1, prefix2, prefix3 } = dict;
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
    if (prefix3[k3(c, c1, c2)] === 0 && prefix2[k2(c, c1)] === 0 && prefix1[c] === 0) {
      i++;
      continue;
    }
    const re = dict.sticky.get(c)!;
    re.lastIndex = i;
    // test() rather than exec(): a sticky regex leaves the match's end in lastIndex, and no match
    // array is allocated for the many positions that are tried on every keystroke.
    if (!re.test(text) || re.lastIndex === i) {
      i++;
      continue;
    }
    const end = re.lastIndex;
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

function commonPrefix(a: string, b: string, max: number): number {
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * Like `scan(dict, text, 0, to, limit)`, reusing the previous call's hits for the part of the text
 * that has not changed since (see `Dictionary.memo`). The returned array must not be modified.
 */
export function scanPrefix<T>(dict: Dictionary<T>, text: string, to = text.length, limit = Infinity): Hit<T>[] {
  const end = Math.min(to, text.length);
  const memo = dict.memo;
  let hits: Hit<T>[];
  let resume = 0;
  if (memo) {
    // Matches starting this far before the first change cannot see it.
    const max = Math.min(memo.to, end, memo.text.length);
    // Typing at the end is the usual case: a native comparison settles it.
    const same = max === memo.text.length && text.startsWith(memo.text) ? max : commonPrefix(memo.text, text, max);
    const safe = stablePoint(dict, text, same);
    let keep = 0;
    while (keep < memo.hits.length && memo.hits[keep]!.start < safe) keep++;
    hits = memo.hits.slice(0, keep);
    const lastEnd = keep ? hits[keep - 1]!.end : 0;
    // A scan cut short by `limit` never looked past its last hit.
    resume = keep === memo.hits.length && !memo.complete ? lastEnd : Math.max(0, safe, lastEnd);
  } else {
    hits = [];
  }
  scanInto(dict, text, resume, end, limit, hits);
  dict.memo = { text, to: end, hits, complete: hits.length < limit };
  return hits;
}
