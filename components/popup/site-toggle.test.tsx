import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@/lib/settings';
import { siteToggleState, withSite } from './site-toggle';

describe('siteToggleState', () => {
  it('is on when both the master switch and the site are on', () => {
    expect(siteToggleState({ settings: defaultSettings(), locked: [] }, 'slack')).toEqual({ on: true, locked: false, allOff: false });
  });

  it('is off for a site the user turned off', () => {
    const settings = withSite(defaultSettings(), 'slack', false);
    expect(siteToggleState({ settings, locked: [] }, 'slack')).toMatchObject({ on: false, locked: false });
    expect(siteToggleState({ settings, locked: [] }, 'gmail')).toMatchObject({ on: true });
  });

  it('is locked when team policy sets the site, or all sites', () => {
    expect(siteToggleState({ settings: defaultSettings(), locked: ['sites.slack'] }, 'slack').locked).toBe(true);
    expect(siteToggleState({ settings: defaultSettings(), locked: ['sites'] }, 'teams').locked).toBe(true);
    expect(siteToggleState({ settings: defaultSettings(), locked: ['sites.gmail', 'calendar.dayEnd'] }, 'slack').locked).toBe(false);
  });

  it('is off everywhere while the master switch is off, and locked if policy turned it off', () => {
    const settings = { ...defaultSettings(), enabled: false };
    expect(siteToggleState({ settings, locked: [] }, 'slack')).toEqual({ on: false, locked: false, allOff: true });
    expect(siteToggleState({ settings, locked: ['enabled'] }, 'slack')).toEqual({ on: false, locked: true, allOff: true });
  });
});

describe('withSite', () => {
  it('changes one site and leaves the rest, without touching the original', () => {
    const before = defaultSettings();
    const after = withSite(before, 'discord', false);
    expect(after.sites).toEqual({ ...before.sites, discord: false });
    expect(before.sites.discord).toBe(true);
    expect({ ...after, sites: before.sites }).toEqual(before);
  });
});
