import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '.';
import { fold } from './fold';
import { simplify } from './hanzi';
import { HANZI_REFERENCE } from './hanzi-reference';
import { installLexicons } from './lexicons';
import { ALL_LEXICONS, LEXICON_BY_LANGUAGE } from './lexicons/all';

const HANZI_PAIRS = LEXICON_BY_LANGUAGE.zh.traditional ?? '';

function pairs(s: string): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < s.length; i += 2) out.push([s[i]!, s[i + 1]!]);
  return out;
}

const isHan = (ch: string) => /^\p{Script=Han}$/u.test(ch);

describe('traditional Chinese folding', () => {
  it('pairs distinct Han characters, each traditional one once, with no chains', () => {
    const table = pairs(HANZI_PAIRS);
    expect(HANZI_PAIRS.length % 2).toBe(0);
    const traditional = table.map(([t]) => t);
    expect(new Set(traditional).size).toBe(traditional.length);
    for (const [t, s] of table) {
      expect(isHan(t) && isHan(s) && t !== s, `${t}${s}`).toBe(true);
      // Folding twice gives what folding once gives.
      expect(traditional.includes(s), `${t}→${s}`).toBe(false);
    }
  });

  it('agrees with the reference and covers every character of the Chinese lexicon that has a traditional form', () => {
    const reference = new Map(pairs(HANZI_REFERENCE));
    for (const [t, s] of pairs(HANZI_PAIRS)) expect(reference.get(t), t).toBe(s);
    const lexiconChars = new Set(JSON.stringify(LEXICON_BY_LANGUAGE.zh).match(/\p{Script=Han}/gu) ?? []);
    const ours = new Set(pairs(HANZI_PAIRS).map(([t]) => t));
    const missing = [...reference].filter(([t, s]) => lexiconChars.has(s) && !ours.has(t)).map(([t, s]) => `${t}${s}`);
    expect(missing).toEqual([]);
  });

  it('takes its pairs from the installed Chinese lexicon: without them (an older background) it folds nothing', () => {
    const text = '這週五前可以把報告給我嗎？';
    try {
      installLexicons(ALL_LEXICONS.map(({ traditional: _, ...lex }) => lex));
      expect(simplify(text)).toBe(text);
    } finally {
      installLexicons(ALL_LEXICONS);
    }
    expect(simplify(text)).toBe('这周五前可以把报告给我吗？');
  });

  it('keeps length and offsets', () => {
    const text = '這週五前可以把報告給我嗎？謝謝';
    expect(simplify(text)).toBe('这周五前可以把报告给我吗？谢谢');
    expect(fold(text).text.length).toBe(text.length);
  });

  // Each traditional message beside its simplified twin: the same judgement.
  const twins: [traditional: string, simplified: string][] = [
    ['他這次考績不太好，主管想找他談談。', '他这次考绩不太好，主管想找他谈谈。'],
    ['這週五前可以把報告給我嗎', '这周五前可以把报告给我吗'],
    ['收到，謝謝！', '收到，谢谢！'],
    ['公司要裁員了，先別聲張。', '公司要裁员了，先别声张。'],
    ['健康檢查失敗了', '健康检查失败了'],
  ];
  it.each(twins)('%s is judged like %s', (traditional, simplified) => {
    const a = analyzeMessage(traditional, { locale: 'zh-TW' });
    const b = analyzeMessage(simplified, { locale: 'zh-CN' });
    expect(a.acknowledgement?.kind ?? null).toBe(b.acknowledgement?.kind ?? null);
    expect(a.sensitive.map((s) => s.topic)).toEqual(b.sensitive.map((s) => s.topic));
    expect(a.needsReply?.kind ?? null).toBe(b.needsReply?.kind ?? null);
  });
});
