import { emojiTables, negativeEmoji } from './lexicons';

/**
 * Splits a short message into the units an acknowledgement is built from: Latin words, single
 * CJK characters (no spaces to split on), emoji, @mentions and kaomoji. Reading stops at the first
 * thing no acknowledgement can hold: a question mark, an ellipsis, a negative emoji, a number sign,
 * a URL, a formula.
 */
export type UnitType = 'word' | 'cjk' | 'emoji' | 'mention';

/** One unit; `key` is folded (words) or the base emoji. */
export interface Unit {
  type: UnitType;
  key: string;
  start: number;
  end: number;
  /** Written with a capital then lower case in the original ("Maria", not "OK"). */
  cap: boolean;
  /** What separated it from the previous unit: nothing, a comma or space, a full stop, a new line. */
  gap: Gap;
  /** The separator before it held a comma, colon or dash ("Maria, thanks"), not just a space. */
  comma: boolean;
}

type Gap = 'none' | 'soft' | 'strong' | 'line';

/**
 * A lazy tokenizer (plain data; see `fill`): an acknowledgement check that fails on the first word
 * never reads the rest. `failed` turns true at the first character no acknowledgement can hold.
 */
export interface Tokenizer {
  readonly original: string;
  readonly folded: string;
  units: Unit[];
  failed: boolean;
  done: boolean;
  /** Read position. */
  at: number;
  /** Every character that decided a unit so far lies before this offset (see ack-memo.ts). */
  read: number;
  gap: Gap;
  comma: boolean;
}

const KAOMOJI = ['m(_ _)m', 'm(__)m', '(^^)', '(^_^)', '(^o^)', '(^^;', '(*^^*)', '(^-^)', '^^', '^_^', ':)', ':-)', ':d', ';)', ';-)', '=)', '<3', ':p'];
const SAD_KAOMOJI = [':(', ':-(', ':/', ':-/', ":'(", '>:(', '-_-', '(-_-)'];
const PICTO = /\p{Extended_Pictographic}/u;
const SHORTCODE = /^:([a-z0-9_+-]{1,30}):/;
const SOFT = new Set([' ', '\t', ',', '、', '，', ':', '-', '–', '—', '~', '〜', '(', ')', '[', ']', '"', "'", '*', '_', '「', '」', '『', '』', '♪', '☆', '★', '・', '\u00a0', '\u200b', '\u200d', '\ufe0f']);
// A question mark ends a sentence like a full stop: whether a question may stand in an
// acknowledgement at all is the acknowledgement search's to say (see acknowledgement.ts).
const STRONG = new Set(['.', '!', ';', '。', '¡', '?', '¿']);
const CONTENT = new Set(['#', '/', '=']);
/** Characters a kaomoji can start with; others skip the kaomoji lists. */
const KAOMOJI_START = new Set([...KAOMOJI, ...SAD_KAOMOJI].map((k) => k[0]!));
const COMMA = new Set([',', '、', '，', ':', '-', '–', '—']);
const RANK: Record<Gap, number> = { none: 0, soft: 1, strong: 2, line: 3 };

function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005 || (c >= 0xff66 && c <= 0xff9f);
}

function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

function isModifier(cp: number): boolean {
  return (cp >= 0x1f3fb && cp <= 0x1f3ff) || cp === 0xfe0f || cp === 0xfe0e || cp === 0x20e3 || (cp >= 0xe0020 && cp <= 0xe007f);
}

function matchAt(text: string, i: number, list: readonly string[]): number {
  for (const k of list) if (text.startsWith(k, i)) return k.length;
  return 0;
}

/** A tokenizer over `folded` (same length as `original`). */
export function tokenizer(original: string, folded: string): Tokenizer {
  return { original, folded, units: [], failed: false, done: false, at: 0, read: 0, gap: 'none', comma: false };
}

/** True when unit `k` exists, reading on as far as needed. */
export function fill(t: Tokenizer, k: number): boolean {
  while (t.units.length <= k && !t.failed && !t.done) {
    if (t.at >= t.folded.length) {
      t.done = true;
      continue;
    }
    const i = t.at;
    if (!step(t)) t.failed = true;
    // A step looks a character or two past where it ends (a word's next letter); one at a
    // symbol or an "m" may read a kaomoji (7 characters), one at a colon a `:shortcode:` (33).
    const c = t.folded.charCodeAt(i);
    const ahead = c === 0x3a ? 34 : c === 0x6d || !(isWordCode(c) || isCjk(c)) ? 8 : 0;
    const read = Math.max(i + ahead, t.at + 3);
    if (read > t.read) t.read = read;
  }
  return t.units.length > k && !t.failed;
}

/** Every unit of the text, or null when it carries content. */
export function toUnits(original: string, folded: string): Unit[] | null {
  const t = tokenizer(original, folded);
  fill(t, Number.MAX_SAFE_INTEGER);
  return t.failed ? null : t.units;
}

function push(t: Tokenizer, type: UnitType, key: string, start: number, end: number, cap = false): void {
  t.units.push({ type, key, start, end, cap, gap: t.gap, comma: t.comma });
  t.gap = 'none';
  t.comma = false;
  t.at = end;
}

function soften(t: Tokenizer, g: Gap, width = 1): void {
  if (RANK[g] > RANK[t.gap]) t.gap = g;
  t.at += width;
}

function word(t: Tokenizer, i: number): void {
  const { folded, original } = t;
  const n = folded.length;
  let j = i + 1;
  while (j < n) {
    const d = folded.charCodeAt(j);
    if (isWordCode(d)) j++;
    else if (d === 0x27 && j + 1 < n && isWordCode(folded.charCodeAt(j + 1))) j += 2;
    else break;
  }
  const first = original[i]!;
  const second = original[i + 1];
  const cap = j - i > 1 && first !== first.toLowerCase() && second !== undefined && second === second.toLowerCase();
  push(t, 'word', folded.slice(i, j), i, j, cap);
}

function emoji(t: Tokenizer, i: number, cp: number): boolean {
  const { folded } = t;
  let j = i + (cp > 0xffff ? 2 : 1);
  const flag = cp >= 0x1f1e6 && cp <= 0x1f1ff;
  // Skin tones, VS16, keycaps, ZWJ sequences and the second half of a flag belong to the emoji.
  for (;;) {
    const next = folded.codePointAt(j);
    if (next === undefined) break;
    if (isModifier(next)) j += next > 0xffff ? 2 : 1;
    else if (next === 0x200d) {
      const after = folded.codePointAt(j + 1);
      j += 1 + (after === undefined ? 0 : after > 0xffff ? 2 : 1);
    } else if (flag && next >= 0x1f1e6 && next <= 0x1f1ff && j === i + 2) j += 2;
    else break;
  }
  const key = String.fromCodePoint(cp);
  if (negativeEmoji().has(key) && !(key in MOOD_OF)) return false;
  push(t, 'emoji', key, i, Math.min(j, folded.length));
  return true;
}

/**
 * An ellipsis between two phrases pauses like a full stop (神対応すぎる…ありがとう, "ok… thanks");
 * one that trails off ("ok…", "sure...") is reluctance, content no acknowledgement can hold. What
 * follows is looked for within a few characters, inside what a step may read (see `fill`).
 */
function ellipsis(t: Tokenizer, i: number): boolean {
  const { folded } = t;
  let j = i;
  while (folded[j] === '.' || folded[j] === '…') j++;
  let k = j;
  while (k < folded.length && k < j + 6 && (folded[k] === ' ' || folded[k] === '\u00a0' || folded[k] === '\u200b' || folded[k] === '\t')) k++;
  // Whatever comes next was read (the end of the text included): a memo of this text must cover it.
  if (k + 1 > t.read) t.read = k + 1;
  // Only a pause between two phrases on one line: not at the start ("…fine"), not before an end,
  // a line break or punctuation ("ok...\n", "fine...!").
  if (t.units.length === 0 || k >= folded.length) return false;
  const c = folded.charCodeAt(k);
  if (!isWordCode(c) && !isCjk(c) && !PICTO.test(String.fromCodePoint(folded.codePointAt(k)!))) return false;
  soften(t, 'strong', j - i);
  return true;
}

/**
 * Emoji negative on their own that chat also uses for strong feeling, with the acknowledgement kinds
 * they may stand beside: "lmaooo 💀" (dying of laughter), "ありがとう😭" (moved). Beside anything
 * else ("ok 💀", "deploy failed 😭") they stay negative (see acknowledgement.ts).
 */
export const MOOD_OF: Readonly<Record<string, readonly string[]>> = {
  '💀': ['laughter'],
  '😭': ['laughter', 'thanks', 'praise', 'congratulations'],
};

/** Reads one character or token; false when it is content. */
function step(t: Tokenizer): boolean {
  const { folded } = t;
  const i = t.at;
  const c = folded.charCodeAt(i);
  if (isWordCode(c)) {
    if (c === 0x6d && folded.charCodeAt(i + 1) === 0x28) {
      const kao = matchAt(folded, i, KAOMOJI);
      if (kao) {
        push(t, 'emoji', '🙂', i, i + kao);
        return true;
      }
    }
    word(t, i);
    return true;
  }
  if (isCjk(c)) {
    push(t, 'cjk', folded[i]!, i, i + 1);
    return true;
  }
  const ch = folded[i]!;
  if (ch === ' ') {
    soften(t, 'soft');
    return true;
  }
  if (ch === '…' || (ch === '.' && folded[i + 1] === '.')) return ellipsis(t, i);
  if (CONTENT.has(ch)) return false;
  if (ch === ':') {
    const m = SHORTCODE.exec(folded.slice(i, i + 33));
    const codes = emojiTables().shortcodes;
    // Own keys only: ":constructor:" is no emoji.
    const e = m && Object.hasOwn(codes, m[1]!) ? codes[m[1]!] : undefined;
    if (m && e) {
      if (negativeEmoji().has(e) && !(e in MOOD_OF)) return false;
      push(t, 'emoji', e, i, i + m[0].length);
      return true;
    }
  }
  if (KAOMOJI_START.has(ch)) {
    const kao = matchAt(folded, i, KAOMOJI);
    if (kao) {
      push(t, 'emoji', '🙂', i, i + kao);
      return true;
    }
    if (matchAt(folded, i, SAD_KAOMOJI)) return false;
  }
  if (ch === '+' && isWordCode(folded.charCodeAt(i + 1))) {
    let j = i + 1;
    while (j < folded.length && isWordCode(folded.charCodeAt(j))) j++;
    push(t, 'word', folded.slice(i, j), i, j);
    return true;
  }
  if (ch === '@') {
    let j = i + 1;
    while (j < folded.length && (isWordCode(folded.charCodeAt(j)) || folded[j] === '.' || folded[j] === '-' || folded[j] === '_')) j++;
    if (j === i + 1) return false;
    push(t, 'mention', folded.slice(i, j), i, j);
    return true;
  }
  if (ch === '&') {
    push(t, 'word', '&', i, i + 1);
    return true;
  }
  if (ch === '\n' || ch === '\r') soften(t, 'line');
  else if (STRONG.has(ch)) soften(t, 'strong');
  else if (SOFT.has(ch)) {
    if (COMMA.has(ch)) t.comma = true;
    soften(t, 'soft');
  }
  else {
    const cp = folded.codePointAt(i)!;
    if (PICTO.test(String.fromCodePoint(cp)) || (cp >= 0x1f1e6 && cp <= 0x1f1ff)) return emoji(t, i, cp);
    if (!isModifier(cp)) return false;
    soften(t, 'none', cp > 0xffff ? 2 : 1);
  }
  return true;
}
