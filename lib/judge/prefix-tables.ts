// The tables a dictionary scan consults before trying a regex, and what they say about how far
// a scan reads: enough to rescan only the end of a text that was typed on.

/** Size mask of the 2- and 3-character prefix tables. */
export const BLOOM = 0xffff;
/** A prefix-table value meaning "may read up to the dictionary's `reach`". */
export const FAR = 255;

// Small-integer hashes (no heap numbers in the hot loop).
/** Slot of a 2-character prefix. */
export const k2 = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ b) & BLOOM;
/** Slot of a 3-character prefix. */
export const k3 = (a: number, b: number, c: number) => (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c) & BLOOM;
/** Slot of a 5-character prefix. */
export const k5 = (a: number, b: number, c: number, d: number, e: number) =>
  (Math.imul(Math.imul(Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c, 0xc2b2ae35) ^ d, 0x27d4eb2f) ^ e) & BLOOM;

/** A word character: a Latin term starts only after a character that is not one. */
export function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || (c >= 0x41 && c <= 0x5a);
}

/** The part of a `Dictionary` that `stablePoint` reads (see dictionary.ts for each field). */
export interface PrefixTables {
  starts: Uint8Array;
  prefix1: Uint8Array;
  prefix2: Uint8Array;
  prefix3: Uint8Array;
  prefix5: Uint8Array;
  reach: number;
  heads: Set<string>;
}

/**
 * The first position whose scan may read `text` at or past `same` (the first changed character):
 * every position before it is decided exactly as in the previous scan. A position no term starts
 * at reads one character; one the prefix tables admit reads as far as their longest term.
 * Positions before `from` must already be known to be settled.
 */
export function stablePoint(dict: PrefixTables, text: string, same: number, from = 0): number {
  const { starts, prefix1, prefix2, prefix3, prefix5 } = dict;
  for (let p = Math.max(0, from, same - Math.max(dict.reach, 5)); p < same; p++) {
    const c = text.charCodeAt(p);
    const kind = starts[c]!;
    if (kind === 0 || (kind === 1 && p > 0 && isWordCode(text.charCodeAt(p - 1)))) continue;
    // The tables read up to five characters from p.
    if (p + 5 > same) return p;
    const c1 = text.charCodeAt(p + 1);
    const c2 = text.charCodeAt(p + 2);
    const r = Math.max(prefix1[c]!, prefix2[k2(c, c1)]!, prefix3[k3(c, c1, c2)]!, prefix5[k5(c, c1, c2, text.charCodeAt(p + 3), text.charCodeAt(p + 4))]!);
    if (r === 0 || p + (r === FAR ? dict.reach : r) <= same) continue;
    // A match attempt follows the terms' letters: at a word that opens no term of several words it
    // stops at the space after the word (no term holds a space there), so a space before `same` bounds it.
    const space = text.indexOf(' ', p);
    if (space >= 0 && space < same && !dict.heads.has(text.slice(p, space))) continue;
    return p;
  }
  return same;
}

