import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '.';
import type { AckKind } from './types';

// Each positive sits beside the look-alikes that must not pass (cf. refined-github's is-low-quality-comment test).
const cases: [text: string, kind: AckKind | null][] = [
  ['Got it, thanks Maria!', 'thanks'],
  ['Got it, thanks Maria! I’ll update the doc.', null],
  ['thanksss', 'thanks'],
  ['thanks?', null],
  ['okkk', 'acknowledgement'],
  ['ok if legal agrees', null],
  ['ok, I’ll send it Friday', null],
  ['Sure', 'agreement'],
  ['Sure, after the migration', null],
  ['sgtm', 'agreement'],
  ['lgtm', 'approval'],
  ['lgtm but fix the typo', null],
  ['+1', 'agreement'],
  ['-1', null],
  ['👍', 'agreement'],
  ['👎', null],
  ['👍🏿', 'agreement'],
  ['thanks 👎', null],
  ['Great!', 'praise'],
  ['Great, another outage.', null],
  ['Oh great.', null],
  ['Great...', null],
  ['Thanks for joining', null],
  ['Thanks for joining, here is the agenda', null],
  ['Congrats Ana! 🎉', 'congratulations'],
  ['Congrats on the promotion, well deserved', 'congratulations'],
  ['haha', 'laughter'],
  ['hahaha that’s the bug', null],
  ['on it', 'on-it'],
  ['On it after lunch', null],
  ['Done ✅', 'confirmation'],
  ['done?', null],
  ['thx @sam.lee', 'thanks'],
  ['thx @sam @jo @al', null],
  ['Thanks Maria and Tom', 'thanks'],
  ['Thanks Friday', null],
  ['Not sure that works', null],
  ['Maria, thanks!', 'thanks'],
  ['Thnaks', 'thanks'],
  ['Thinks', null],
  ['no thanks', null],
  ['Hi!', null],
  ['Hi Maria', null],
  ['ok :)', 'acknowledgement'],
  ['ok :(', null],
  ['ok #123', null],
  ['ok https://example.com', null],
  ['收到，谢谢！', 'thanks'],
  ['收到，但是周五来不及', null],
  ['谢谢王总', 'thanks'],
  ['你好', null],
  ['呵呵', null],
  ['了解です', 'acknowledgement'],
  ['了解です。ただ、金曜日は難しいです。', null],
  ['ありがとうございます、田中さん', 'thanks'],
  ['Entendido, gracias', 'thanks'],
  ['Entendido, pero no llego', null],
  ["D'accord, merci !", 'thanks'],
  ["D'accord, mais pas avant jeudi", null],
  ['Alles klar, danke!', 'thanks'],
  ['Na super.', null],
  ['Beleza, valeu!', 'thanks'],
  ['Beleza, mas só na sexta', null],
];

describe('acknowledgement', () => {
  it.each(cases)('%j → %s', (text, kind) => {
    expect(analyzeMessage(text).acknowledgement?.kind ?? null).toBe(kind);
  });

  it('offers at least three reactions, best first, fitting the kind', () => {
    const thanks = analyzeMessage('Thanks!').acknowledgement!;
    expect(thanks.reactions[0]).toBe('🙏');
    expect(thanks.reactions.length).toBeGreaterThanOrEqual(3);
    expect(analyzeMessage('lol').acknowledgement!.reactions[0]).toBe('😂');
    expect(analyzeMessage('Congrats!').acknowledgement!.reactions[0]).toBe('🎉');
    expect(analyzeMessage('on it').acknowledgement!.reactions[0]).toBe('👀');
    expect(analyzeMessage('Done').acknowledgement!.reactions[0]).toBe('✅');
  });

  it('adds the lead reaction of a second kind ("Got it, thanks" offers 👍 after 🙏)', () => {
    const r = analyzeMessage('Got it, thanks').acknowledgement!.reactions;
    expect(r.slice(0, 1)).toEqual(['🙏']);
    expect(r).toContain('👍');
  });

  it('quotes the phrase it matched, without the name or punctuation around it', () => {
    const text = 'Hi Priya, thanks so much!';
    const ack = analyzeMessage(text).acknowledgement!;
    expect(ack.evidence.text).toBe('thanks so much');
    expect(text.slice(ack.evidence.start, ack.evidence.end)).toBe(ack.evidence.text);
  });

  it('gives up on long text without reading it', () => {
    expect(analyzeMessage(`thanks ${'very '.repeat(60)}much`).acknowledgement).toBeNull();
  });

  it('takes the user’s own phrases, and caches per options object', () => {
    const options = { extraAcknowledgements: ['roger wilco over'] };
    expect(analyzeMessage('Roger wilco over!').acknowledgement).toBeNull();
    expect(analyzeMessage('Roger wilco over!', options).acknowledgement?.kind).toBe('acknowledgement');
    expect(analyzeMessage('Roger wilco over, thanks', options).acknowledgement?.kind).toBe('thanks');
  });
});
