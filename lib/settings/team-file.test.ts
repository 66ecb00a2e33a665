import { describe, expect, it, vi, beforeAll } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defaultSettings } from './defaults';
import { applyPolicy } from './policy';
import { TEAM_FIELDS, diffSettings, exportTeamRules, parseTeamRules } from './team-file';
import { getPath } from './paths';
import type { Settings } from './types';

/** t() in unit tests: `key(substitutions)`, so a test sees which message was chosen and with which words. */
const stubMessages = () =>
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => `${key}(${[subs ?? []].flat().join(', ')})`);

const mine = (): Settings => ({
  ...defaultSettings(),
  meetingLink: 'https://meet.example.com/me',
  ackPhrases: ['roger that'],
  calendar: { ...defaultSettings().calendar, timeZone: 'Europe/Madrid', dayStart: '08:00' },
  rules: { ...defaultSettings().rules, chat: { kind: 'working-hours', hours: 2 } },
  siteRules: { discord: { kind: 'business-days', days: 2 } },
});

describe('team rules files', () => {
  beforeAll(() => {
    stubMessages();
  });

  it('round-trips: a file exported here imports as the same team rules', () => {
    const text = exportTeamRules(mine(), 'Platform', new Date('2026-03-02T10:00:00Z'));
    const parsed = parseTeamRules(text);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    expect(parsed.policy.name).toBe('Platform');
    const applied = applyPolicy(defaultSettings(), parsed.policy).settings;
    for (const field of TEAM_FIELDS) expect(getPath(applied, field)).toEqual(getPath(mine(), field));
  });

  it('leaves personal matters out of the file', () => {
    const file = JSON.parse(exportTeamRules(mine(), '', new Date(0))) as { rules: Record<string, unknown> };
    expect(file.rules).not.toHaveProperty('meetingLink');
    expect(file.rules).not.toHaveProperty('favouriteReactions');
    expect(file.rules).not.toHaveProperty('enabled');
    expect(file.rules.calendar).not.toHaveProperty('timeZone');
  });

  it.each([
    ['not JSON', '{oops', /importNotJson/],
    ['another JSON file', '{"name":"package"}', /importNotTeamFile/],
    ['a newer format', JSON.stringify({ format: 'tact-team-rules', version: 99, rules: {} }), /importNewerVersion/],
    ['no rules', JSON.stringify({ format: 'tact-team-rules', version: 1, rules: {} }), /importEmpty/],
    ['a malformed field', JSON.stringify({ format: 'tact-team-rules', version: 1, rules: { hints: { sensitive: 'maybe' } } }), /importBadField\(hints\.sensitive\)/],
    ['a day that ends before it starts', JSON.stringify({ format: 'tact-team-rules', version: 1, rules: { calendar: { dayStart: '18:00', dayEnd: '08:00' } } }), /calendar\.dayEnd: errDayOrder/],
    ['too large a file', ' '.repeat(100_001), /importTooBig/],
  ])('refuses %s, saying why', (_, text, reason) => {
    const parsed = parseTeamRules(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join(' ')).toMatch(reason);
  });

  it('diffs two settings field by field', () => {
    const before = defaultSettings();
    const after = { ...mine(), favouriteReactions: { thanks: ['🙌'] } };
    expect(diffSettings(before, after).map((c) => c.path).sort()).toEqual(
      ['ackPhrases', 'calendar.dayStart', 'calendar.timeZone', 'favouriteReactions.thanks', 'meetingLink', 'rules.chat', 'siteRules.discord'].sort(),
    );
    expect(diffSettings(before, before)).toEqual([]);
    expect(diffSettings(before, after).find((c) => c.path === 'rules.chat')).toEqual({
      path: 'rules.chat',
      before: { kind: 'working-hours', hours: 4 },
      after: { kind: 'working-hours', hours: 2 },
    });
  });
});
