import { useMemo } from 'preact/hooks';
import type { PendingItem, TactDb } from '@/lib/store';
import { createItemActions } from './actions';
import type { RowAction } from './PendingList';
import { useAnnouncer, type Announcement } from './StatusLine';
import { s } from './strings';
import { dueInWords, type TimeLocale } from './time-words';

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Runs the rows' actions against the store, and says what happened (with Undo where it makes
 * sense) through the status line. `notify` tells the background that the store changed.
 */
export function useRowActions(db: TactDb, notify: () => Promise<unknown>, where: TimeLocale) {
  const actions = useMemo(() => createItemActions(db, notify), [db, notify]);
  const [announcement, say] = useAnnouncer();

  const run = async (item: PendingItem, action: RowAction) => {
    const undo = () => void actions.restore(item).then(() => say(s('didReopen')), (e: unknown) => say(s('actionFailed', reason(e))));
    try {
      if (action === 'done') {
        if (await actions.done(item)) say(s('didDone'), undo);
      } else if (action === 'dismiss') {
        if (await actions.dismiss(item)) say(s('didDismiss'), undo);
      } else if (action === 'reopen') {
        if (await actions.reopen(item)) say(s('didReopen'));
      } else if (await actions.snooze(item, action.snoozeUntil)) {
        say(s('didSnooze', dueInWords(action.snoozeUntil, Date.now(), where)), undo);
      }
    } catch (e) {
      say(s('actionFailed', reason(e)));
    }
  };
  return { run: (item: PendingItem, action: RowAction) => void run(item, action), announcement: announcement as Announcement | null };
}
