import { describe, expect, it } from 'vitest';
import { analyzeMessage, installLexicons, installLexiconsAsync } from './engine';
import { ALL_LEXICONS } from './lexicons/all';
import { compiledFor } from './compile';
import { scan } from './dictionary';
import { fold } from './fold';

describe('installLexiconsAsync', () => {
  it('compiles in slices, judges nothing until done, then judges as the synchronous install does', async () => {
    installLexicons([]);
    let pauses = 0;
    let tick = 0;
    const done = installLexiconsAsync(ALL_LEXICONS, {
      yieldEvery: 1,
      // A clock that moves 1 ms per reading: every step boundary is a slice boundary.
      now: () => tick++,
      pause: async () => {
        pauses += 1;
        expect(analyzeMessage('thanks!').acknowledgement).toBeNull();
      },
    });
    await done;
    expect(pauses).toBeGreaterThan(10);
    const text = 'Thanks for the update! Can you send the performance review by Friday?';
    const sliced = analyzeMessage(text);
    const slicedHits = scan(compiledFor().main, fold(text).text).map((h) => [h.start, h.end, h.values]);
    installLexicons(ALL_LEXICONS);
    expect(analyzeMessage(text)).toEqual(sliced);
    expect(scan(compiledFor().main, fold(text).text).map((h) => [h.start, h.end, h.values])).toEqual(slicedHits);
    expect(sliced.acknowledgement).toBeNull();
    expect(sliced.needsReply).not.toBeNull();
  });
});
