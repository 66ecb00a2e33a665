import { closestOf, hover, humanClick, isVisible, queryAllFirst, queryFirst, waitFor } from '../dom';
import type { MessageRef, ReactionResult } from '../types';
import { slackEmojiNames } from './emoji';
import { parseConversationId } from './ids';
import { ADD_REACTION, EMOJI_PICKER, EMOJI_SEARCH, MESSAGE_HOVER, SELECTORS, emojiEntry, pillEmoji } from './selectors';

/**
 * Reacts as a person does: hover the message (Slack renders its action bar only then), "Add
 * reaction", the emoji in Slack's picker (searched by name when not on its first page), then the
 * user's own pill (aria-pressed=true) appears. Undo clicks that pill, which toggles it off.
 */
export async function reactOnSlack(doc: Document, target: MessageRef, emoji: string): Promise<ReactionResult> {
  const names = slackEmojiNames(emoji);
  const message = () => findMessage(doc, target);
  const el = message();
  if (!el) return { ok: false, reason: 'no-target' };
  if (!names.length) return { ok: false, reason: 'emoji-not-found' };

  const mine = () => pillOf(message(), names, true);
  const undo = async () => {
    const pill = mine();
    if (!pill) return true;
    humanClick(pill);
    return (await waitFor(() => !mine(), { root: doc.body })) === true;
  };
  // Already reacted before Tact acted: nothing of Tact's to undo.
  if (mine()) return { ok: true, undo: async () => true };

  // Someone else's pill with this emoji: clicking it adds the user's reaction, as in Slack.
  const others = pillOf(el, names, false);
  if (others) {
    humanClick(others);
  } else {
    const picked = await pickEmoji(doc, el, names);
    if (picked !== 'ok') return { ok: false, reason: picked };
  }
  return (await waitFor(mine, { root: doc.body })) ? { ok: true, undo } : { ok: false, reason: 'no-reaction-ui' };
}

async function pickEmoji(doc: Document, el: HTMLElement, names: readonly string[]): Promise<'ok' | 'no-reaction-ui' | 'emoji-not-found'> {
  hover(queryFirst(el, MESSAGE_HOVER) ?? el);
  const button = await waitFor(() => queryAllFirst(el, ADD_REACTION).find(isVisible), { root: el });
  if (!button) return 'no-reaction-ui';
  humanClick(button);
  const picker = await waitFor(() => queryAllFirst(doc, EMOJI_PICKER).find(isVisible), { root: doc.body });
  if (!picker) return 'no-reaction-ui';
  const entry = findEntry(picker, names) ?? (await searchEntry(doc, picker, names));
  if (!entry) {
    picker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', keyCode: 27, bubbles: true }));
    return 'emoji-not-found';
  }
  humanClick(entry);
  return 'ok';
}

/** The message by ts, in the thread pane for a thread's conversation, else in the channel pane. */
function findMessage(doc: Document, target: MessageRef): HTMLElement | null {
  const { threadTs } = parseConversationId(target.conversationId);
  const candidates = queryAllFirst(doc, SELECTORS.message.css).filter(
    (el) => el.getAttribute('data-msg-ts') === target.messageId && isVisible(el),
  );
  return candidates.find((el) => !!closestOf(el, SELECTORS.threadPane.css) === !!threadTs) ?? candidates[0] ?? null;
}

/** The pill for one of these names, pressed (the user's) or not. */
function pillOf(message: Element | null, names: readonly string[], pressed: boolean): HTMLElement | null {
  if (!message) return null;
  return (
    queryAllFirst(message, SELECTORS.reaction.css).find(
      (pill) => (pill.getAttribute('aria-pressed') === 'true') === pressed && names.some((n) => queryFirst(pill, pillEmoji(n))),
    ) ?? null
  );
}

function findEntry(picker: Element, names: readonly string[]): HTMLElement | null {
  for (const name of names) {
    const entry = queryAllFirst(picker, emojiEntry(name)).find(isVisible);
    if (entry) return entry;
  }
  return null;
}

/** Types the name into the picker's search box as a person would and waits for the entry. */
async function searchEntry(doc: Document, picker: HTMLElement, names: readonly string[]): Promise<HTMLElement | null> {
  const input = queryFirst<HTMLInputElement>(picker, EMOJI_SEARCH);
  if (!input) return null;
  input.focus();
  // The native setter, so React's value tracking sees the change.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, names[0]);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: names[0] }));
  return waitFor(() => findEntry(picker, names), { root: picker });
}
