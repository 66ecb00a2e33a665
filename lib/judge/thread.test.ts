import { describe, expect, it } from 'vitest';
import { analyzeThread, type ThreadMessage } from '.';

const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 6, 9, 0);

function thread(lines: [author: string, minute: number, text: string][]): ThreadMessage[] {
  return lines.map(([author, minute, text]) => ({ author, at: T0 + minute * MIN, text }));
}

const rapid = thread([
  ['ana', 0, 'Did you change the retry policy?'],
  ['ben', 1, 'Yes, why?'],
  ['ana', 2, 'Which value did you use?'],
  ['ben', 3, 'Five retries. Is that too many?'],
  ['ana', 4, 'Probably. Did you test it against the sandbox?'],
  ['ben', 6, 'Not yet. Can you share the sandbox keys?'],
  ['ana', 7, 'Sent. Does the backoff reset after success?'],
  ['ben', 9, 'I think so, do you want me to check?'],
  ['ana', 10, 'Yes please, and what about the timeout?'],
]);

describe('analyzeThread', () => {
  it('suggests a call for a fast back-and-forth with questions both ways', () => {
    const v = analyzeThread(rapid);
    expect(v).toMatchObject({ suggestCall: true, reason: 'rapid-back-and-forth' });
    expect(v.evidence).toMatch(/9 messages/);
  });

  it('does not for the same exchange spread over an afternoon', () => {
    const slow = rapid.map((m, i) => ({ ...m, at: T0 + i * 40 * MIN }));
    expect(analyzeThread(slow)).toEqual({ suggestCall: false, reason: null, evidence: '' });
  });

  it('does not when only one side asks', () => {
    const oneSided = thread(rapid.map((m, i) => [m.author, i, m.author === 'ana' ? m.text : 'Done.']));
    expect(analyzeThread(oneSided).suggestCall).toBe(false);
  });

  it('does not for one person posting many updates', () => {
    const monologue = thread(rapid.map((m, i) => ['ana', i, m.text]));
    expect(analyzeThread(monologue).suggestCall).toBe(false);
  });

  it('does not once the burst is over (the last message came much later)', () => {
    const over = [...rapid, { author: 'ben', at: T0 + 90 * MIN, text: 'Thanks, all good now.' }];
    expect(analyzeThread(over).suggestCall).toBe(false);
  });

  it('suggests a call when conflict builds across messages', () => {
    const heated = thread([
      ['ana', 0, 'The release slipped again.'],
      ['ben', 30, 'You broke the build again, this is your fault.'],
      ['ana', 45, 'Not my problem, you never read the spec!!'],
      ['ben', 50, 'Ok.'],
    ]);
    const v = analyzeThread(heated);
    expect(v).toMatchObject({ suggestCall: true, reason: 'conflict-escalating' });
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('does not for one heated line long ago, or for venting at a flaky test', () => {
    expect(analyzeThread(thread([['ben', 0, 'This is your fault.'], ['ana', 5, 'Ok'], ['ben', 6, 'Fixed'], ['ana', 7, 'Thanks'], ['ben', 8, 'np']])).suggestCall).toBe(false);
    expect(analyzeThread(thread([['a', 0, 'ugh this flaky test again'], ['b', 1, 'so annoying'], ['a', 2, 'retrying'], ['b', 3, 'green now']])).suggestCall).toBe(false);
  });

  it('sorts by time, and tolerates empty or malformed input', () => {
    expect(analyzeThread([...rapid].reverse()).reason).toBe('rapid-back-and-forth');
    expect(analyzeThread([]).suggestCall).toBe(false);
    expect(analyzeThread([{ author: 'a', at: Number.NaN, text: 'hi?' }]).suggestCall).toBe(false);
  });
});
