import { Dexie, type Collection, type InsertType } from 'dexie';
import type { TactDb } from './db';
import { byDue, expiredSnoozes, pendingByDue } from './pending-queries';
import type { PendingItem, SiteId } from './types';

/** What the dashboard asks for. `view` defaults to 'open' (pending, due soonest first). */
export interface DashboardQuery {
  now: number;
  site?: SiteId;
  /** Words to find in the snippet or the author's name; case and accents ignored. */
  search?: string;
  limit?: number;
  /** 'open': pending by due time; 'snoozed': by wake time; 'resolved': most recently resolved first. */
  view?: 'open' | 'snoozed' | 'resolved';
}

/** Lowercase and strip accents, so "resume" finds "Résumé". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

type Matcher = ((o: PendingItem) => boolean) & { filters: boolean };

function matcher(q: DashboardQuery): Matcher {
  const words = q.search ? foldText(q.search).split(/\s+/).filter(Boolean) : [];
  const match = (o: PendingItem) => {
    if (q.site && o.site !== q.site) return false;
    if (!words.length) return true;
    const hay = foldText(`${o.snippet ?? ''} ${o.author.name ?? ''}`);
    return words.every((w) => hay.includes(w));
  };
  return Object.assign(match, { filters: Boolean(q.site) || words.length > 0 });
}

type Pending = Collection<PendingItem, string, InsertType<PendingItem, 'id'>>;
const PAGE = 500;

/**
 * The first `limit` items of an index range that match, in index order. Without a filter that is
 * one getAll. With one, Dexie's Collection.filter() would walk an index cursor, one round trip per
 * record (and quadratic in fake-indexeddb); instead read the range's primary keys in one
 * getAllKeys, then the items in pages by primary key, stopping once the page is full.
 */
async function firstMatching(db: TactDb, range: Pending, match: Matcher, limit: number, reverse = false): Promise<PendingItem[]> {
  if (!match.filters) return (reverse ? range.reverse() : range).limit(limit).toArray();
  const keys = await range.primaryKeys();
  if (reverse) keys.reverse();
  const out: PendingItem[] = [];
  for (let i = 0; i < keys.length && out.length < limit; i += PAGE) {
    for (const item of await db.pending.bulkGet(keys.slice(i, i + PAGE))) {
      if (item && match(item) && out.push(item) >= limit) break;
    }
  }
  return out;
}

/** One page of items for the dashboard, read through indexes in display order. */
export async function listForDashboard(db: TactDb, q: DashboardQuery): Promise<PendingItem[]> {
  const limit = q.limit ?? 50;
  const match = matcher(q);
  return db.transaction('r', db.pending, async () => {
    if (q.view === 'resolved') return firstMatching(db, db.pending.orderBy('resolvedAt'), match, limit, true);
    if (q.view === 'snoozed') {
      const range = db.pending.where('[status+snoozedUntil]').between(['snoozed', q.now], ['snoozed', Dexie.maxKey], false, true);
      return firstMatching(db, range, match, limit);
    }
    const [due, woken] = await Promise.all([
      firstMatching(db, pendingByDue(db, Dexie.minKey, Dexie.maxKey), match, limit),
      expiredSnoozes(db, q.now).toArray(),
    ]);
    return [...due, ...woken.filter(match)].sort(byDue).slice(0, limit);
  });
}
