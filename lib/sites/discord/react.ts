/**
 * Reacting through Discord's own UI: click an existing pill when others used the emoji already,
 * otherwise hover the message, open Add Reaction and pick the emoji; then wait for the user's pill.
 */
import { hover, humanClick, isVisible, queryAllFirst, queryFirst, waitFor } from '../dom';
import type { MessageRef, ReactionResult } from '../types';
import { discordEmojiName, sameEmoji } from './emoji-names';
import { ADD_REACTION, PICKER_CELL, PICKER_SEARCH, pickerEmoji, SELECTORS } from './selectors';

export async function react(doc: Document, target: MessageRef, emoji: string): Promise<ReactionResult> {
  try {
    const row = findRow(doc, target);
    if (!row) return { ok: false, reason: 'no-target' };
    const undo = () => removeOwn(doc, target, emoji);
    if (ownPill(row, emoji)) return { ok: true, undo: async () => true };
    const existing = pillFor(row, emoji);
    if (existing) {
      humanClick(existing);
    } else {
      const picked = await pickFromPicker(doc, row, emoji);
      if (picked !== true) return { ok: false, reason: picked };
    }
    const mine = await waitFor(() => ownPill(findRow(doc, target), emoji), { root: doc.documentElement });
    return mine ? { ok: true, undo } : { ok: false, reason: 'no-reaction-ui' };
  } catch {
    return { ok: false, reason: 'no-reaction-ui' };
  }
}

async function pickFromPicker(doc: Document, row: HTMLElement, emoji: string): Promise<true | 'no-reaction-ui' | 'emoji-not-found'> {
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
    doc.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
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

async function removeOwn(doc: Document, target: MessageRef, emoji: string): Promise<boolean> {
  try {
    const pill = ownPill(findRow(doc, target), emoji);
    if (!pill) return true;
    humanClick(pill);
    return Boolean(await waitFor(() => !ownPill(findRow(doc, target), emoji), { root: doc.documentElement }));
  } catch {
    return false;
  }
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
