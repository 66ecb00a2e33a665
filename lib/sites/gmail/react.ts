import { isVisible, queryAllFirst, queryFirst, waitFor } from '../dom';
import { bareEmoji, emojiSearchTerm } from '../emoji';
import { humanClick, pressEscape, typeInto } from '../gestures';
import { reactThrough, type ReactionFailure } from '../reaction';
import type { MessageRef, ReactionResult } from '../types';
import { findMessage } from './messages';
import { PICKER, PICKER_CELL, PICKER_SEARCH, SELECTORS } from './selectors';

/**
 * Reacts the way a person does: the message's reaction button, Gmail's emoji picker (searched when
 * the emoji is not on its first page), then the user's own chip appearing under the message.
 * Gmail disables the button for some messages (sent to a group, too many recipients).
 */
export async function reactToMessage(doc: Document, target: MessageRef, emoji: string): Promise<ReactionResult> {
  const message = () => findMessage(doc, target.messageId);
  const el = message();
  if (!el) return { ok: false, reason: 'no-target' };
  const button = queryFirst(el, SELECTORS.reactionButton.css);
  if (!button || !isVisible(button)) return { ok: false, reason: 'no-reaction-ui' };
  if (button.getAttribute('aria-disabled') === 'true') return { ok: false, reason: 'not-allowed' };
  return reactThrough({ own: () => ownChip(message(), emoji), pick: () => pickEmoji(doc, button, emoji), root: doc.body });
}

async function pickEmoji(doc: Document, button: Element, emoji: string): Promise<true | ReactionFailure> {
  humanClick(button);
  const picker = await waitFor(() => openPicker(doc), { root: doc.body });
  if (!picker) return 'no-reaction-ui';
  const cell = findCell(picker, emoji) ?? (await searchCell(doc, picker, emoji));
  if (!cell) {
    pressEscape(picker);
    return 'emoji-not-found';
  }
  humanClick(cell);
  return true;
}

/** The user's own chip for this emoji under the message (aria-pressed=true). */
export function ownChip(message: Element | null, emoji: string): HTMLElement | null {
  if (!message) return null;
  const chips = queryAllFirst(message, SELECTORS.reactionChip.css);
  return chips.find((chip) => chip.getAttribute('aria-pressed') === 'true' && showsEmoji(chip, emoji)) ?? null;
}

function openPicker(doc: Document): HTMLElement | null {
  return queryAllFirst(doc, PICKER).find((el) => isVisible(el)) ?? null;
}

/** The emoji a cell or chip shows first, by data-emoji, label, image alt or text ("👍 2" → "👍"). */
function showsEmoji(el: Element, emoji: string): boolean {
  const bare = bareEmoji(emoji);
  const name = emojiSearchTerm(emoji).toLowerCase();
  const values = [
    el.getAttribute('data-emoji'),
    el.getAttribute('aria-label'),
    el.querySelector('img[alt]')?.getAttribute('alt'),
    el.textContent,
  ];
  return values.some((v) => !!v && (leadingEmoji(v) === bare || v.trim().toLowerCase() === name));
}

const LEADING_EMOJI = /^\s*(\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200D|\uFE0E|\uFE0F|\u20E3)*)/u;

function leadingEmoji(text: string): string {
  return bareEmoji(LEADING_EMOJI.exec(text)?.[1] ?? '');
}

function findCell(picker: Element, emoji: string): HTMLElement | null {
  for (const selector of PICKER_CELL) {
    const cell = queryAllFirst(picker, [selector]).find((el) => showsEmoji(el, emoji) && isVisible(el));
    if (cell) return cell;
  }
  return null;
}

/**
 * Types into the picker's search box as a person would: the emoji's English name, then the glyph
 * itself (a picker in another language may not know the English name).
 */
async function searchCell(doc: Document, picker: HTMLElement, emoji: string): Promise<HTMLElement | null> {
  const input = queryFirst<HTMLInputElement>(picker, PICKER_SEARCH);
  if (!input) return null;
  input.focus();
  for (const term of new Set([emojiSearchTerm(emoji), emoji])) {
    typeInto(input, term);
    const cell = await waitFor(() => findCell(picker, emoji), { root: picker, timeout: 1000 });
    if (cell) return cell;
  }
  return null;
}
