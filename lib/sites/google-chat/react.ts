import { isVisible, queryAllFirst, queryFirst, waitFor } from '../dom';
import { emojiSearchTerm, sameEmoji } from '../emoji';
import { hover, humanClick, pressEscape, typeInto } from '../gestures';
import { reactThrough, type ReactionFailure } from '../reaction';
import type { MessageRef, ReactionResult } from '../types';
import { EMOJI_ENTRY, EMOJI_PICKER, EMOJI_SEARCH, SELECTORS } from './selectors';

/**
 * Reacts through Chat's own UI (U: not in any source; modelled on Google's other pickers): hover
 * the message, its toolbar's "Add reaction", the emoji in the picker (by glyph: labels are
 * localized), then the user's chip (aria-pressed=true) appears. Undo clicks that chip.
 */
export async function reactOnChat(doc: Document, target: MessageRef, emoji: string): Promise<ReactionResult> {
  const row = () => queryAllFirst(doc, SELECTORS.message.css).find((el) => el.getAttribute('data-id') === target.messageId && isVisible(el)) ?? null;
  const el = row();
  if (!el) return { ok: false, reason: 'no-target' };
  return reactThrough({
    own: () => chipOf(row(), emoji, true),
    others: () => chipOf(el, emoji, false),
    pick: () => pickEmoji(doc, el, emoji),
    root: doc.body,
  });
}

async function pickEmoji(doc: Document, el: HTMLElement, emoji: string): Promise<true | ReactionFailure> {
  hover(el);
  // The toolbar may be shown by CSS :hover alone, which a synthetic hover cannot trigger: a hidden
  // button still takes a click, so wait briefly for it to show and then use it either way.
  const shown = await waitFor(() => queryAllFirst(el, SELECTORS.addReaction.css).find(isVisible), { root: el, timeout: 500 });
  const button = shown ?? queryFirst(el, SELECTORS.addReaction.css);
  if (!button || button.getAttribute('aria-disabled') === 'true') return 'no-reaction-ui';
  humanClick(button);
  const picker = await waitFor(() => queryAllFirst(doc, EMOJI_PICKER).find(isVisible), { root: doc.body });
  if (!picker) return 'no-reaction-ui';
  const entry = findEntry(picker, emoji) ?? (await searchEntry(picker, emoji));
  if (!entry) {
    pressEscape(picker);
    return 'emoji-not-found';
  }
  humanClick(entry);
  return true;
}

/** The user's chip (pressed) or someone else's (not pressed) for this emoji on a message row. */
function chipOf(row: Element | null, emoji: string, pressed: boolean): HTMLElement | null {
  if (!row) return null;
  return (
    queryAllFirst(row, SELECTORS.reactionChip.css).find(
      (chip) => (chip.getAttribute('aria-pressed') === 'true') === pressed && sameEmoji(glyphOf(chip), emoji),
    ) ?? null
  );
}

function glyphOf(el: Element): string | null {
  return el.getAttribute('data-emoji') ?? el.querySelector('img[alt]')?.getAttribute('alt') ?? null;
}

function findEntry(picker: Element, emoji: string): HTMLElement | null {
  return queryAllFirst(picker, EMOJI_ENTRY).find((e) => sameEmoji(glyphOf(e), emoji) && isVisible(e)) ?? null;
}

/** Types the emoji's name into the picker's search box, as a person would, and waits for the result. */
async function searchEntry(picker: HTMLElement, emoji: string): Promise<HTMLElement | null> {
  const input = queryFirst<HTMLInputElement>(picker, EMOJI_SEARCH);
  if (!input) return null;
  input.focus();
  typeInto(input, emojiSearchTerm(emoji));
  return waitFor(() => findEntry(picker, emoji), { root: picker });
}
