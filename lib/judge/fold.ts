// Length-preserving folding: every UTF-16 unit maps to exactly one unit, so an offset in the folded
// text is the same offset in the original. That keeps evidence exact without an offset table.
import { countAll, countLatin, emptyCounts, LATIN_LIMIT, OTHER, type ScriptCounts } from './fold-counts';
import { simplify } from './hanzi';

export type { ScriptCounts } from './fold-counts';

/** The folded text and what the fold saw on the way. */
export interface Folded {
  text: string;
  counts: ScriptCounts;
}

let latinTable: Uint16Array | null = null;

/** Lower case without diacritics for the scripts below U+2000, one unit in, one unit out. */
function table(): Uint16Array {
  if (latinTable) return latinTable;
  const t = new Uint16Array(LATIN_LIMIT);
  for (let c = 0; c < LATIN_LIMIT; c++) {
    const ch = String.fromCharCode(c);
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    const lower = ch.toLowerCase();
    // Keep a character whose folding would change the length (İ → i̇): pick its first unit.
    t[c] = base.length === 1 ? base.charCodeAt(0) : lower.charCodeAt(0);
  }
  // Letters NFD cannot split; folding them keeps \b word boundaries ASCII-only.
  const extra: Record<string, string> = { ß: 's', ø: 'o', Ø: 'o', æ: 'a', Æ: 'a', œ: 'o', Œ: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i' };
  for (const [k, v] of Object.entries(extra)) t[k.charCodeAt(0)] = v.charCodeAt(0);
  latinTable = t;
  return t;
}

/** Characters the native lower-casing leaves for the table (accents, full-width forms, quotes). */
function isSpecial(c: number): boolean {
  return (c >= 0x80 && c < LATIN_LIMIT) || (c >= 0xff01 && c <= 0xff5e) || c === 0x2018 || c === 0x2019 || c === 0x2032 || c === 0x201c || c === 0x201d || c === 0x3000;
}

/** The folding of one special character (the same as `foldSlow` gives it). */
function foldSpecial(c: number, t: Uint16Array): number {
  if (c < LATIN_LIMIT) return t[c]!;
  if (c >= 0xff01 && c <= 0xff5e) {
    const a = c - 0xfee0;
    return a >= 0x41 && a <= 0x5a ? a + 32 : a;
  }
  if (c === 0x201c || c === 0x201d) return 0x22;
  return c === 0x3000 ? 0x20 : 0x27;
}

const SPECIAL = /[\u0080-\u1fff\uff01-\uff5e\u2018\u2019\u2032\u201c\u201d\u3000]/g;
/** Past this length a native replace beats copying every unit by hand. */
const SHORT = 2048;

/** Folds the special characters of lower-cased text (a draft: slices around the few specials; a paste: a native replace). */
function foldSpecials(lower: string): string {
  const n = lower.length;
  let i = 0;
  while (i < n && !isSpecial(lower.charCodeAt(i))) i++;
  if (i === n) return lower;
  const t = table();
  if (n > SHORT) return lower.replace(SPECIAL, (ch) => String.fromCharCode(foldSpecial(ch.charCodeAt(0), t)));
  // Specials are a few letters in a word (é, ñ, ß): copying the runs between them beats a unit buffer.
  let out = '';
  let from = 0;
  for (let k = i; k < n; k++) {
    const c = lower.charCodeAt(k);
    if (!isSpecial(c)) continue;
    out += lower.slice(from, k) + String.fromCharCode(foldSpecial(c, t));
    from = k + 1;
  }
  return out + lower.slice(from);
}

/** Folds case, Latin diacritics, full-width forms, curly quotes and traditional Chinese; counts scripts on the way. */
export function fold(text: string): Folded {
  const counts = emptyCounts();
  const seen = countAll(text, 0, counts);
  // Native lower-casing, then the table for the few characters it leaves (none in ASCII, kana or
  // Han); a length change (İ → i̇) means offsets would drift, so that text goes unit by unit.
  const lower = text.toLowerCase();
  if (seen !== OTHER) return { text: counts.han > 0 ? simplify(lower) : lower, counts };
  if (lower.length !== text.length) return foldSlow(text);
  const out = foldSpecials(lower);
  return { text: counts.han > 0 ? simplify(out) : out, counts };
}

function foldSlow(text: string): Folded {
  const counts = emptyCounts();
  const t = table();
  const n = text.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < LATIN_LIMIT) {
      if (c >= 0x80) countLatin(c, counts);
      out[i] = t[c]!;
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      counts.han++;
      out[i] = c;
    } else if (c >= 0x3040 && c <= 0x30ff) {
      counts.kana++;
      out[i] = c;
    } else if (c >= 0xff01 && c <= 0xff5e) {
      // Full-width ASCII (？！ＯＫ): fold to ASCII, then to lower case.
      const a = c - 0xfee0;
      out[i] = a >= 0x41 && a <= 0x5a ? a + 32 : a;
    } else if (c >= 0xff66 && c <= 0xff9f) {
      counts.kana++;
      out[i] = c;
    } else if (c === 0x2018 || c === 0x2019 || c === 0x2032) {
      out[i] = 0x27;
    } else if (c === 0x201c || c === 0x201d) {
      out[i] = 0x22;
    } else if (c === 0x3000) {
      out[i] = 0x20;
    } else if (c >= 0x3400 && c <= 0x4dbf) {
      counts.han++;
      out[i] = c;
    } else {
      out[i] = c;
    }
  }
  const folded = unitsToString(out);
  return { text: counts.han > 0 ? simplify(folded) : folded, counts };
}

const CHUNK = 8192;

function unitsToString(units: Uint16Array): string {
  if (units.length <= CHUNK) return String.fromCharCode.apply(null, units as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return parts.join('');
}

/** Folds a lexicon term the same way text is folded (terms are short; no counts needed). */
export function foldTerm(term: string): string {
  return fold(term.normalize('NFC')).text;
}
