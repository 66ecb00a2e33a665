// Acknowledgement steps particular to Chinese and Japanese: casual kana spellings inside a phrase,
// a signature line, and the topic a congratulation names before its comma.
import type { Edge, Reader } from './ack-edges';
import type { AckNode } from './ack-trie';
import { fill, type Tokenizer } from './units';

/** Small kana a casual message stretches a vowel with ("ありがとぉ"). */
const SMALL_VOWELS = new Set(['ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ']);

/**
 * Casual Japanese spellings read as the plain phrase: a long-vowel mark or a small vowel inside a
 * phrase stretches the kana before it (りょーかいでーす = りょうかいです, でーす = です), and a
 * small っ before す is the clipped です of casual speech (了解っす, お疲れっす).
 */
export function casualKana(node: AckNode, tok: Tokenizer, j: number, next: AckNode[]): void {
  const key = tok.units[j]!.key;
  if (key === 'ー' || key === '〜' || SMALL_VOWELS.has(key)) {
    if (!next.includes(node)) next.push(node);
    const u = node.next.get('う');
    if (key === 'ー' && u && !next.includes(u)) next.push(u);
    return;
  }
  if (key === 'っ' && fill(tok, j + 1) && tok.units[j + 1]!.key === 'す' && tok.units[j + 1]!.gap === 'none') {
    const de = node.next.get('で');
    if (de && !next.includes(de)) next.push(de);
  }
}

function isKanji(key: string): boolean {
  const c = key.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005;
}

/** Length of the run of CJK units from `i` written with no gap, at most `max`. */
function cjkRun(r: Reader, i: number, max: number): number {
  let k = 0;
  while (k < max && fill(r.tok, i + k) && r.tok.units[i + k]!.type === 'cjk' && (k === 0 || r.tok.units[i + k]!.gap === 'none')) k++;
  return k;
}

/**
 * A signature: two to four kanji alone on the message's last line (佐藤), after a letter-style
 * acknowledgement. It spends a name like any other.
 */
export function signatureEdge(r: Reader, i: number, out: Edge[]): void {
  const u = r.tok.units[i]!;
  if (i === 0 || u.gap !== 'line' || u.type !== 'cjk') return;
  const k = cjkRun(r, i, 5);
  if (k < 2 || k > 4 || fill(r.tok, i + k)) return;
  let text = '';
  for (let j = i; j < i + k; j++) {
    const key = r.tok.units[j]!.key;
    if (!isKanji(key)) return;
    text += key;
  }
  if (!r.tables.cjk.hedges.test(text)) out.push({ to: i + k, name: true, kind: null, content: false });
}

/**
 * What an acknowledgement is for, named before it: two to eight CJK characters, alone at the start
 * of a line or sentence, that name no mishap and hedge nothing, followed by
 * - a congratulation, after a comma or directly (大型リリース、おめでとうございます; 新版本上线，恭喜);
 * - thanks written onto it (資料ありがとうございます; 早速のご対応ありがとうございます);
 * - "received" (资料收到了，谢谢).
 * Before thanks or "received" the topic may not ask for anything: 请发我，谢谢 is thanks in advance.
 */
export function topicEdge(r: Reader, i: number, out: Edge[], edgesAt: (r: Reader, i: number) => Edge[]): void {
  if (r.tok.units[i]!.type !== 'cjk' || (i > 0 && r.tok.units[i]!.gap !== 'line' && r.tok.units[i]!.gap !== 'strong')) return;
  const run = cjkRun(r, i, 9);
  let text = r.tok.units[i]!.key;
  for (let k = 2; k <= Math.min(run + 1, 8); k++) {
    text += r.tok.units[i + k - 1]?.key ?? '';
    if (!fill(r.tok, i + k)) return;
    const next = r.tok.units[i + k]!;
    if (next.type !== 'cjk' || (next.gap !== 'none' && !next.comma)) continue;
    const topic = text.slice(0, k);
    const { hedges, mishaps, asks, congratulate, thank, received } = r.tables.cjk;
    if (hedges.test(topic) || mishaps.test(topic)) return;
    const plain = !asks.test(topic);
    const frames = (e: Edge): boolean =>
      unitsMatch(r, i + k, e.to, e.kind === 'congratulations' ? congratulate : !plain ? null : e.kind === 'thanks' && next.gap === 'none' ? thank : e.kind === 'acknowledgement' && !topic.endsWith('を') ? received : null);
    if (edgesAt(r, i + k).some(frames)) out.push({ to: i + k, name: false, kind: null, content: false });
  }
}

/** Units `from` to `to`, read as one text, match `re` (none: false). */
function unitsMatch(r: Reader, from: number, to: number, re: RegExp | null): boolean {
  let text = '';
  for (let j = from; j < to; j++) text += r.tok.units[j]!.key;
  return !!re && re.test(text);
}

/** Units `from` to `to` hold a congratulation proper: 欢迎 ("welcome", also "you are welcome to…") takes no topic. */
export function congratulates(r: Reader, from: number, to: number): boolean {
  return unitsMatch(r, from, to, r.tables.cjk.congratulate);
}

/**
 * Whom or what a Chinese or Japanese congratulation is for, after it (恭喜你升职; 祝贺项目上线):
 * one to six CJK characters to the end of the sentence, naming no mishap and hedging nothing.
 */
export function congratulationTail(r: Reader, at: number): number | null {
  const k = cjkRun(r, at, 7);
  if (k < 1 || k > 6 || r.tok.units[at]!.gap !== 'none') return null;
  if (fill(r.tok, at + k)) {
    const after = r.tok.units[at + k]!;
    if (after.type === 'cjk' || (after.gap === 'none' && after.type === 'word')) return null;
  }
  let text = '';
  for (let j = at; j < at + k; j++) text += r.tok.units[j]!.key;
  return r.tables.cjk.hedges.test(text) || r.tables.cjk.mishaps.test(text) ? null : at + k;
}
