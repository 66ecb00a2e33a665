import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '../public/_locales');
const load = (locale: string) =>
  JSON.parse(readFileSync(resolve(dir, locale, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, unknown> }>;

describe('_locales', () => {
  const en = load('en');
  const locales = readdirSync(dir);

  it('has English, Spanish and Chinese', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'es', 'zh_CN']));
  });

  it.each(locales)('%s has every English key, each with the same placeholders', (locale) => {
    const messages = load(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(messages)) {
      expect(entry.message.trim(), `${locale}/${key}`).not.toBe('');
      const used = (entry.message.match(/\$p\d\$/g) ?? []).sort();
      const enUsed = (en[key]!.message.match(/\$p\d\$/g) ?? []).sort();
      expect(used, `${locale}/${key}`).toEqual(enUsed);
    }
  });
});
