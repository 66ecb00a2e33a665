import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { emptyEffective, resolveEffective } from './effective';
import { SETTINGS_VERSION, settingsMigrations } from './migrations';
import { validateSettings } from './validate';
import type { EffectiveSettings, Settings, SettingsIssue } from './types';

/**
 * Personal settings, in storage.sync so they follow the user across devices. Versioned: WXT runs
 * `settingsMigrations` on first access after an update (see migrations.ts).
 */
export const settingsItem = storage.defineItem<Record<string, unknown>>('sync:settings', {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: settingsMigrations as Record<number, (value: Record<string, unknown>) => Record<string, unknown>>,
});

/**
 * Team rules imported from a colleague's exported file, for teams without device management. The
 * same shape as browser policy, and applied the same way (locked), under any browser policy.
 * Also what the e2e harness sets to stand in for `storage.managed`, which needs enterprise policy.
 */
export const teamPolicyItem = storage.defineItem<Record<string, unknown> | null>('local:teamPolicy', { fallback: null });

/** Browser policy. Absent or failing (no policy, Firefox without one, tests): empty. */
export async function readManagedPolicy(): Promise<unknown> {
  try {
    const area = browser.storage?.managed;
    if (!area) return null;
    return await area.get(null);
  } catch {
    return null;
  }
}

/** The settings in force with their locks and notices. Never throws: at worst, the defaults. */
export async function loadEffectiveSettings(): Promise<EffectiveSettings & { resetPaths: string[] }> {
  const [personal, imported, managed] = await Promise.all([
    settingsItem.getValue().catch(() => null),
    teamPolicyItem.getValue().catch(() => null),
    readManagedPolicy(),
  ]);
  try {
    return resolveEffective({ personal, imported, managed });
  } catch {
    return { ...emptyEffective(), resetPaths: [] };
  }
}

/**
 * Calls back with the effective settings whenever personal settings, imported team rules or browser
 * policy change, in any tab or context. Returns the unwatch.
 */
export function watchEffectiveSettings(callback: (effective: EffectiveSettings & { resetPaths: string[] }) => void): () => void {
  let latest = 0;
  let stopped = false;
  const refresh = () => {
    const mine = ++latest;
    void loadEffectiveSettings().then((effective) => {
      // Reads can finish out of order; only the newest one speaks.
      if (!stopped && mine === latest) callback(effective);
    });
  };
  const unwatchPersonal = settingsItem.watch(refresh);
  const unwatchTeam = teamPolicyItem.watch(refresh);
  const onManaged = (_changes: unknown, area: string) => {
    if (area === 'managed') refresh();
  };
  try {
    browser.storage.onChanged.addListener(onManaged);
  } catch {
    // No storage events here: policy changes are read on the next load.
  }
  return () => {
    stopped = true;
    unwatchPersonal();
    unwatchTeam();
    try {
      browser.storage.onChanged.removeListener(onManaged);
    } catch {
      // Nothing to remove.
    }
  };
}

/** The effective settings (team policy applied). What content scripts and the background read. */
export async function loadSettings(): Promise<Settings> {
  return (await loadEffectiveSettings()).settings;
}

/** Calls back with the effective settings whenever they change. Returns the unwatch. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return watchEffectiveSettings((effective) => callback(effective.settings));
}

/** Saves personal settings if they are valid; returns the problems otherwise (nothing is saved). */
export async function savePersonalSettings(next: Settings): Promise<SettingsIssue[]> {
  const issues = validateSettings(next);
  if (issues.length) return issues;
  await settingsItem.setValue(structuredClone(next) as unknown as Record<string, unknown>);
  return [];
}

/** Stores team rules from a file (already parsed and confirmed by the user); null removes them. */
export async function saveImportedPolicy(policy: Record<string, unknown> | null): Promise<void> {
  if (policy === null) await teamPolicyItem.removeValue();
  else await teamPolicyItem.setValue(policy);
}
