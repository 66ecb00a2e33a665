import { isLocked, type EffectiveSettings, type Settings } from '@/lib/settings';
import type { SiteId } from '@/lib/sites/types';

/** How the popup's "Tact on this site" switch shows. */
export interface SiteToggleState {
  /** Whether Tact runs on the site (the master switch and the site's own). */
  on: boolean;
  /** The site's switch is set by team policy: shown, but not changeable. */
  locked: boolean;
  /** The master switch is off: the site's switch alone cannot turn Tact on. */
  allOff: boolean;
}

export function siteToggleState(effective: Pick<EffectiveSettings, 'settings' | 'locked'>, site: SiteId): SiteToggleState {
  const { settings, locked } = effective;
  const allOff = !settings.enabled;
  return {
    on: !allOff && settings.sites[site] !== false,
    locked: isLocked(`sites.${site}`, locked) || (allOff && isLocked('enabled', locked)),
    allOff,
  };
}

/** The user's own settings with one site switched; everything else as it was. */
export function withSite(personal: Settings, site: SiteId, on: boolean): Settings {
  return { ...personal, sites: { ...personal.sites, [site]: on } };
}
