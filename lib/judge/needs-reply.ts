import type { Cue } from './compile';
import type { ImperativeObjects } from './replies';
import type { Hit } from './dictionary';
import { foldTerm } from './fold';
import { isImperativeAt, isIronicMark } from './imperative';
import { REPLY_KINDS, type NeedsReply, type ReplyKind } from './types';

/** When several asks are present, the most specific one names the reply. */
const PRIORITY: readonly ReplyKind[] = ['approval', 'availability', 'decision', 'request', 'question'];
const MAX_SENTENCE = 300;
const MAX_EVIDENCE = 160;
/** Enough asks to pick the best from; a paste full of questions is not read to the end. */
const MAX_CANDIDATES = 64;

interface Span {
  start: number;
  end: number;
}

interface Candidate {
  kind: ReplyKind;
  pos: number;
  /** A question mark's own sentence ends at it; a cue's runs to its sentence end. */
  mark: boolean;
}

function isEnder(c: number): boolean {
  // . ! ? newline 。 ！ ？ … (full-width ones are folded to ASCII already, kept for safety)
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x2026;
}

function sentenceStart(text: string, pos: number): number {
  let s = pos;
  const floor = Math.max(0, pos - MAX_SENTENCE);
  while (s > floor && !isEnder(text.charCodeAt(s - 1))) s--;
  while (s < pos && (text[s] === ' ' || text[s] === '\t' || text[s] === '\r')) s++;
  return s;
}

function sentenceOf(text: string, c: { pos: number; mark: boolean }): Span {
  const start = sentenceStart(text, c.pos);
  if (c.mark) return { start, end: c.pos + 1 };
  let e = c.pos;
  const ceiling = Math.min(text.length, c.pos + MAX_SENTENCE);
  while (e < ceiling && !isEnder(text.charCodeAt(e))) e++;
  return { start, end: Math.min(text.length, e + 1) };
}

/** A question mark that ends a sentence, not one inside a URL or a code snippet. */
function isRealQuestionMark(text: string, pos: number): boolean {
  const next = text.charCodeAt(pos + 1);
  if ((next >= 0x61 && next <= 0x7a) || (next >= 0x30 && next <= 0x39) || next === 0x3d || next === 0x26) return false;
  for (let k = pos - 1; k >= 0 && k > pos - 200; k--) {
    const ch = text.charCodeAt(k);
    if (ch === 0x20 || ch === 0x0a || ch === 0x09) break;
    if (ch === 0x2f || ch === 0x3d) return false;
  }
  return true;
}

/**
 * Line starts of a text, asked for at positions that never go back: one pass over the text in all,
 * however many asks a long draft holds.
 */
function lineStarts(text: string): (pos: number) => number {
  let start = 0;
  let searched = 0;
  return (pos) => {
    for (;;) {
      const nl = text.indexOf('\n', searched);
      if (nl < 0 || nl >= pos) break;
      start = nl + 1;
      searched = nl + 1;
    }
    searched = Math.max(searched, pos);
    return start;
  };
}

/** Quoted history in an email ("> Can you...?") was asked of someone else, earlier. */
function isQuoted(text: string, pos: number, lineStart: number): boolean {
  let k = lineStart;
  while (k < pos && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  return text.charCodeAt(k) === 0x3e;
}

function anyWithin(positions: number[], span: Span): boolean {
  for (const p of positions) if (p >= span.start && p < span.end) return true;
  return false;
}

/** Drops the last question-mark candidate and the asks of its sentence. */
function takeBack(text: string, candidates: Candidate[]): void {
  let last = candidates.length - 1;
  while (last >= 0 && !candidates[last]!.mark) last--;
  if (last < 0) return;
  const from = sentenceStart(text, candidates[last]!.pos);
  let keep = last;
  while (keep > 0 && candidates[keep - 1]!.pos >= from) keep--;
  candidates.splice(keep, last - keep + 1);
}

/** Words a letter's opening may hold before its how-are-you ("Oi Ana, tudo bem?", "Hola Marta, ¿qué tal?"). */
const MAX_GREETING_LEAD = 3;

/**
 * The question mark at `mark` ends a how-are-you `g` that opens a message which goes on: a greeting
 * ("Oi Ana, tudo bem? Segue o relatório."), not a question. Only salutations (`greeters`, folded)
 * and capitalised names may come before it: "Tudo bem se eu mudar?", "Mudo a reunião pra 15h, tudo
 * bem?" and "The migration, how's it going?" still ask.
 */
function greetsAt(original: string, folded: string, g: Span, mark: number, greeters: ReadonlySet<string>): boolean {
  if (g.start > 80 || g.end > mark || /[\p{L}\p{N}]/u.test(folded.slice(g.end, mark)) || !/\S/.test(folded.slice(mark + 1))) return false;
  const words = original.slice(0, g.start).split(/[\s,¿¡]+/).filter(Boolean);
  return words.length <= MAX_GREETING_LEAD && words.every((w) => greeters.has(foldTerm(w).trim()) || /^\p{Lu}\p{Ll}/u.test(w));
}

/** What, if anything, the message asks its reader for. */
export function detectNeedsReply(
  original: string,
  folded: string,
  hits: Hit<Cue>[],
  objects: ImperativeObjects = new Map(),
  /** Folded words of salutations ("hi", "oi", "bom dia") that may open a how-are-you. */
  greeters: ReadonlySet<string> = new Set(),
): NeedsReply | null {
  const rhetorical: number[] = [];
  const greetings: Span[] = [];
  const ors: number[] = [];
  const candidates: Candidate[] = [];
  const lineStartOf = lineStarts(folded);
  for (const hit of hits) {
    for (const cue of hit.values) {
      if (cue.type !== 'reply') continue;
      if (cue.kind === 'no-reply') return null;
      // "…? nvm" takes back the question just before it; a request, an earlier question or a later
      // one stands ("Can you review the PR? Also is the VPN down? nvm, found it").
      if (cue.kind === 'retract') takeBack(folded, candidates);
      if (cue.kind === 'greeting') greetings.push({ start: hit.start, end: hit.end });
      // A rhetorical phrase, or a plea for discretion ("don't share this outside the team"), asks nothing.
      if (cue.kind === 'rhetorical' || cue.kind === 'discretion') rhetorical.push(hit.start);
      else if (cue.kind === 'or') ors.push(hit.start);
      else if (candidates.length >= MAX_CANDIDATES || isQuoted(folded, hit.start, lineStartOf(hit.start))) continue;
      else if (cue.kind === 'mark') {
        // A question followed by 🙃 or 🙄 is irony, not a question.
        if (isRealQuestionMark(folded, hit.start) && !isIronicMark(folded, hit.start)) candidates.push({ kind: 'question', pos: hit.start, mark: true });
      } else if (cue.kind === 'imperative') {
        const words = cue.lang ? objects.get(cue.lang) : undefined;
        if (isImperativeAt(original, folded, hit.start, hit.end, words)) candidates.push({ kind: 'request', pos: hit.start, mark: false });
      } else if ((REPLY_KINDS as readonly string[]).includes(cue.kind)) {
        candidates.push({ kind: cue.kind as ReplyKind, pos: hit.start, mark: false });
      }
    }
  }
  let best: Candidate | null = null;
  let bestSpan: Span | null = null;
  for (const c of candidates) {
    if (c.mark && greetings.some((g) => greetsAt(original, folded, g, c.pos, greeters))) continue;
    let kind = c.kind;
    let span: Span | null = null;
    if (rhetorical.length || (c.mark && ors.length)) {
      span = sentenceOf(folded, c);
      // A rhetorical phrase ("who knew?", "can you believe") cancels the ask it sits in.
      if (anyWithin(rhetorical, span)) continue;
      if (c.mark && anyWithin(ors, span)) kind = 'decision';
    }
    if (best && PRIORITY.indexOf(kind) >= PRIORITY.indexOf(best.kind)) continue;
    best = { ...c, kind };
    bestSpan = span;
  }
  if (!best) return null;
  let { start, end } = bestSpan ?? sentenceOf(folded, best);
  while (end > start + 1 && /\s/.test(original[end - 1]!)) end--;
  if (end - start > MAX_EVIDENCE) start = end - MAX_EVIDENCE;
  // Never split a surrogate pair at the cut.
  const code = original.charCodeAt(start);
  if (code >= 0xdc00 && code <= 0xdfff) start++;
  return { kind: best.kind, evidence: { text: original.slice(start, end), start, end } };
}
