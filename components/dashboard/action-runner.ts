import type { PendingItem } from '@/lib/store';
import type { ItemActions } from './actions';
import type { RowAction } from './PendingList';
import type { Announce, Announcement } from './StatusLine';

/** The words the runner says; the page builds them from its strings and locale. */
export interface RunnerWords {
  /** What an action does, said the moment the user asks for it. */
  did(action: RowAction): string;
  /** Said once an Undo has put the item back. */
  undone: string;
  failed(error: unknown): string;
}

function start(actions: ItemActions, item: PendingItem, action: RowAction): Promise<boolean> {
  if (action === 'done') return actions.done(item);
  if (action === 'dismiss') return actions.dismiss(item);
  if (action === 'reopen') return actions.reopen(item);
  return actions.snooze(item, action.snoozeUntil);
}

/**
 * One action's voice on the status line: it speaks first, and may change what it said later only
 * while that is still what is shown. Once another action has spoken, this one is silent for good,
 * so a slow action finishing late can never bring its words (or its Undo) back over a newer one.
 */
function voice(announce: Announce, first: Announcement): (next: Announcement | null) => void {
  let shown: Announcement | null = first;
  announce(first);
  return (next) => {
    const mine = shown;
    shown = next;
    announce((current) => (current !== null && current === mine ? next : current));
  };
}

/**
 * Runs the rows' actions and keeps the status line true to the latest one.
 *
 * An action is announced the moment the user asks for it, with an Undo bound to that action alone:
 * to the item as the user saw it when they acted (copied then, so whatever the live list does
 * meanwhile cannot change it) and to the store's answer. Clicked before the store has the change
 * (a busy store queues writes), Undo waits for it, then puts that item back as it was, status and
 * snooze included. (Announcing only once the store had answered left the previous action's Undo on
 * screen meanwhile, and a quick click undid the wrong item.) Undo acts once; an action that changed
 * nothing takes its announcement back and undoes nothing.
 */
export function createActionRunner(actions: ItemActions, announce: Announce, words: RunnerWords) {
  return function run(item: PendingItem, action: RowAction): Promise<void> {
    const before = structuredClone(item);
    let undoAsked = false;
    async function undo(): Promise<void> {
      if (undoAsked) return;
      undoAsked = true;
      say({ text: words.did(action) }); // the words stay, the button goes: one Undo per action
      if (!(await outcome)) return;
      try {
        await actions.restore(before);
        say({ text: words.undone });
      } catch (error) {
        say({ text: words.failed(error) });
      }
    }
    const say = voice(announce, { text: words.did(action), undo: action === 'reopen' ? undefined : undo });
    const outcome: Promise<boolean> = start(actions, before, action).then(
      (changed) => {
        if (!changed) say(null);
        return changed;
      },
      (error: unknown) => {
        say({ text: words.failed(error) });
        return false;
      },
    );
    return outcome.then(() => undefined);
  };
}
