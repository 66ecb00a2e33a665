// Public surface of lib/store: the only code that touches Dexie.
export type { Decision, PendingItem, PendingKind, PendingStatus, SeenMessage, SiteId } from './types';
export { OPEN_STATUSES, PENDING_KINDS, PENDING_STATUSES, SITE_IDS, SNIPPET_MAX, pendingId, truncateSnippet } from './types';
export { openTactDb, type IndexedDbDeps, type TactDb } from './db';
export {
  counts, dismiss, dueSoon, listForDashboard, markDone, nextDueAfter, reopen, replyStats, resolveConversation,
  snooze, upsertSeen, wakeSnoozed,
  type DashboardQuery, type PendingCounts, type UpsertOutcome, type WeekStats,
} from './pending-repo';
export { answeredBeforeDue } from './reply-stats';
export { isQuotaError, storeFailureOf, type StoreFailure } from './errors';
export { checkBackup, exportBackup, importBackup, parseBackup, type ImportProgress, type ImportResult, type ParseResult, type TactBackup } from './backup';
