import { sanitizeSettings } from './sanitize';
import { fieldPaths, getPath, isPlainObject, setPath } from './paths';
import type { PolicySource, Settings } from './types';

/**
 * Team rules: field path → value. Every field a policy sets is locked for the user.
 * Comes from browser policy (`storage.managed`, pushed by an administrator) or from a colleague's
 * exported rules file imported on this device (`storage.local` key `teamPolicy`).
 */
export interface TeamPolicy {
  /** Shown as "Set by <name>"; '' when the policy gives none. */
  name: string;
  values: Record<string, unknown>;
}

export const EMPTY_POLICY: TeamPolicy = Object.freeze({ name: '', values: Object.freeze({}) }) as TeamPolicy;

/**
 * Reads a raw policy object (the shape of `Settings`, any subset, plus an optional `teamName`).
 * Fields that are malformed are dropped and named, never applied.
 */
export function parsePolicy(raw: unknown): { policy: TeamPolicy; dropped: string[] } {
  if (!isPlainObject(raw)) return { policy: EMPTY_POLICY, dropped: raw == null ? [] : ['*'] };
  const { settings, reset } = sanitizeSettings(raw);
  const covered = (path: string) => reset.some((r) => r === path || path.startsWith(`${r}.`));
  const values: Record<string, unknown> = {};
  for (const path of fieldPaths(raw)) {
    if (!covered(path)) values[path] = getPath(settings, path);
  }
  const name = typeof raw.teamName === 'string' ? raw.teamName.trim().slice(0, 80) : '';
  return { policy: { name, values }, dropped: reset };
}

/** Personal settings with the policy's values over them; the policy's fields are the locked ones. */
export function applyPolicy(personal: Settings, policy: TeamPolicy): { settings: Settings; locked: string[] } {
  let settings = personal;
  for (const [path, value] of Object.entries(policy.values)) settings = setPath(settings, path, value);
  return { settings, locked: Object.keys(policy.values).sort() };
}

/** Imported team rules under browser policy: the administrator's value wins field by field. */
export function combinePolicies(imported: TeamPolicy, managed: TeamPolicy): { policy: TeamPolicy; lockedBy: Record<string, PolicySource> } {
  const lockedBy: Record<string, PolicySource> = {};
  for (const path of Object.keys(imported.values)) lockedBy[path] = 'imported';
  for (const path of Object.keys(managed.values)) lockedBy[path] = 'managed';
  return {
    policy: { name: managed.name || imported.name, values: { ...imported.values, ...managed.values } },
    lockedBy,
  };
}

/** Turns field values back into the nested shape (for export files and storage). */
export function policyToObject(policy: TeamPolicy): Record<string, unknown> {
  let out: Record<string, unknown> = policy.name ? { teamName: policy.name } : {};
  for (const [path, value] of Object.entries(policy.values)) out = setPath(out, path, value);
  return out;
}
