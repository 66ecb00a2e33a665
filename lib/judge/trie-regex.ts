import { runSteps, type Steps } from './steps';
import { isWordChar, type ParsedTerm } from './terms';

/**
 * Builds regular expressions shaped as a trie (shared prefixes written once): longer continuations
 * come first so the longest term wins, and nothing is nested under a quantifier, so one attempt at
 * one position costs at most the depth of the trie and a scan stays linear in the text.
 */
interface Node {
  next: Map<string, Node>;
  /** Ends a term here; `stem` when the word may continue. */
  end: boolean;
  stem: boolean;
}

const WILD = '\u0000';
/** A word of at most 20 characters: bounded, so it cannot backtrack far. */
const WILD_SRC = '\\w{1,20}';
const STEM_SRC = '\\w{0,20}(?!\\w)';

function node(): Node {
  return { next: new Map(), end: false, stem: false };
}

/** The trie keys of a term: its code points, with `WILD` for each `_`; at most `limit` of them. */
function trieKeys(term: ParsedTerm, limit = Infinity): string[] {
  const keys: string[] = [];
  const parts = term.wildcard ? term.key.split(/(?<=^| )_(?= |$)/) : [term.key];
  for (let i = 0; i < parts.length && keys.length < limit; i++) {
    if (i > 0) keys.push(WILD);
    for (const ch of parts[i]!) {
      if (keys.length >= limit) break;
      keys.push(ch);
    }
  }
  return keys;
}

function insert(root: Node, term: ParsedTerm): void {
  let n = root;
  for (const k of trieKeys(term)) n = child(n, k);
  n.end = true;
  if (term.stem) n.stem = true;
}

function child(n: Node, key: string): Node {
  let c = n.next.get(key);
  if (!c) {
    c = node();
    n.next.set(key, c);
  }
  return c;
}

function escape(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

function emit(n: Node, last: string): string {
  const alts: string[] = [];
  const keys = [...n.next.keys()].sort();
  for (const k of keys) {
    alts.push((k === WILD ? WILD_SRC : escape(k)) + emit(n.next.get(k)!, k === WILD ? 'a' : k));
  }
  if (n.end) alts.push(n.stem ? STEM_SRC : isWordChar(last) ? '(?!\\w)' : '');
  if (alts.length === 0) return '';
  if (alts.length === 1) return alts[0]!;
  return `(?:${alts.join('|')})`;
}

/** Regex sources of a dictionary's terms, split so that each regex stays small (see `trieSources`). */
export interface TrieSources {
  /** By the first two characters: every term of two or more characters that starts with them. */
  pairs: Map<string, string>;
  /** By the first character: the terms of that one character alone (tried when no longer one matches). */
  singles: Map<string, string>;
}

/**
 * Regex sources by the first two characters of the terms (and single-character terms apart): the
 * scanner only runs the one for the two characters it is at, at a position where a term may start.
 * One regex per first character would be tens of kilobytes with tens of thousands of terms, and
 * each attempt at such a regex costs far more than at one a twentieth of its size.
 */
export function trieSources(terms: readonly ParsedTerm[]): TrieSources {
  const root = node();
  for (const t of terms) if (t.key && !t.key.startsWith('_')) insert(root, t);
  const pairs = new Map<string, string>();
  const singles = new Map<string, string>();
  for (const [first, child] of root.next) {
    for (const [second, grandchild] of child.next) {
      pairs.set(first + second, escape(first) + (second === WILD ? WILD_SRC : escape(second)) + emit(grandchild, second === WILD ? 'a' : second));
    }
    if (child.end) singles.set(first, escape(first) + (child.stem ? STEM_SRC : isWordChar(first) ? '(?!\\w)' : ''));
  }
  return { pairs, singles };
}

/** Terms grouped as `trieSources` splits them, with no trie built: the regexes are made on demand. */
export interface TrieGroups {
  /** By the first two trie keys (characters): every term of two or more, in the order `trieSources` lists them. */
  pairs: Map<string, ParsedTerm[]>;
  /** The same as `TrieSources.singles`. */
  singles: Map<string, string>;
}

/** Splits terms as `trieSources` does; `pairSource` of a group is that pair's source there. */
export function trieGroups(terms: readonly ParsedTerm[]): TrieGroups {
  return runSteps(trieGroupSteps(terms));
}

/** `trieGroups` as steps (see steps.ts), yielding every few hundred terms. */
export function* trieGroupSteps(terms: readonly ParsedTerm[]): Steps<TrieGroups> {
  // First keys in the order the trie's root would hold them, with what a one-key term there says.
  const firsts = new Map<string, { end: boolean; stem: boolean; pairs: Map<string, ParsedTerm[]> }>();
  let count = 0;
  for (const t of terms) {
    if ((++count & 255) === 0) yield;
    if (!t.key || t.key.startsWith('_')) continue;
    const [first, second] = trieKeys(t, 2) as [string, string | undefined];
    let f = firsts.get(first);
    if (!f) firsts.set(first, (f = { end: false, stem: false, pairs: new Map() }));
    if (second === undefined) {
      f.end = true;
      if (t.stem) f.stem = true;
      continue;
    }
    const group = f.pairs.get(second);
    if (group) group.push(t);
    else f.pairs.set(second, [t]);
  }
  const pairs = new Map<string, ParsedTerm[]>();
  const singles = new Map<string, string>();
  for (const [first, f] of firsts) {
    for (const [second, group] of f.pairs) pairs.set(first + second, group);
    if (f.end) singles.set(first, escape(first) + (f.stem ? STEM_SRC : isWordChar(first) ? '(?!\\w)' : ''));
  }
  return { pairs, singles };
}

/** The regex source of one group of `trieGroups` (terms sharing their first two trie keys). */
export function pairSource(group: readonly ParsedTerm[]): string {
  const [source] = trieSources(group).pairs.values();
  return source ?? '(?!)';
}
