import type { PendingItem } from '../store';
import { cleanPageText } from './page-text';

/** Longest name a notification shows; a system notification has room for a few short names. */
const NOTIFIED_NAME_MAX = 40;
const NAMES_SHOWN = 3;
// First-strong isolate … pop directional isolate: plain text's <bdi>, so a right-to-left name cannot
// reorder the sentence around it.
const FSI = '\u2068';
const PDI = '\u2069';

/** The text of the "due soon" notification. */
export interface DueNotice {
  title: string;
  message: string;
}

/**
 * What the notification says about items falling due. Names are page text (and may come from an old
 * backup): cleaned and cut again here, each isolated, at most three of them.
 */
export function dueNotice(items: ReadonlyArray<Pick<PendingItem, 'author'>>): DueNotice {
  const names = [...new Set(items.map((i) => cleanPageText(i.author.name, NOTIFIED_NAME_MAX)).filter((n): n is string => !!n))];
  const shown = names.slice(0, NAMES_SHOWN).map((n) => `${FSI}${n}${PDI}`);
  const more = names.length - shown.length;
  return {
    title: items.length === 1 ? 'A reply is due soon' : `${items.length} replies are due soon`,
    message: shown.length
      ? `Waiting on you: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`
      : 'Open Tact to see what is waiting on you.',
  };
}
