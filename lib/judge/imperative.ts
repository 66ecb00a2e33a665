// Where an imperative cue ("merge the", "envía el", "把") asks for something: only where a clause
// starts. The same words inside a sentence ("we had to merge the branch") report, they do not ask.
import { hasAt } from './prefix';

/** Words a short opening before a comma may hold ("Sam, send me…", "Once CI passes, merge the…"). */
const MAX_LEAD_WORDS = 4;
/** How far back a clause start is looked for. */
const MAX_LOOKBACK = 120;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0;
}

/**
 * Characters after which a new clause starts: sentence ends, brackets, emoji and symbols. Not a
 * colon or a list bullet: "Today: review the PR" and "- update the docs" are often the writer's own plan.
 */
function isClauseBreak(c: number): boolean {
  switch (c) {
    case 0x0a: case 0x2e: case 0x21: case 0x3f: case 0x3b: case 0x2026:
    case 0x2014: case 0x3002: case 0xff01: case 0xff1f: case 0x28: case 0x5b:
      return true;
    default:
      // Surrogates (emoji) and the symbol blocks (✅, ➡, ★) end what came before as well.
      return (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2190 && c <= 0x2bff);
  }
}

function isComma(c: number): boolean {
  return c === 0x2c || c === 0xff0c || c === 0x3001;
}

/** Words between `from` and `to` (a word is a run of characters that are not spaces). */
function wordsIn(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Start of the sentence holding `pos` (after the last sentence end), within the lookback. */
function sentenceStart(text: string, pos: number): number {
  const floor = Math.max(0, pos - MAX_LOOKBACK);
  let k = pos;
  while (k > floor) {
    const c = text.charCodeAt(k - 1);
    if (c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x3002 || c === 0xff01 || c === 0xff1f) break;
    k--;
  }
  return k;
}

function latinClauseStart(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  if (k < 0) return true;
  const c = text.charCodeAt(k);
  if (isClauseBreak(c)) return true;
  // After a comma: only behind a short opening ("Thanks, send me…", "If it fails again, restart the…").
  if (!isComma(c)) return false;
  const start = sentenceStart(text, k);
  return wordsIn(text, start, k) <= MAX_LEAD_WORDS;
}

/** Chinese clause marks: a command clause runs between them. */
function isCjkBreak(c: number): boolean {
  return isClauseBreak(c) || isComma(c) || c === 0xff1b;
}

/** Who does it: a first or third person before 把 makes a report ("我把报告发了"), not an ask. */
const SUBJECTS = new Set(['我', '他', '她', '它', '谁', '被']);

function cjkClauseStart(text: string, pos: number): boolean {
  const floor = Math.max(0, pos - 24);
  for (let k = pos - 1; k >= floor; k--) {
    const c = text.charCodeAt(k);
    if (isCjkBreak(c)) break;
    if (SUBJECTS.has(text[k]!)) return false;
  }
  // A completed action ("发了", "改过") is a report, unless 了 softens a command ("删了吧").
  const ceiling = Math.min(text.length, pos + 40);
  for (let k = pos + 1; k < ceiling; k++) {
    const c = text.charCodeAt(k);
    if (isCjkBreak(c)) break;
    const ch = text[k]!;
    if ((ch === '了' && text[k + 1] !== '吧') || ch === '过') return false;
  }
  return true;
}

/**
 * A verb written with a final "é" is a participle or a past ("Corrigé le bug", "Revisé los logs"),
 * though folding makes it read like the imperative ("corrige", "revise").
 */
function endsWithAcute(original: string, pos: number): boolean {
  let k = pos;
  while (k < original.length && /\p{L}/u.test(original[k]!)) k++;
  const last = original.charCodeAt(k - 1);
  return last === 0xe9 || last === 0xc9;
}

function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xe0 && c <= 0x24f);
}

/** Whether one of `objects` is the next word after `end` ("Send the…", "Envoie-moi", "Schick mir"). */
function objectFollows(text: string, end: number, objects: readonly string[]): boolean {
  let k = end;
  // One separator: a space, or the hyphen of "envoie-moi".
  if (text[k] === ' ' || text[k] === '-') k++;
  else return false;
  for (const o of objects) {
    if (!hasAt(text, o, k)) continue;
    // "l'" runs into its word; any other object ends where a word does.
    if (o.endsWith("'") || !isWordUnit(text.charCodeAt(k + o.length))) return true;
  }
  return false;
}

/**
 * Whether an imperative cue `[pos, end)` of the folded text asks: it starts a clause, and a bare
 * verb (one Latin word) has its object right after it (`objects`, the cue's language's).
 */
export function isImperativeAt(original: string, text: string, pos: number, end = pos, objects?: readonly string[]): boolean {
  const c = text.charCodeAt(pos);
  if (c >= 0x3040 && c <= 0x9fff) return cjkClauseStart(text, pos);
  if (!latinClauseStart(text, pos) || endsWithAcute(original, pos)) return false;
  const bare = text.indexOf(' ', pos) < 0 || text.indexOf(' ', pos) >= end;
  return !bare || (objects !== undefined && objectFollows(text, end, objects));
}

/** Emoji that turn the question before them into irony ("Why always on a Friday? 🙃"). */
const IRONY = new Set([0x1f643, 0x1f644, 0x1f612, 0x1f926, 0x1f611, 0x1fae0]);

/** Whether the question mark at `pos` is followed by an ironic emoji. */
export function isIronicMark(text: string, pos: number): boolean {
  let k = pos + 1;
  while (k < text.length && (isSpace(text.charCodeAt(k)) || text.charCodeAt(k) === 0x3f || text.charCodeAt(k) === 0x21)) k++;
  const cp = text.codePointAt(k);
  return cp !== undefined && IRONY.has(cp);
}
