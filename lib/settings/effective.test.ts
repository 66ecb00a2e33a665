import { describe, expect, it, vi, beforeAll } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defaultSettings } from './defaults';
import { resolveEffective } from './effective';

/** t() in unit tests: `key(substitutions)`, so a test sees which message was chosen and with which words. */
const stubMessages = () =>
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => `${key}(${[subs ?? []].flat().join(', ')})`);

describe('resolveEffective: defaults ← personal ← imported team rules ← browser policy', () => {
  beforeAll(() => {
    stubMessages();
  });

  it('is the defaults with nothing stored', () => {
    const e = resolveEffective({ personal: undefined, imported: null, managed: null });
    expect(e.settings).toEqual(defaultSettings());
    expect(e).toMatchObject({ locked: [], notices: [], resetPaths: [], teamName: '', hasImportedRules: false });
  });

  it("applies personal values, then the team's over them, and says which are locked by whom", () => {
    const e = resolveEffective({
      personal: { meetingLink: 'https://meet.example.com/me', hints: { acknowledgement: false, sensitive: false } },
      imported: { teamName: 'Design', hints: { sensitive: true }, ackPhrases: ['on it boss'] },
      managed: { teamName: 'ACME IT', hints: { acknowledgement: true } },
    });
    expect(e.settings.meetingLink).toBe('https://meet.example.com/me');
    expect(e.settings.hints).toMatchObject({ acknowledgement: true, sensitive: true });
    expect(e.settings.ackPhrases).toEqual(['on it boss']);
    expect(e.personal.hints).toMatchObject({ acknowledgement: false, sensitive: false });
    expect(e.locked).toEqual(['ackPhrases', 'hints.acknowledgement', 'hints.sensitive']);
    expect(e.lockedBy).toEqual({ ackPhrases: 'imported', 'hints.acknowledgement': 'managed', 'hints.sensitive': 'imported' });
    expect(e.teamName).toBe('ACME IT');
    expect(e.hasImportedRules).toBe(true);
  });

  it('treats an empty managed area as no policy', () => {
    const e = resolveEffective({ personal: {}, imported: null, managed: {} });
    expect(e.locked).toEqual([]);
  });

  it('resets damaged personal values with a notice naming them, never throwing', () => {
    const e = resolveEffective({ personal: { calendar: { dayStart: '18:00', dayEnd: '08:00', workingDays: 'all' }, meetingLink: 'not a link' }, imported: null, managed: null });
    expect(e.resetPaths.sort()).toEqual(['calendar.dayEnd', 'calendar.dayStart', 'calendar.workingDays', 'meetingLink']);
    expect(e.settings.calendar).toEqual(defaultSettings().calendar);
    expect(e.notices).toHaveLength(1);
    expect(e.notices[0]).toMatch(/^noticeReset\(/);
    expect(e.notices[0]).toContain('fieldWorkingDays()');
    expect(e.notices[0]).toContain('fieldMeetingLink()');
  });

  it('ignores malformed or unusable team values with a notice, and keeps the usable ones', () => {
    const e = resolveEffective({
      personal: {},
      imported: null,
      managed: { hints: { sensitive: 'off', threadHeat: false }, meetingLink: 'http://insecure.example.com' },
    });
    expect(e.settings.hints.threadHeat).toBe(false);
    expect(e.settings.hints.sensitive).toBe(true);
    expect(e.settings.meetingLink).toBe('');
    expect(e.notices).toEqual([expect.stringMatching(/^noticePolicyIgnored\(.*hintSensitive\(\).*fieldMeetingLink\(\)/)]);
  });

  it('survives anything in any source', () => {
    for (const junk of [null, 7, 'x', [], { calendar: [] }, { rules: { chat: null } }, { sites: { slack: 'yes' } }]) {
      const e = resolveEffective({ personal: junk, imported: junk, managed: junk });
      expect(e.settings.enabled).toBe(true);
    }
  });
});
