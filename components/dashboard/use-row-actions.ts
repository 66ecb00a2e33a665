import { useMemo } from 'preact/hooks';
import type { PendingItem, TactDb } from '@/lib/store';
import { createActionRunner } from './action-runner';
import { createItemActions } from './actions';
import { errorInWords } from './error-words';
import type { RowAction } from './PendingList';
import { useAnnouncer } from './StatusLine';
import { s } from './strings';
import { dueInWords, type TimeLocale } from './time-words';

const reason = errorInWords;

/**
 * Runs the rows' actions against the store, and says what happened (with Undo where it makes
 * sense) through the status line; see createActionRunner for how each Undo stays with its action.
 * `notify` tells the background that the store changed.
 */
export function useRowActions(db: TactDb, notify: () => Promise<unknown>, where: TimeLocale) {
  const actions = useMemo(() => createItemActions(db, notify), [db, notify]);
  const [announcement, announce] = useAnnouncer();
  const run = createActionRunner(actions, announce, {
    did: (action) =>
      action === 'done' ? s('didDone')
      : action === 'dismiss' ? s('didDismiss')
      : action === 'reopen' ? s('didReopen')
      : s('didSnooze', dueInWords(action.snoozeUntil, Date.now(), where)),
    undone: s('didReopen'),
    failed: (e) => s('actionFailed', reason(e)),
  });
  return { run: (item: PendingItem, action: RowAction) => void run(item, action), announcement };
}
