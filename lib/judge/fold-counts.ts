// Script and diacritic counts, gathered in the same pass that tells which folding a text needs.

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

/** Latin-script characters (up to U+1FFF) are folded by table and counted by language. */
export const LATIN_LIMIT = 0x2000;

/** All counts at zero. */
export function emptyCounts(): ScriptCounts {
  return { han: 0, kana: 0, es: 0, pt: 0, de: 0, fr: 0 };
}

/** Counts one Latin-script character towards the languages it points at. */
export function countLatin(c: number, counts: ScriptCounts): void {
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

/** What one pass over the text saw: ASCII only (0), CJK beside it only (1), anything else (2). */
const ASCII = 0;
const CJK_ONLY = 1;
export const OTHER = 2;

/**
 * Counts scripts and diacritics (the fast path folds with native code and counts here), and says
 * which characters the text holds: ASCII and CJK fold with the native lower-casing alone.
 */
export function countAll(text: string, from: number, counts: ScriptCounts): number {
  let seen = ASCII;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < LATIN_LIMIT) {
      countLatin(c, counts);
      seen = OTHER;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) {
      counts.han++;
      if (seen === ASCII) seen = CJK_ONLY;
    } else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) {
      counts.kana++;
      if (seen === ASCII) seen = CJK_ONLY;
    } else seen = OTHER;
  }
  return seen;
}
