// Length-preserving folding: every UTF-16 unit maps to exactly one unit, so an offset in the folded
// text is the same offset in the original. That keeps evidence exact without an offset table.

/** Script and diacritic counts gathered while folding; language detection reads them. */
export interface ScriptCounts {
  han: number;
  kana: number;
  /** Letters that point at one Latin language: ñ ¿ ¡ (es), ã õ (pt), ß ä ö ü (de), è ê à ù œ (fr), ç (fr/pt). */
  es: number;
  pt: number;
  de: number;
  fr: number;
}

/** The folded text and what the fold saw on the way. */
export interface Folded {
  text: string;
  counts: ScriptCounts;
}

const LATIN_LIMIT = 0x2000;
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

/** Anything past ASCII needs the table; ASCII text folds with the native toLowerCase. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function emptyCounts(): ScriptCounts {
  return { han: 0, kana: 0, es: 0, pt: 0, de: 0, fr: 0 };
}

function countLatin(c: number, counts: ScriptCounts): void {
  switch (c) {
    case 0xf1: case 0xd1: case 0xbf: case 0xa1: counts.es += 2; break;
    case 0xe3: case 0xf5: case 0xc3: case 0xd5: counts.pt += 2; break;
    case 0xdf: case 0xe4: case 0xf6: case 0xfc: case 0xc4: case 0xd6: case 0xdc: counts.de += 2; break;
    case 0xe8: case 0xe0: case 0xf9: case 0x153: case 0xee: case 0xeb: case 0xef: case 0xfb: counts.fr += 1; break;
    case 0xe7: counts.fr += 1; counts.pt += 1; break;
    case 0xe1: case 0xed: case 0xf3: case 0xfa: counts.es += 0.5; counts.pt += 0.5; break;
    case 0xe2: case 0xf4: case 0xea: counts.pt += 0.5; counts.fr += 0.5; break;
    default:
  }
}

/** Characters the native lower-casing leaves for the table (accents, full-width forms, quotes). */
const SPECIAL = /[\u0080-\u1fff\uff01-\uff5e\u2018\u2019\u2032\u201c\u201d\u3000]/g;
let specialMap: Map<string, string> | null = null;

function special(ch: string): string {
  if (!specialMap) specialMap = new Map();
  let out = specialMap.get(ch);
  if (out === undefined) {
    out = foldSlow(ch).text;
    specialMap.set(ch, out);
  }
  return out;
}

/** Counts scripts and diacritics (the fast path folds with native code and counts here). */
function countAll(text: string, counts: ScriptCounts): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < LATIN_LIMIT) countLatin(c, counts);
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) counts.han++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) counts.kana++;
  }
}

/** Folds case, Latin diacritics, full-width forms and curly quotes; counts scripts on the way. */
export function fold(text: string): Folded {
  const counts = emptyCounts();
  if (isAscii(text)) return { text: text.toLowerCase(), counts };
  // Native lower-casing, then the table for the few characters it leaves; a length change
  // (İ → i̇) means offsets would drift, so that text takes the unit-by-unit path.
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return foldSlow(text);
  countAll(text, counts);
  return { text: lower.replace(SPECIAL, special), counts };
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
  return { text: unitsToString(out), counts };
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
