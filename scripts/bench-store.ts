// Store benchmark: 100,000 items in fake-indexeddb (pure JS, in memory) under Node.
// Figures are for comparing changes to lib/store, not a promise about Chrome's IndexedDB.
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { exportBackup, importBackup, parseBackup } from '../lib/store/backup';
import { counts, dueSoon, listForDashboard, nextDueAfter, replyStats, upsertSeen } from '../lib/store/pending-repo';
import { freshDb } from '../lib/store/testing';
import { SITE_IDS, pendingId, type PendingItem, type PendingStatus } from '../lib/store/types';

const N = Number(process.env.BENCH_ITEMS ?? 100_000);
const HOUR = 3_600_000;
const NOW = Date.parse('2026-03-04T12:00:00Z');
const WORDS = ['review', 'deck', 'budget', 'lunch', 'approve', 'contract', 'slides', 'invoice', 'launch', 'hiring'];

/** Deterministic items: about 30% pending, 3% snoozed, the rest resolved. */
function makeItems(n: number): PendingItem[] {
  let seed = 42;
  const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: n }, (_, i) => {
    const site = SITE_IDS[i % SITE_IDS.length]!;
    const conversationId = `c${i % 7_000}`;
    const messageId = `m${i}`;
    const r = rand();
    const status: PendingStatus = r < 0.3 ? 'pending' : r < 0.33 ? 'snoozed' : r < 0.8 ? 'replied' : r < 0.9 ? 'reacted' : 'done';
    // Open items are recent (last 5 days); resolved ones spread over 90 days.
    const receivedAt = NOW - Math.floor(rand() * (status === 'pending' || status === 'snoozed' ? 5 : 90) * 24 * HOUR);
    const item: PendingItem = {
      id: pendingId(site, conversationId, messageId), site, conversationId, messageId,
      author: { name: `Person ${i % 500}` },
      snippet: `Could you ${WORDS[i % WORDS.length]} the ${WORDS[(i * 7) % WORDS.length]} by Friday? (#${i})`,
      kind: 'request', urgent: i % 20 === 0, receivedAt, dueAt: receivedAt + (4 + rand() * 40) * HOUR, status, updatedAt: receivedAt,
    };
    if (status === 'snoozed') item.snoozedUntil = NOW + Math.floor(rand() * 72 * HOUR);
    if (status !== 'pending' && status !== 'snoozed') item.resolvedAt = receivedAt + Math.floor(rand() * 30 * HOUR);
    return item;
  });
}

async function time<T>(log: Map<string, number>, label: string, run: () => Promise<T>, repeat = 5): Promise<T> {
  const ms: number[] = [];
  let result!: T;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    result = await run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  log.set(label, ms[ms.length >> 1]!);
  console.log(`  ${label.padEnd(44)} ${ms[ms.length >> 1]!.toFixed(1).padStart(8)} ms (median of ${repeat})`);
  return result;
}

/** Print insert and query times for 100,000 items in fake-indexeddb; returns them (label → median ms) for the summary. */
export async function benchStore(): Promise<Map<string, number>> {
  const log = new Map<string, number>();
  console.log(`lib/store benchmark — ${N.toLocaleString('en')} items, fake-indexeddb (in-memory JS) under Node ${process.version}`);
  const db = freshDb('tact-bench');
  const items = makeItems(N);
  const start = performance.now();
  await db.transaction('rw', db.pending, () => db.pending.bulkAdd(items));
  log.set('bulk insert (one transaction)', performance.now() - start);
  console.log(`  ${'bulk insert (one transaction)'.padEnd(44)} ${(performance.now() - start).toFixed(0).padStart(8)} ms`);

  const c = await time(log, 'counts', () => counts(db, NOW, NOW + 5 * HOUR));
  console.log(`    → ${JSON.stringify(c)}`);
  await time(log, 'nextDueAfter', () => nextDueAfter(db, NOW));
  await time(log, 'dueSoon (next hour)', () => dueSoon(db, NOW, HOUR));
  await time(log, 'listForDashboard first page (50)', () => listForDashboard(db, { now: NOW }));
  await time(log, 'listForDashboard site filter (discord)', () => listForDashboard(db, { now: NOW, site: 'discord' }));
  const hits = await time(log, 'listForDashboard search "slides budget"', () => listForDashboard(db, { now: NOW, search: 'slides budget' }));
  console.log(`    → ${hits.length} hits on the first page`);
  await time(log, 'listForDashboard search, no match (full scan)', () => listForDashboard(db, { now: NOW, search: 'zebra' }));
  await time(log, 'listForDashboard resolved view', () => listForDashboard(db, { now: NOW, view: 'resolved' }));
  await time(log, 'replyStats, 12 weeks', () => replyStats(db, NOW, 12), 3);
  let k = 0;
  await time(log, 'upsertSeen (one new message)', () => upsertSeen(db, {
    site: 'slack', conversationId: 'c1', messageId: `bench${k++}`, author: {}, kind: 'question', urgent: false, receivedAt: NOW, dueAt: NOW + HOUR,
  }, NOW));

  const backup = await time(log, 'exportBackup', () => exportBackup(db, NOW), 1);
  const text = JSON.stringify(backup);
  const parsed = await time(log, `parseBackup (${(text.length / 1024 / 1024).toFixed(1)} MB)`, async () => parseBackup(text), 1);
  if (!parsed.ok) throw new Error(parsed.error);
  db.close();
  const target = freshDb('tact-bench-import');
  const result = await time(log, 'importBackup into an empty store', () => importBackup(target, parsed.backup), 1);
  console.log(`    → ${JSON.stringify(result)}`);
  target.close();
  return log;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchStore().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
