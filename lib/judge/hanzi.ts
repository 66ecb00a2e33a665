// Traditional Chinese (zh-TW, zh-HK) read with the simplified lexicon: folding maps each traditional
// character the Chinese lexicon needs to its simplified form, one unit for one unit, so offsets hold.
// The pairs come with the installed Chinese lexicon (lexicons/zh-traditional.ts).
import { lexiconGeneration, lexicons } from './lexicons';

/** Simplified form of each traditional character of the installed Chinese lexicon, by code (0: none). */
let table: Uint16Array | null = null;
let builtFor = -1;

function build(): Uint16Array | null {
  if (builtFor !== lexiconGeneration()) {
    builtFor = lexiconGeneration();
    table = null;
    for (const { traditional: pairs } of lexicons()) {
      if (typeof pairs !== 'string') continue;
      table ??= new Uint16Array(0x10000);
      for (let i = 0; i + 1 < pairs.length; i += 2) table[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
    }
  }
  return table;
}

/** `text` with the traditional characters of the table in simplified form (same length). */
export function simplify(text: string): string {
  const t = build();
  if (!t) return text;
  let out = '';
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const s = t[text.charCodeAt(k)]!;
    if (s === 0) continue;
    out += text.slice(from, k) + String.fromCharCode(s);
    from = k + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
