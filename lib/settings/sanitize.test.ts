import { describe, expect, it } from 'vitest';
import { sanitizeSettings } from './sanitize';
import { defaultSettings } from './defaults';

describe('sanitizeSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(sanitizeSettings(undefined)).toEqual({ settings: defaultSettings(), reset: [] });
  });

  it('keeps valid values and fills the rest', () => {
    const { settings, reset } = sanitizeSettings({ meetingLink: 'https://meet.example/abc', hints: { sensitive: false } });
    expect(reset).toEqual([]);
    expect(settings.meetingLink).toBe('https://meet.example/abc');
    expect(settings.hints).toEqual({ ...defaultSettings().hints, sensitive: false });
    expect(settings.calendar).toEqual(defaultSettings().calendar);
  });

  it('resets each malformed field to its default and names it', () => {
    const { settings, reset } = sanitizeSettings({
      enabled: 'yes',
      calendar: { workingDays: ['mon'], dayStart: '08:00' },
      rules: { chat: { kind: 'working-hours', hours: -3 } },
      ackPhrases: ['roger', 7],
      favouriteReactions: { thanks: ['🙏', '❤️'] },
    });
    expect(reset.sort()).toEqual(['ackPhrases', 'calendar.workingDays', 'enabled', 'rules.chat']);
    expect(settings.enabled).toBe(true);
    expect(settings.calendar.dayStart).toBe('08:00');
    expect(settings.calendar.workingDays).toEqual([1, 2, 3, 4, 5]);
    expect(settings.rules.chat).toEqual({ kind: 'working-hours', hours: 4 });
    expect(settings.favouriteReactions).toEqual({ thanks: ['🙏', '❤️'] });
  });

  it('survives garbage', () => {
    for (const junk of ['x', 42, [1, 2], { hints: 'all' }, { sites: null }]) {
      expect(() => sanitizeSettings(junk)).not.toThrow();
      expect(sanitizeSettings(junk).settings.enabled).toBe(true);
    }
  });
});
