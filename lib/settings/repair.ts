import { isLocked, resetPath } from './paths';
import { validateSettings } from './validate';
import type { Settings } from './types';

/** Fields that are judged together: resetting one alone may not help. */
const RELATED: Record<string, string[]> = {
  'calendar.dayEnd': ['calendar.dayStart', 'calendar.dayEnd'],
};

/**
 * Makes settings usable whatever was stored: each invalid field goes back to its default, then the
 * fields judged with it (a day that ends before a team's start of day). Locked fields are the team's:
 * they are reset only when the team's own values are what is invalid, and reported apart.
 */
export function repairSettings(settings: Settings, locked: readonly string[] = []): { settings: Settings; reset: string[]; ignoredPolicy: string[] } {
  let out = settings;
  const reset: string[] = [];
  const ignoredPolicy: string[] = [];
  for (const pass of ['field', 'related', 'policy'] as const) {
    const issues = validateSettings(out).filter((i) => i.path !== '');
    if (issues.length === 0) break;
    for (const { path } of issues) {
      const fields = pass === 'field' ? [path] : (RELATED[path] ?? [path]);
      for (const field of fields) {
        const teams = isLocked(field, locked);
        if (teams !== (pass === 'policy')) continue;
        out = resetPath(out, field);
        (teams ? ignoredPolicy : reset).push(field);
      }
    }
  }
  return { settings: out, reset: [...new Set(reset)], ignoredPolicy: [...new Set(ignoredPolicy)] };
}
