/**
 * Reacting through Discord's own UI: click an existing pill when others used the emoji already,
 * otherwise hover the message, open Add Reaction and pick the emoji; then wait for the user's pill.
 */
import { isVisible, queryAllFirst, queryFirst, waitFor } from '../dom';
import { sameEmoji } from '../emoji';
import { hover, humanClick, pressEscape } from '../gestures';
import { reactThrough, type ReactionFailure } from '../reaction';
import type { MessageRef, ReactionResult } from '../types';
import { discordEmojiName } from './emoji-names';
import { ADD_REACTION, PICKER_CELL, PICKER_SEARCH, pickerEmoji, SELECTORS } from './selectors';

export async function react(doc: Document, target: MessageRef, emoji: string): Promise<ReactionResult> {
  const row = findRow(doc, target);
  if (!row) return { ok: false, reason: 'no-target' };
  return reactThrough({
    own: () => ownPill(findRow(doc, target), emoji),
    others: () => pillFor(row, emoji),
    pick: () => pickFromPicker(doc, row, emoji),
    root: doc.documentElement,
  });
}

async function pickFromPicker(doc: Document, row: HTMLElement, emoji: string): Promise<true | ReactionFailure> {
  hover(row);
  const button = await waitFor(() => queryFirst(row, ADD_REACTION), { root: row });
  if (!button) return 'no-reaction-ui';
  humanClick(button);
  const picker = await waitFor(() => queryFirst(doc, PICKER_CELL), { root: doc.body });
  if (!picker) return 'no-reaction-ui';
  const name = discordEmojiName(emoji) ?? '';
  let cell = queryFirst(doc, pickerEmoji(name, emoji));
  if (!cell && name) cell = await searchPicker(doc, name, emoji);
  if (!cell) {
    if (doc.activeElement) pressEscape(doc.activeElement);
    return 'emoji-not-found';
  }
  humanClick(cell.closest('button') ?? cell);
  return true;
}

/** The picker renders only part of its grid; its search box brings any emoji into view. */
async function searchPicker(doc: Document, name: string, glyph: string): Promise<HTMLElement | null> {
  const input = queryFirst<HTMLInputElement>(doc, PICKER_SEARCH);
  if (!input) return null;
  input.focus();
  input.select();
  if (!doc.execCommand('insertText', false, name)) {
    input.value = name;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  return waitFor(() => queryFirst<HTMLElement>(doc, pickerEmoji(name, glyph)), { root: doc.body });
}

function findRow(doc: Document, target: MessageRef): HTMLElement | null {
  const id = target.messageId;
  if (!/^\d+$/.test(id)) return null;
  const rows = [
    doc.getElementById(`chat-messages-${target.conversationId}-${id}`),
    doc.getElementById(`chat-messages-${id}`),
    ...queryAllFirst(doc, [`li[id$="-${id}"]`, `[data-list-item-id$="-${id}"]`]),
  ];
  return (rows.find((row) => row && row.matches(SELECTORS.message.css.join(',')) && isVisible(row)) as HTMLElement | undefined) ?? null;
}

function pills(row: Element | null): HTMLElement[] {
  return queryAllFirst(row, SELECTORS.reactionPill.css);
}

/** A pill shows its emoji as an image (alt = glyph or :name:) and starts its label with it. */
function pillFor(row: Element | null, emoji: string): HTMLElement | null {
  const name = discordEmojiName(emoji);
  return (
    pills(row).find((pill) => {
      const alt = pill.querySelector('img')?.getAttribute('alt') ?? '';
      const label = (pill.getAttribute('aria-label') ?? '').split(',')[0]!.trim();
      return sameEmoji(alt, emoji) || sameEmoji(label, emoji) || (name !== null && alt === `:${name}:`);
    }) ?? null
  );
}

function ownPill(row: Element | null, emoji: string): HTMLElement | null {
  const pill = pillFor(row, emoji);
  return pill?.getAttribute('aria-pressed') === 'true' ? pill : null;
}
