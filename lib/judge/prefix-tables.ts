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
  reach: number;
}

/**
 * The first position whose scan may read `text` at or past `same` (the first changed character):
 * every position before it is decided exactly as in the previous scan. A position no term starts
 * at reads one character; one the prefix tables admit reads as far as their longest term.
 */
export function stablePoint(dict: PrefixTables, text: string, same: number): number {
  const { starts, prefix1, prefix2, prefix3 } = dict;
  for (let p = Math.max(0, same - Math.max(dict.reach, 3)); p < same; p++) {
    const c = text.charCodeAt(p);
    const kind = starts[c]!;
    if (kind === 0 || (kind === 1 && p > 0 && isWordCode(text.charCodeAt(p - 1)))) continue;
    if (p + 3 > same) return p;
    const c1 = text.charCodeAt(p + 1);
    const r = Math.max(prefix1[c]!, prefix2[k2(c, c1)]!, prefix3[k3(c, c1, text.charCodeAt(p + 2))]!);
    if (r !== 0 && p + (r === FAR ? dict.reach : r) > same) return p;
  }
  return same;
}

