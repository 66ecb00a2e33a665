import { describe, expect, it, vi, beforeAll } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defaultSettings } from './defaults';
import { isEmoji, isMeetingLink, validateSettings } from './validate';
import { repairSettings } from './repair';
import type { Settings } from './types';

/** t() in unit tests: `key(substitutions)`, so a test sees which message was chosen and with which words. */
const stubMessages = () =>
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => `${key}(${[subs ?? []].flat().join(', ')})`);

const withCalendar = (c: Partial<Settings['calendar']>): Settings => ({ ...defaultSettings(), calendar: { ...defaultSettings().calendar, ...c } });
const paths = (s: Settings) => validateSettings(s).map((i) => i.path);

describe('validateSettings', () => {
  beforeAll(() => {
    stubMessages();
  });

  it('accepts the defaults', () => {
    expect(validateSettings(defaultSettings())).toEqual([]);
  });

  it('says so at the end of day when the working day ends before it starts', () => {
    const issues = validateSettings(withCalendar({ dayStart: '18:00', dayEnd: '09:00' }));
    expect(issues).toEqual([{ path: 'calendar.dayEnd', message: 'errDayOrder()' }]);
    expect(paths(withCalendar({ dayStart: '09:00', dayEnd: '09:00' }))).toEqual(['calendar.dayEnd']);
    expect(paths(withCalendar({ dayStart: '22:00', dayEnd: '24:00' }))).toEqual([]);
  });

  it.each([
    ['a malformed start', { dayStart: '9am' }, 'calendar.dayStart'],
    ['24:00 as a start', { dayStart: '24:00' }, 'calendar.dayStart'],
    ['minutes past 59', { dayEnd: '17:60' }, 'calendar.dayEnd'],
    ['no working days', { workingDays: [] }, 'calendar.workingDays'],
    ['a day number out of range', { workingDays: [1, 7] }, 'calendar.workingDays'],
    ['a day twice', { workingDays: [1, 1, 2] }, 'calendar.workingDays'],
    ['an unknown zone', { timeZone: 'Mars/Olympus' }, 'calendar.timeZone'],
    ['an impossible holiday', { holidays: ['2026-02-30'] }, 'calendar.holidays'],
    ['a holiday twice', { holidays: ['2026-12-25', '2026-12-25'] }, 'calendar.holidays'],
  ])('rejects %s', (_, calendar, path) => {
    expect(paths(withCalendar(calendar))).toEqual([path]);
  });

  it('accepts a real zone and the detected one', () => {
    expect(paths(withCalendar({ timeZone: 'Asia/Kathmandu' }))).toEqual([]);
    expect(paths(withCalendar({ timeZone: '' }))).toEqual([]);
  });

  it.each([
    ['https://meet.example.com/abc-defg', true],
    ['https://zoom.us/j/123?pwd=x', true],
    ['', true],
    ['http://meet.example.com/abc', false],
    ['javascript:alert(1)', false],
    ['meet.example.com/abc', false],
    ['https://localhost/room', false],
    ['https://user:pw@meet.example.com/', false],
    ['https://meet.example.com/a b', false],
  ])('meeting link %j valid: %s', (link, valid) => {
    expect(paths({ ...defaultSettings(), meetingLink: link })).toEqual(valid ? [] : ['meetingLink']);
    if (link) expect(isMeetingLink(link)).toBe(valid);
  });

  it('finds duplicate phrases up to case and spaces, and empty ones', () => {
    const issues = validateSettings({ ...defaultSettings(), ackPhrases: ['Roger that', ' roger that ', 'noted'] });
    expect(issues).toEqual([{ path: 'ackPhrases', message: 'errDuplicate(roger that)' }]);
    expect(paths({ ...defaultSettings(), mutedSensitiveTerms: ['  '] })).toEqual(['mutedSensitiveTerms']);
    expect(paths({ ...defaultSettings(), ackPhrases: ['x'.repeat(81)] })).toEqual(['ackPhrases']);
  });

  it('checks extra terms, favourite reactions and rules', () => {
    expect(paths({ ...defaultSettings(), extraSensitiveTerms: [{ term: 'PIP', topic: 'performance' }, { term: 'pip', topic: 'legal' }] })).toEqual(['extraSensitiveTerms']);
    expect(paths({ ...defaultSettings(), favouriteReactions: { thanks: ['🙏', 'ok', '🙏'] } })).toEqual(['favouriteReactions.thanks', 'favouriteReactions.thanks']);
    expect(paths({ ...defaultSettings(), rules: { ...defaultSettings().rules, chat: { kind: 'working-hours', hours: 0 } } })).toEqual(['rules.chat']);
    expect(paths({ ...defaultSettings(), siteRules: { slack: { kind: 'business-days', days: 1.5 } } })).toEqual(['siteRules.slack']);
  });

  it('refuses settings too large for one storage.sync item', () => {
    const many = Array.from({ length: 400 }, (_, i) => `phrase number ${i}`);
    expect(paths({ ...defaultSettings(), ackPhrases: many })).toEqual(['']);
  });
});

describe('isEmoji', () => {
  it.each(['🙏', '👍🏽', '❤️', '🇪🇸', '👨‍👩‍👧', '✅'])('%s is one', (e) => expect(isEmoji(e)).toBe(true));
  it.each(['', 'ok', ':+1:', '1', '#', 'a🙏'])('%j is not', (e) => expect(isEmoji(e)).toBe(false));
});

describe('repairSettings', () => {
  it('resets each invalid field to its default and names it', () => {
    const broken = { ...withCalendar({ timeZone: 'Nowhere/Land' }), meetingLink: 'ftp://x' };
    const { settings, reset } = repairSettings(broken);
    expect(reset.sort()).toEqual(['calendar.timeZone', 'meetingLink']);
    expect(validateSettings(settings)).toEqual([]);
  });

  it('resets the fields judged together when one alone does not help', () => {
    const { settings, reset } = repairSettings(withCalendar({ dayStart: '20:00', dayEnd: '19:00' }));
    expect(settings.calendar.dayStart).toBe('09:00');
    expect(settings.calendar.dayEnd).toBe('17:30');
    expect(reset.sort()).toEqual(['calendar.dayEnd', 'calendar.dayStart']);
  });

  it("yields the user's field to a locked team field, and ignores the team's only when it is itself invalid", () => {
    const teamLate = repairSettings(withCalendar({ dayStart: '10:00', dayEnd: '09:30' }), ['calendar.dayStart']);
    expect(teamLate.settings.calendar).toMatchObject({ dayStart: '10:00', dayEnd: '17:30' });
    expect(teamLate.reset).toEqual(['calendar.dayEnd']);
    expect(teamLate.ignoredPolicy).toEqual([]);
    // The personal end (17:30, the default) cannot follow a team start of 18:00: the team value is dropped.
    const impossible = repairSettings(withCalendar({ dayStart: '18:00', dayEnd: '17:30' }), ['calendar.dayStart', 'calendar.dayEnd']);
    expect(impossible.ignoredPolicy.sort()).toEqual(['calendar.dayEnd', 'calendar.dayStart']);
    expect(validateSettings(impossible.settings)).toEqual([]);
  });
});
