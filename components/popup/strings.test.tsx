import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fill } from '../dashboard/strings';
import { POPUP_STRINGS, ps, type PopupStringKey } from './strings';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const catalogue = (locale: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales', locale, 'messages.json'), 'utf8')) as Catalogue;

/** `browser.i18n.getMessage` as Chrome does it: named placeholders to `$n`, then `$n` to the substitutions. */
const serve = (messages: Catalogue) =>
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string, subs?: string | string[]) => {
    const entry = messages[name];
    if (!entry) return '';
    const args = [subs ?? []].flat();
    return entry.message
      .replace(/\$(\w+)\$/g, (_, p: string) => entry.placeholders?.[p.toLowerCase()]?.content ?? '')
      .replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
  });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ps', () => {
  it('reads English from the table when the i18n API is missing or has no text', () => {
    expect(ps('popupOnSite', 'Slack')).toBe('Tact on Slack');
    serve({});
    expect(ps('popupSaveFailed', 'quota')).toBe('Could not save: quota');
  });

  it.each(Object.keys(POPUP_STRINGS) as PopupStringKey[])('reads %s from _locales/en with the same text and substitutions as the table', (key) => {
    serve(catalogue('en'));
    expect(ps(key, 'A', 'B')).toBe(fill(POPUP_STRINGS[key], ['A', 'B']));
  });

  it('shows the browser language when it has the message', () => {
    serve(catalogue('es'));
    expect(ps('popupOnSite', 'Slack')).toBe('Tact en Slack');
    serve(catalogue('zh_CN'));
    expect(ps('popupLockedBy', 'Acme')).toBe('由Acme设置。');
  });
});
