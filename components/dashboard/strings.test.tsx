import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DASHBOARD_STRINGS, fill, localize, s, type StringKey } from './strings';

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

const keys = Object.keys(DASHBOARD_STRINGS) as StringKey[];
const SUBS = ['A', 'B', 'C', 'D'];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('s', () => {
  it('reads English from the table when the i18n API is missing', () => {
    expect(s('importProgress', 3, 10)).toBe('Importing 3 of 10…');
    expect(s('dashboardTitle')).toBe('Pending replies');
  });

  it('falls back to the table when the API has no text', () => {
    const getMessage = serve({});
    expect(s('chartSummary', '2 hr', '80%')).toBe('Last week: median 2 hr, 80% in time.');
    expect(getMessage).toHaveBeenCalledWith('dash_chartSummary', ['2 hr', '80%']);
  });

  it('passes the substitutions as strings and none when there are none', () => {
    const getMessage = serve(catalogue('en'));
    s('importResult', 1, 0, 7);
    s('loading');
    expect(getMessage.mock.calls).toEqual([['dash_importResult', ['1', '0', '7']], ['dash_loading', undefined]]);
  });

  it.each(keys)('reads %s from _locales/en with the same text and substitutions as the table', (key) => {
    serve(catalogue('en'));
    expect(s(key, ...SUBS)).toBe(fill(DASHBOARD_STRINGS[key], SUBS));
  });

  it('shows the browser language when it has the message', () => {
    serve(catalogue('es'));
    expect(s('importProgress', 3, 10)).toBe('Importando 3 de 10…');
    serve(catalogue('zh_CN'));
    expect(s('listLabel', 5)).toBe('待回复，共 5 项');
  });
});

describe('localize', () => {
  it('fills the English fallback, leaving missing substitutions empty', () => {
    serve({});
    expect(localize('dash_chartWeek', DASHBOARD_STRINGS.chartWeek, ['12 Oct', 4])).toBe('Week of 12 Oct: 4 answered, median time to reply ,  in time.');
  });
});
