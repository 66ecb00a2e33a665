import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defaultSettings } from './defaults';
import { SETTINGS_VERSION } from './migrations';
import {
  loadEffectiveSettings,
  loadSettings,
  savePersonalSettings,
  saveImportedPolicy,
  settingsItem,
  watchEffectiveSettings,
  watchSettings,
} from './store';
import type { Settings } from './types';

/** The next value a watcher reports, as a promise. */
function next<T>(watch: (cb: (value: T) => void) => () => void, when: (value: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve) => {
    const stop = watch((value) => {
      if (!when(value)) return;
      stop();
      resolve(value);
    });
  });
}

describe('settings in browser storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => `${key}(${[subs ?? []].flat().join(', ')})`);
  });

  it('gives the defaults on a fresh install and stamps the current version on first save', async () => {
    await settingsItem.migrate();
    expect(await loadSettings()).toEqual(defaultSettings());
    expect(await savePersonalSettings({ ...defaultSettings(), storeSnippets: false })).toEqual([]);
    expect(await fakeBrowser.storage.sync.get(['settings$'])).toEqual({ settings$: { v: SETTINGS_VERSION } });
    expect((await loadSettings()).storeSnippets).toBe(false);
  });

  it('migrates a version 1 value in place and stamps version 2', async () => {
    await fakeBrowser.storage.sync.set({ settings: { workStart: '07:30', workEnd: '15:30', hints: { sensitive: false } }, settings$: { v: 1 } });
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
    expect(stored.settings).toEqual({ hints: { sensitive: false }, calendar: { dayStart: '07:30', dayEnd: '15:30' } });
    const settings = await loadSettings();
    expect(settings.calendar).toMatchObject({ dayStart: '07:30', dayEnd: '15:30' });
    expect(settings.hints.sensitive).toBe(false);
  });

  it('resets a corrupt stored value with a notice instead of failing', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage', settings$: { v: SETTINGS_VERSION } });
    const effective = await loadEffectiveSettings();
    expect(effective.settings).toEqual(defaultSettings());
    expect(effective.notices).toEqual(['noticeReset(allSettings())']);
  });

  it('applies browser policy from storage.managed over personal settings', async () => {
    await savePersonalSettings({ ...defaultSettings(), hints: { ...defaultSettings().hints, acknowledgement: true } });
    await fakeBrowser.storage.managed.set({ teamName: 'ACME', hints: { acknowledgement: false } });
    const effective = await loadEffectiveSettings();
    expect(effective.settings.hints.acknowledgement).toBe(false);
    expect(effective.personal.hints.acknowledgement).toBe(true);
    expect(effective.locked).toEqual(['hints.acknowledgement']);
    expect(effective.lockedBy).toEqual({ 'hints.acknowledgement': 'managed' });
    expect((await loadSettings()).hints.acknowledgement).toBe(false);
  });

  it('treats storage.managed that throws (no policy, Firefox) as no policy', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await saveImportedPolicy({ hints: { threadHeat: false } });
    const effective = await loadEffectiveSettings();
    expect(effective.settings.hints.threadHeat).toBe(false);
    expect(effective.lockedBy).toEqual({ 'hints.threadHeat': 'imported' });
    spy.mockRestore();
  });

  it('tells watchers about personal changes, imported team rules and their removal', async () => {
    const phrase = next<Settings>(watchSettings, (s) => s.ackPhrases.includes('roger that'));
    await savePersonalSettings({ ...defaultSettings(), ackPhrases: ['roger that'] });
    expect((await phrase).ackPhrases).toEqual(['roger that']);

    const locked = next(watchEffectiveSettings, (e) => e.locked.length > 0);
    await saveImportedPolicy({ teamName: 'Design', hints: { acknowledgement: false } });
    expect(await locked).toMatchObject({ teamName: 'Design', locked: ['hints.acknowledgement'], hasImportedRules: true });

    const unlocked = next(watchEffectiveSettings, (e) => e.locked.length === 0);
    await saveImportedPolicy(null);
    expect((await unlocked).settings.hints.acknowledgement).toBe(true);
  });

  it('hears browser policy change', async () => {
    const changed = next<Settings>(watchSettings, (s) => !s.hints.sensitive);
    await fakeBrowser.storage.managed.set({ hints: { sensitive: false } });
    expect((await changed).hints.sensitive).toBe(false);
  });

  it('refuses to save invalid settings and keeps the stored ones', async () => {
    const issues = await savePersonalSettings({ ...defaultSettings(), calendar: { ...defaultSettings().calendar, dayStart: '18:00', dayEnd: '08:00' } });
    expect(issues.map((i) => i.path)).toEqual(['calendar.dayEnd']);
    expect((await loadSettings()).calendar.dayStart).toBe('09:00');
  });
});
