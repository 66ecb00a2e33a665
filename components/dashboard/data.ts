import { listForDashboard, type SiteId, type TactDb } from '@/lib/store';
import type { DashboardLists } from './rows';

/**
 * Open and snoozed items are all listed: the list is virtualized, so 10 000 rows cost what a
 * screenful costs. The cap only guards against a runaway store.
 */
export const OPEN_LIMIT = 100_000;
/** Resolved items grow forever; they come a page at a time, newest first. */
export const DONE_PAGE = 200;

/** The user's filter: one site or all, and words to find in names and messages. */
export interface DashboardFilter {
  site?: SiteId;
  search?: string;
}

/** Everything the list shows, read through the store's indexes. Run inside `liveQuery`. */
export async function loadDashboard(db: TactDb, now: number, filter: DashboardFilter, doneLimit: number): Promise<DashboardLists> {
  const base = { now, site: filter.site, search: filter.search?.trim() || undefined };
  const [open, snoozed, done] = await Promise.all([
    listForDashboard(db, { ...base, view: 'open', limit: OPEN_LIMIT }),
    listForDashboard(db, { ...base, view: 'snoozed', limit: OPEN_LIMIT }),
    listForDashboard(db, { ...base, view: 'resolved', limit: doneLimit + 1 }),
  ]);
  return { open, snoozed, done: done.slice(0, doneLimit), doneMore: done.length > doneLimit };
}
