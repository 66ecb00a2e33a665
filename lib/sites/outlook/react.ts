/**
 * Reacting through Outlook's own UI (modelled: no public DOM dump of it exists): the message's React
 * button opens a callout with the six fixed reactions; the user's reaction then shows as a pressed chip.
 */
import { isVisible, queryAllFirst, queryFirst, waitFor } from '../dom';
import { humanClick, pressEscape } from '../gestures';
import { reactThrough, type ReactionFailure } from '../reaction';
import type { MessageRef, ReactionResult } from '../types';
import { readMessages } from './messages';
import { outlookReactionFor, showsReaction, type OutlookReaction } from './reaction-names';
import { REACTION_MENU, SELECTORS } from './selectors';

export async function react(doc: Document, target: MessageRef, emoji: string): Promise<ReactionResult> {
  const reaction = outlookReactionFor(emoji);
  if (!reaction) return { ok: false, reason: 'emoji-not-found' };
  const item = findItem(doc, target);
  if (!item) return { ok: false, reason: 'no-target' };
  return reactThrough({ own: () => ownChip(findItem(doc, target), reaction), pick: () => pickReaction(doc, item, reaction), root: doc.body });
}

async function pickReaction(doc: Document, item: Element, reaction: OutlookReaction): Promise<true | ReactionFailure> {
  const button = queryFirst(item, SELECTORS.reactButton.css);
  if (!button) return 'no-reaction-ui';
  humanClick(button);
  const menu = await waitFor(() => queryAllFirst(doc, REACTION_MENU).find(isVisible), { root: doc.body });
  if (!menu) return 'no-reaction-ui';
  const choice = choiceIn(menu, reaction);
  if (!choice) {
    pressEscape(menu);
    return 'emoji-not-found';
  }
  humanClick(choice);
  return true;
}

/** By localized label, then by glyph, then by Outlook's fixed order. */
function choiceIn(menu: Element, reaction: OutlookReaction): HTMLElement | null {
  const buttons = Array.from(menu.querySelectorAll<HTMLElement>('button, [role="menuitem"]'));
  return (
    buttons.find((b) => reaction.labels.includes(b.getAttribute('aria-label') ?? b.title)) ??
    buttons.find((b) => showsReaction(b.textContent ?? '', '', reaction)) ??
    (buttons.length === 6 ? buttons[reaction.index]! : null)
  );
}

function findItem(doc: Document, target: MessageRef): HTMLElement | null {
  return readMessages(doc, null).find((m) => m.messageId === target.messageId)?.element ?? null;
}

function ownChip(item: Element | null, reaction: OutlookReaction): HTMLElement | null {
  const chips = queryAllFirst(item, ['[role="group"] button[aria-pressed]', 'button[aria-pressed]']);
  return chips.find((c) => c.getAttribute('aria-pressed') === 'true' && showsReaction(c.textContent ?? '', c.getAttribute('aria-label') ?? '', reaction)) ?? null;
}
