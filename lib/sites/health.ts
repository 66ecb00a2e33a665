import { countMatches, type SelectorList } from './dom';
import type { AdapterHealth, SiteId } from './types';

/** A named selector of a site. `required` ones must match on a working page of that site. */
export interface SelectorSpec {
  css: SelectorList;
  required?: boolean;
}

export type SelectorTable = Record<string, SelectorSpec>;

/** Counts each selector's matches; the missing required ones make the adapter degraded. */
export function measureHealth(site: SiteId, root: ParentNode, table: SelectorTable): AdapterHealth {
  const matches: Record<string, number> = {};
  const missing: string[] = [];
  for (const [name, spec] of Object.entries(table)) {
    const n = countMatches(root, spec.css);
    matches[name] = n;
    if (spec.required && n === 0) missing.push(name);
  }
  return { site, matches, missing, ok: missing.length === 0 };
}
