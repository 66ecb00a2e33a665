import { describe, expect, it } from 'vitest';
import { analyzeMessage, installLexicons, installLexiconsAsync, prepareCompiled, type JudgeOptions } from './engine';
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

  it("prepares the user's own words in slices ahead of use, once, and only for the lexicons in force", async () => {
    installLexicons(ALL_LEXICONS);
    compiledFor();
    const options: JudgeOptions = { extraAcknowledgements: ['banana protocol engaged'], extraSensitiveTerms: [{ term: 'Project Falcon', topic: 'reorg' }] };
    let pauses = 0;
    let tick = 0;
    const slices = { yieldEvery: 1, now: () => tick++, pause: async () => void (pauses += 1) };
    await prepareCompiled(options, slices);
    expect(pauses).toBeGreaterThan(0);
    const prepared = compiledFor(options);
    expect(analyzeMessage('banana protocol engaged', options).acknowledgement).not.toBeNull();
    expect(analyzeMessage('Project Falcon starts Monday', options).sensitive.map((f) => f.topic)).toContain('reorg');
    // Already compiled: nothing to do, no slice taken.
    const before = pauses;
    await prepareCompiled(options, slices);
    expect(pauses).toBe(before);
    expect(compiledFor(options)).toBe(prepared);
    // Options without words of the user's own use the plain tables: nothing to prepare.
    await prepareCompiled({ locale: 'en' }, slices);
    expect(pauses).toBe(before);
  });

  it('shares one compile between two preparations of the same words', async () => {
    installLexicons(ALL_LEXICONS);
    compiledFor();
    const options: JudgeOptions = { extraAcknowledgements: ['wilco wilco'] };
    let tick = 0;
    let pauses = 0;
    const slices = { yieldEvery: 1, now: () => tick++, pause: async () => void (pauses += 1) };
    await Promise.all([prepareCompiled(options, slices), prepareCompiled(options, slices)]);
    const once = pauses;
    pauses = 0;
    await prepareCompiled({ extraAcknowledgements: ['wilco wilco'] }, slices);
    // A second, separate object with the same words compiles once more: the pauses of one compile.
    expect(once).toBe(pauses);
  });

  it('drops a preparation that new lexicons overtook', async () => {
    installLexicons(ALL_LEXICONS);
    compiledFor();
    const options: JudgeOptions = { extraAcknowledgements: ['roger roger'] };
    let tick = 0;
    let swapped = false;
    await prepareCompiled(options, {
      yieldEvery: 1,
      now: () => tick++,
      pause: async () => {
        if (swapped) return;
        swapped = true;
        installLexicons(ALL_LEXICONS.filter((lex) => lex.language === 'en'));
        // The judge is used meanwhile (without the user's words): it starts a fresh cache for the new lexicons.
        compiledFor();
      },
    });
    // The judge compiles for the lexicons now in force: Spanish is gone, the user's phrase still counts.
    expect(analyzeMessage('Entendido, gracias', options).acknowledgement).toBeNull();
    expect(analyzeMessage('roger roger', options).acknowledgement).not.toBeNull();
    installLexicons(ALL_LEXICONS);
  });
});
