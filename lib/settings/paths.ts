import { defaultSettings } from './defaults';
import type { Settings } from './types';

/**
 * Settings are addressed by dot paths (`calendar.dayEnd`, `sites.slack`, `rules.chat`). A *field* is
 * the unit a person edits and a policy locks: a primitive, a list, one reply rule, or one entry of a
 * record keyed by the user (a reaction kind, a site's rule).
 */

/** Records whose keys are not fixed by the defaults: each entry is one field. */
const DYNAMIC = new Set(['favouriteReactions', 'siteRules']);
/** Objects that are one field as a whole. */
const WHOLE = (path: string) => path.startsWith('rules.');

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value at a dot path, or undefined. */
export function getPath(value: unknown, path: string): unknown {
  let at: unknown = value;
  for (const key of path.split('.')) {
    if (!isPlainObject(at) || !Object.hasOwn(at, key)) return undefined;
    at = at[key];
  }
  return at;
}

/** A copy of `settings` with the value at `path` replaced (or removed, for undefined). */
export function setPath<T>(settings: T, path: string, value: unknown): T {
  const copy = structuredClone(settings) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let at = copy;
  for (const key of keys.slice(0, -1)) {
    if (!isPlainObject(at[key])) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = structuredClone(value);
  return copy as unknown as T;
}

/** Every field path present in `value`, following the shape of the defaults. */
export function fieldPaths(value: unknown, shape: unknown = defaultSettings(), prefix = ''): string[] {
  if (!isPlainObject(value) || !isPlainObject(shape)) return [];
  const out: string[] = [];
  for (const key of Object.keys(shape)) {
    if (!Object.hasOwn(value, key)) continue;
    const here = prefix ? `${prefix}.${key}` : key;
    const v = value[key];
    if (DYNAMIC.has(here)) {
      if (isPlainObject(v)) out.push(...Object.keys(v).map((k) => `${here}.${k}`));
    } else if (isPlainObject(shape[key]) && !WHOLE(here)) {
      out.push(...fieldPaths(v, shape[key], here));
    } else {
      out.push(here);
    }
  }
  return out;
}

/** Whether `path` (a field or a section) is covered by a locked field path. */
export function isLocked(path: string, locked: readonly string[]): boolean {
  return locked.some((l) => l === path || l.startsWith(`${path}.`) || path.startsWith(`${l}.`));
}

/** The default value of a field, for resets. */
export function defaultAt(path: string): unknown {
  return getPath(defaultSettings(), path);
}

/** Resets one field to its default (removes a dynamic record entry, which has none). */
export function resetPath(settings: Settings, path: string): Settings {
  return setPath(settings, path, defaultAt(path));
}
