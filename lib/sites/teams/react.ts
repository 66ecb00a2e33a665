import { closestOf, isVisible, queryAllFirst, queryFirst, waitFor } from '../dom';
import { hover, humanClick, pressEscape } from '../gestures';
import { reactThrough, type ReactionFailure } from '../reaction';
import type { MessageRef, ReactionResult } from '../types';
import { matchesEmoji, wantedEmoji, type EmojiWanted } from './emoji';
import { ACTIONS, MESSAGE_ITEM, SELECTORS } from './selectors';

const STEP_TIMEOUT = 2000;

/** The visible element of a message (a thread root also shows in the channel list: the first copy wins). */
function itemOf(doc: Document, messageId: string): HTMLElement | null {
  const copies = Array.from(doc.querySelectorAll<HTMLElement>(`[data-mid="${CSS.escape(messageId)}"]`));
  const message = copies.find((el) => isVisible(el) && !closestOf(el, SELECTORS.controlMessage.css));
  return message ? (closestOf(message, MESSAGE_ITEM) ?? message) : null;
}

function emoticonOf(el: Element): { glyph?: string; id?: string } {
  const img = queryFirst<HTMLImageElement>(el, ACTIONS.pillEmoji);
  return { glyph: img?.getAttribute('alt') ?? undefined, id: img?.getAttribute('itemid') ?? undefined };
}

/** The user's own pill (aria-pressed=true) for this emoji under the message, if any. */
function ownPill(doc: Document, messageId: string, wanted: EmojiWanted): HTMLElement | null {
  const item = itemOf(doc, messageId);
  if (!item) return null;
  return (
    queryAllFirst(item, SELECTORS.reactionPill.css).find((pill) => {
      if (pill.getAttribute('aria-pressed') !== 'true') return false;
      const { glyph, id } = emoticonOf(pill);
      return matchesEmoji(wanted, glyph, id);
    }) ?? null
  );
}

/** A quick reaction button or picker cell showing this emoji (by its image's alt or Teams' id). */
function buttonFor(root: ParentNode, selectors: readonly string[], prefix: string, wanted: EmojiWanted): HTMLElement | null {
  return (
    queryAllFirst(root, selectors).find((button) => {
      const { glyph, id } = emoticonOf(button);
      const tid = button.getAttribute('data-tid')?.slice(prefix.length);
      return isVisible(button) && (matchesEmoji(wanted, glyph, id) || matchesEmoji(wanted, null, tid));
    }) ?? null
  );
}

/**
 * Reacts the way a person does: hover the message so Teams renders its action bar (a portal), click
 * the quick reaction or open the expanded picker and click the emoji there, then wait for the user's
 * own pill. Undo clicks that pill, which Teams toggles off.
 */
export async function reactTo(doc: Document, target: MessageRef, emoji: string): Promise<ReactionResult> {
  const wanted = wantedEmoji(emoji);
  if (!wanted) return { ok: false, reason: 'emoji-not-found' };
  const item = itemOf(doc, target.messageId);
  if (!item) return { ok: false, reason: 'no-target' };
  return reactThrough({ own: () => ownPill(doc, target.messageId, wanted), pick: () => pickEmoji(doc, item, wanted), root: doc.documentElement });
}

async function pickEmoji(doc: Document, item: HTMLElement, wanted: EmojiWanted): Promise<true | ReactionFailure> {
  item.scrollIntoView({ block: 'nearest' });
  hover(item);
  const bar = await waitFor(() => queryAllFirst(doc, ACTIONS.container).find((el) => isVisible(el)), { timeout: STEP_TIMEOUT });
  if (!bar) return 'no-reaction-ui';
  let button = buttonFor(bar, ACTIONS.quick, ACTIONS.quickPrefix, wanted);
  if (!button) {
    const entry = queryFirst(bar, ACTIONS.pickerEntry);
    if (!entry) return 'no-reaction-ui';
    humanClick(entry);
    const picker = await waitFor(() => queryFirst(doc, ACTIONS.pickerButton), { timeout: STEP_TIMEOUT });
    if (!picker) return 'no-reaction-ui';
    button = buttonFor(doc, ACTIONS.pickerButton, ACTIONS.pickerPrefix, wanted);
    if (!button) {
      if (doc.activeElement) pressEscape(doc.activeElement);
      return 'emoji-not-found';
    }
  }
  humanClick(button);
  return true;
}
