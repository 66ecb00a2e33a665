import { describe, expect, it } from 'vitest';
import { callSuggestion, LANGUAGES } from '.';
import { analyzeMessage } from './analyze';

describe('callSuggestion', () => {
  it.each(LANGUAGES)('proposes a call in %s, in that language', (lang) => {
    const sentence = callSuggestion(lang);
    expect(sentence.length).toBeGreaterThan(20);
    expect(analyzeMessage(sentence).language).toBe(lang);
  });

  it('reads locale tags and falls back to English', () => {
    expect(callSuggestion('es-MX')).toBe(callSuggestion('es'));
    expect(callSuggestion('zh_CN')).toBe(callSuggestion('zh'));
    expect(callSuggestion('ko')).toBe(callSuggestion('en'));
  });

  it('appends an http(s) meeting link, and nothing else', () => {
    expect(callSuggestion('en', 'https://meet.example.com/abc')).toMatch(/ https:\/\/meet\.example\.com\/abc$/);
    expect(callSuggestion('en', 'javascript:alert(1)')).toBe(callSuggestion('en'));
    expect(callSuggestion('en', '  ')).toBe(callSuggestion('en'));
  });
});
