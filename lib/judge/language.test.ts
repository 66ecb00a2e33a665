import { describe, expect, it } from 'vitest';
import { analyzeMessage, type Language } from '.';

const cases: [text: string, locale: string | undefined, expected: Language][] = [
  ['Can you send me the report?', undefined, 'en'],
  ['收到，谢谢', undefined, 'zh'],
  ['了解です', undefined, 'ja'],
  ['了解', 'ja-JP', 'ja'],
  ['了解', undefined, 'zh'],
  ['¿Puedes mandarme el informe?', undefined, 'es'],
  ['Tu peux m’envoyer le rapport ?', undefined, 'fr'],
  ['Kannst du mir den Bericht schicken?', undefined, 'de'],
  ['Você pode me mandar o relatório?', undefined, 'pt'],
  ['Vale', undefined, 'es'],
  ['ok', 'de', 'de'],
  ['ok', 'xx', 'en'],
  ['👍', 'fr-CA', 'fr'],
  ['Can you send me the report?', 'de', 'en'],
];

describe('language', () => {
  it.each(cases)('%j (locale %s) → %s', (text, locale, expected) => {
    expect(analyzeMessage(text, { locale }).language).toBe(expected);
  });
});
