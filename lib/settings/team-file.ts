import { t } from '../i18n';
import { defaultSettings } from './defaults';
import { fieldPaths, getPath, setPath } from './paths';
import { applyPolicy, parsePolicy, policyToObject, type TeamPolicy } from './policy';
import { validateSettings } from './validate';
import type { Settings } from './types';

/** Marks a file as Tact team rules, so importing a random JSON file fails clearly. */
export const TEAM_FILE_FORMAT = 'tact-team-rules';
export const TEAM_FILE_VERSION = 1;
const MAX_FILE_CHARS = 100_000;

/**
 * What a team shares. Personal matters stay out: the time zone, the meeting link, favourite
 * reactions and the master switch.
 */
export const TEAM_FIELDS = [
  'sites',
  'hints',
  'storeSnippets',
  'ackPhrases',
  'extraSensitiveTerms',
  'mutedSensitiveTerms',
  'calendar.workingDays',
  'calendar.dayStart',
  'calendar.dayEnd',
  'calendar.holidays',
  'rules',
  'siteRules',
] as const;

/** The team rules in `settings` as the text of a `.json` file a colleague can import. */
export function exportTeamRules(settings: Settings, teamName: string, now: Date): string {
  let rules: Record<string, unknown> = {};
  for (const path of TEAM_FIELDS) rules = setPath(rules, path, getPath(settings, path));
  const file = {
    format: TEAM_FILE_FORMAT,
    version: TEAM_FILE_VERSION,
    exportedAt: now.toISOString(),
    teamName: teamName.trim(),
    rules,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ParsedTeamFile =
  | { ok: true; policy: TeamPolicy; stored: Record<string, unknown> }
  | { ok: false; errors: string[] };

/**
 * Reads a team rules file. Refuses it whole, with every reason, if anything in it is malformed or
 * unusable: half a team's rules applied silently would be worse than none.
 */
export function parseTeamRules(text: string): ParsedTeamFile {
  if (text.length > MAX_FILE_CHARS) return { ok: false, errors: [t('importTooBig')] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: [t('importNotJson')] };
  }
  const file = data as { format?: unknown; version?: unknown; rules?: unknown; teamName?: unknown };
  if (typeof data !== 'object' || data === null || file.format !== TEAM_FILE_FORMAT) return { ok: false, errors: [t('importNotTeamFile')] };
  if (typeof file.version !== 'number' || file.version > TEAM_FILE_VERSION) return { ok: false, errors: [t('importNewerVersion')] };
  const raw = { ...(typeof file.rules === 'object' && file.rules !== null ? file.rules : {}), teamName: file.teamName };
  const { policy, dropped } = parsePolicy(raw);
  const errors = dropped.map((path) => t('importBadField', path));
  const issues = validateSettings(applyPolicy(defaultSettings(), policy).settings);
  for (const issue of issues) if (issue.path === '' || Object.hasOwn(policy.values, issue.path)) errors.push(`${issue.path}: ${issue.message}`);
  if (Object.keys(policy.values).length === 0 && errors.length === 0) errors.push(t('importEmpty'));
  if (errors.length) return { ok: false, errors };
  return { ok: true, policy, stored: policyToObject(policy) };
}

/** One field that would change. */
export interface SettingsChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** The fields whose values differ between two settings, in the order of the settings. */
export function diffSettings(before: Settings, after: Settings): SettingsChange[] {
  const paths = [...new Set([...fieldPaths(before), ...fieldPaths(after)])];
  return paths
    .map((path) => ({ path, before: getPath(before, path), after: getPath(after, path) }))
    .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
}
