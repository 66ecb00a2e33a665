import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION, migrateSettings, migrateV1ToV2, settingsMigrations } from './migrations';
import { sanitizeSettings } from './sanitize';
import { defaultSettings } from './defaults';

/** A complete value as version 1 stored it. */
const V1 = {
  enabled: true,
  workStart: '08:30',
  workEnd: '16:00',
  workDays: [1, 2, 3, 4],
  timeZone: 'Europe/Madrid',
  holidays: ['2026-12-25'],
  hints: { acknowledgement: false, sensitive: true, threadHeat: true, replyTracking: true },
  ackPhrases: ['roger that'],
};

describe('settings migrations', () => {
  it('has one migration for every version after the first', () => {
    const versions = Object.keys(settingsMigrations).map(Number).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2));
  });

  it('v1 → v2 moves the flat working day under calendar and keeps everything else', () => {
    const migrated = migrateV1ToV2(V1);
    expect(migrated).toEqual({
      enabled: true,
      hints: V1.hints,
      ackPhrases: ['roger that'],
      calendar: { dayStart: '08:30', dayEnd: '16:00', workingDays: [1, 2, 3, 4], timeZone: 'Europe/Madrid', holidays: ['2026-12-25'] },
    });
    const { settings, reset } = sanitizeSettings(migrated);
    expect(reset).toEqual([]);
    expect(settings.calendar).toEqual({ timeZone: 'Europe/Madrid', workingDays: [1, 2, 3, 4], dayStart: '08:30', dayEnd: '16:00', holidays: ['2026-12-25'] });
    expect(settings.hints.acknowledgement).toBe(false);
    expect(settings.rules).toEqual(defaultSettings().rules);
  });

  it('v1 → v2 with only some flat fields fills the rest from the defaults', () => {
    const { settings } = sanitizeSettings(migrateV1ToV2({ workEnd: '18:00' }));
    expect(settings.calendar).toEqual({ ...defaultSettings().calendar, dayEnd: '18:00' });
  });

  it('v1 → v2 prefers a calendar already written by a newer build', () => {
    const migrated = migrateV1ToV2({ workStart: '07:00', calendar: { dayStart: '10:00' } }) as { calendar: Record<string, unknown> };
    expect(migrated.calendar).toEqual({ dayStart: '10:00' });
    expect(migrated).not.toHaveProperty('workStart');
  });

  it('v1 → v2 leaves a value that is already v2 as it is', () => {
    const v2 = { ...defaultSettings(), calendar: { ...defaultSettings().calendar, dayStart: '07:45' } };
    expect(migrateV1ToV2(v2)).toEqual(v2);
  });

  it('v1 → v2 carries malformed values over for sanitize to reset, and never throws', () => {
    const migrated = migrateV1ToV2({ workStart: 900, workDays: 'weekdays' });
    const { settings, reset } = sanitizeSettings(migrated);
    expect(reset.sort()).toEqual(['calendar.dayStart', 'calendar.workingDays']);
    expect(settings.calendar.dayStart).toBe('09:00');
    for (const junk of [null, undefined, 'x', 42, [1], { calendar: 'noon' }]) {
      expect(() => migrateV1ToV2(junk)).not.toThrow();
      expect(() => sanitizeSettings(migrateV1ToV2(junk))).not.toThrow();
    }
  });

  it('migrateSettings runs every step from any earlier version, and nothing from the current one', () => {
    expect(migrateSettings(V1, 1)).toEqual(migrateV1ToV2(V1));
    const current = { calendar: { dayStart: '08:00' } };
    expect(migrateSettings(current, SETTINGS_VERSION)).toBe(current);
  });
});
