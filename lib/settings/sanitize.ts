import type { Settings } from './types';
import { defaultSettings } from './defaults';
import { isPlainObject } from './paths';
import { SITE_METAS } from '../sites/meta';
import { SENSITIVE_TOPICS } from '../judge/types';

const SITE_IDS = new Set<string>(SITE_METAS.map((s) => s.id));
const TOPICS = new Set<string>(SENSITIVE_TOPICS);

/**
 * Fills what is missing and drops what is malformed, field by field, so a corrupt or old value in
 * storage never crashes Tact: each bad field falls back to its default. Returns the fields it reset.
 * Shape only: whether values make sense together (a day that ends before it starts) is `validate.ts`.
 */
export function sanitizeSettings(raw: unknown): { settings: Settings; reset: string[] } {
  const defaults = defaultSettings();
  const reset: string[] = [];
  if (!isPlainObject(raw)) {
    return { settings: defaults, reset: raw === undefined || raw === null ? [] : ['*'] };
  }
  const out = structuredClone(defaults) as unknown as Record<string, unknown>;
  const walk = (def: Record<string, unknown>, value: Record<string, unknown>, target: Record<string, unknown>, path: string) => {
    for (const key of Object.keys(def)) {
      if (!Object.hasOwn(value, key)) continue;
      const d = def[key];
      const v = value[key];
      const here = path ? `${path}.${key}` : key;
      if (here === 'siteRules') {
        target[key] = sanitizeSiteRules(v, reset);
      } else if (isPlainObject(d) && !isWholeRecord(here)) {
        if (isPlainObject(v)) walk(d, v, target[key] as Record<string, unknown>, here);
        else reset.push(here);
      } else if (sameShape(d, v, here)) {
        target[key] = structuredClone(v);
      } else {
        reset.push(here);
      }
    }
  };
  walk(defaults as unknown as Record<string, unknown>, raw, out, '');
  return { settings: out as unknown as Settings, reset };
}

/** Records validated as a whole: favourite reactions (keys are reaction kinds) and each reply rule. */
function isWholeRecord(path: string): boolean {
  return path === 'favouriteReactions' || path.startsWith('rules.');
}

/** Keeps each well-formed per-site rule; drops unknown sites and bad rules one by one. */
function sanitizeSiteRules(v: unknown, reset: string[]): Record<string, unknown> {
  if (!isPlainObject(v)) {
    reset.push('siteRules');
    return {};
  }
  const out: Record<string, unknown> = {};
  for (const [site, rule] of Object.entries(v)) {
    if (SITE_IDS.has(site) && isRule(rule, false)) out[site] = structuredClone(rule);
    else reset.push(`siteRules.${site}`);
  }
  return out;
}

function sameShape(def: unknown, v: unknown, path: string): boolean {
  if (path === 'favouriteReactions') {
    return isPlainObject(v) && Object.values(v).every((list) => Array.isArray(list) && list.every((e) => typeof e === 'string'));
  }
  if (path.startsWith('rules.')) return isRule(v, path === 'rules.urgent');
  if (path === 'extraSensitiveTerms') {
    return Array.isArray(v) && v.every((t) => isPlainObject(t) && typeof t.term === 'string' && typeof t.topic === 'string' && TOPICS.has(t.topic));
  }
  if (Array.isArray(def)) {
    if (!Array.isArray(v)) return false;
    const sample = typeof (def[0] ?? (path.endsWith('workingDays') ? 0 : ''));
    return v.every((e) => typeof e === sample);
  }
  return typeof def === typeof v;
}

/** A due rule of a known kind with its number in range; urgent rules may only bring a due time forward. */
export function isRule(v: unknown, urgent: boolean): boolean {
  if (!isPlainObject(v)) return false;
  switch (v.kind) {
    case 'same-day':
      return true;
    case 'next-business-day-end':
      return !urgent;
    case 'business-days':
      return !urgent && Number.isInteger(v.days) && (v.days as number) >= 0 && (v.days as number) <= 30;
    case 'working-hours':
      return typeof v.hours === 'number' && v.hours > 0 && v.hours <= 200;
    default:
      return false;
  }
}
