import { isPlainObject } from './paths';

/**
 * The stored settings' version. A change of shape adds a version and a migration here and never
 * deletes an old one. A new field with a default needs no migration: `sanitizeSettings` fills it.
 *
 * - v1: the working day flat at the top level (`workStart`, `workEnd`, `workDays`, `timeZone`, `holidays`).
 * - v2: the working day under `calendar` (`dayStart`, `dayEnd`, `workingDays`, `timeZone`, `holidays`).
 */
export const SETTINGS_VERSION = 2;

/** v1 → v2 names: old top-level key → key under `calendar`. */
const V1_CALENDAR_KEYS: Record<string, string> = {
  workStart: 'dayStart',
  workEnd: 'dayEnd',
  workDays: 'workingDays',
  timeZone: 'timeZone',
  holidays: 'holidays',
};

/**
 * Moves v1's flat working day under `calendar`. Never throws and never judges values: a malformed
 * value is carried over as it is, and `sanitizeSettings` resets it with a notice.
 */
export function migrateV1ToV2(value: unknown): unknown {
  if (!isPlainObject(value)) return value;
  const next: Record<string, unknown> = { ...value };
  const calendar: Record<string, unknown> = isPlainObject(value.calendar) ? { ...value.calendar } : {};
  let moved = false;
  for (const [from, to] of Object.entries(V1_CALENDAR_KEYS)) {
    if (!Object.hasOwn(value, from)) continue;
    // A calendar written by a newer build wins over a stale flat value.
    if (!Object.hasOwn(calendar, to)) calendar[to] = value[from];
    delete next[from];
    moved = true;
  }
  if (moved || Object.hasOwn(value, 'calendar')) next.calendar = calendar;
  return next;
}

/** For `storage.defineItem`: migration to version N, keyed by N. */
export const settingsMigrations: Record<number, (value: unknown) => unknown> = {
  2: migrateV1ToV2,
};

/** Runs the migrations from `fromVersion` to the current one (what WXT does on first access). */
export function migrateSettings(value: unknown, fromVersion: number): unknown {
  let out = value;
  for (let v = Math.max(1, fromVersion) + 1; v <= SETTINGS_VERSION; v++) out = settingsMigrations[v]?.(out) ?? out;
  return out;
}
