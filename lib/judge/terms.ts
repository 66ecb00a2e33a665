import { foldTerm } from './fold';

/** Expands `{a|b|}` groups (not nested) into every alternative, collapsing doubled spaces. */
export function expandTerm(term: string): string[] {
  return expandRaw(term).map(tidy);
}

function expandRaw(term: string): string[] {
  const open = term.indexOf('{');
  if (open < 0) return [term];
  const close = term.indexOf('}', open);
  if (close < 0) return [term];
  const head = term.slice(0, open);
  const tail = expandRaw(term.slice(close + 1));
  const out: string[] = [];
  for (const option of term.slice(open + 1, close).split('|')) {
    for (const rest of tail) out.push(head + option + rest);
  }
  return out;
}

/** Whitespace as `\s` reads it. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** `s` with runs of whitespace made one space, trimmed. Most terms need nothing done: no regex runs on them. */
export function tidy(s: string): string {
  let prev = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = isSpace(c);
    if (space && (prev || c !== 0x20)) return s.replace(/\s+/g, ' ').trim();
    prev = space;
  }
  return prev && s.length > 0 ? s.replace(/\s+/g, ' ').trim() : s;
}

/** A term ready for the scanner: folded, with its stem and wildcard marks read off. */
export interface ParsedTerm {
  /** Folded text; `_` stays as the wildcard, a trailing `*` is removed. */
  key: string;
  stem: boolean;
  wildcard: boolean;
}

/** Folds one expanded term and reads its marks. */
export function parseTerm(expanded: string): ParsedTerm {
  let key = foldTerm(expanded);
  const stem = key.endsWith('*');
  if (stem) key = key.slice(0, -1);
  const wildcard = /(^| )_( |$)/.test(key);
  return { key, stem, wildcard };
}

const WORD = /[a-z0-9_]/;

/** True when the scanner should require a word boundary before/after this character. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}
