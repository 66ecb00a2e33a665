import { describe, expect, it } from 'vitest';
import { compileAck, phraseKeys } from './ack-trie';
import { ALL_LEXICONS } from './lexicons/all';
import { expandTerm } from './terms';
import { ACK_KINDS } from './types';

describe('acknowledgement trie', () => {
  it('reads every lexicon phrase the same whether its words are tokenized alone or together', () => {
    const words = new Map<string, string[] | null>();
    let checked = 0;
    for (const lex of ALL_LEXICONS) {
      const lists = [...ACK_KINDS.map((k) => lex.ack[k]), lex.ackFillers, lex.notNames, lex.honorifics, lex.ackBlockers];
      for (const list of lists) for (const term of list) for (const t of expandTerm(term)) {
        expect(phraseKeys(t, words), t).toEqual(phraseKeys(t));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(words.size).toBeGreaterThan(100);
  });

  it('keeps leaves apart although they start out sharing empty tables', () => {
    const t = compileAck(ALL_LEXICONS, ['sure thing boss']);
    const sure = t.root.next.get('sure')!;
    expect(sure.next.get('thing')!.next.get('boss')!.kinds).toEqual(['acknowledgement']);
    expect(t.root.next.get('ok')!.next.has('boss')).toBe(false);
    expect(compileAck(ALL_LEXICONS).root.next.get('sure')!.next.get('thing')!.next.has('boss')).toBe(false);
  });

  it('joins each CJK frame list into one pattern, and leaves the frames off without them', () => {
    const { cjk } = compileAck(ALL_LEXICONS);
    expect(cjk.congratulate.test('昇進おめでとう')).toBe(true);
    expect(cjk.thank.test('ありがとう')).toBe(true);
    expect(cjk.thank.test('いつもありがとう')).toBe(false);
    expect(cjk.received.test('收到了')).toBe(true);
    expect(cjk.asks.test('请把资料发我')).toBe(true);
    // Lexicons sent by an older background have no frames: they stay off, every run counting as
    // hedged, a mishap and an ask, and nothing as a congratulation, thanks or "received".
    const bare = compileAck(ALL_LEXICONS.map(({ cjkFrames: _, ...lex }) => lex)).cjk;
    for (const key of ['hedges', 'mishaps', 'asks'] as const) expect(bare[key].test('资料'), key).toBe(true);
    for (const key of ['congratulate', 'thank', 'received'] as const) expect(bare[key].test('恭喜ありがとう收到'), key).toBe(false);
  });
});
