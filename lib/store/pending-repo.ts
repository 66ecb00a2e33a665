// The pending-replies repository: every function takes the database, every write is one transaction.
// Split by concern (sightings, user actions, reads, statistics); this module gathers them.
export { resolveConversation, upsertSeen, type UpsertOutcome } from './pending-seen';
export { dismiss, markDone, reopen, snooze, wakeSnoozed } from './pending-actions';
export { counts, dueSoon, expiredSnoozes, nextDueAfter, type PendingCounts } from './pending-queries';
export { foldText, listForDashboard, type DashboardQuery } from './dashboard-list';
export { answeredBeforeDue, replyStats, type WeekStats } from './reply-stats';
