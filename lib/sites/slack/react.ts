import { closestOf, isVisible, queryAllFirst, queryFirst, waitFor } from '../dom';
import { hover, humanClick, pressEscape, typeInto } from '../gestures';
import { reactThrough, type ReactionFailure } from '../reaction';
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
  return reactThrough({
    own: () => pillOf(message(), names, true),
    // Someone else's pill with this emoji: clicking it adds the user's reaction, as in Slack.
    others: () => pillOf(el, names, false),
    pick: () => pickEmoji(doc, el, names),
    root: doc.body,
  });
}

async function pickEmoji(doc: Document, el: HTMLElement, names: readonly string[]): Promise<true | ReactionFailure> {
  hover(queryFirst(el, MESSAGE_HOVER) ?? el);
  const button = await waitFor(() => queryAllFirst(el, ADD_REACTION).find(isVisible), { root: el });
  if (!button) return 'no-reaction-ui';
  humanClick(button);
  const picker = await waitFor(() => queryAllFirst(doc, EMOJI_PICKER).find(isVisible), { root: doc.body });
  if (!picker) return 'no-reaction-ui';
  const entry = findEntry(picker, names) ?? (await searchEntry(doc, picker, names));
  if (!entry) {
    pressEscape(picker);
    return 'emoji-not-found';
  }
  humanClick(entry);
  return true;
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
  typeInto(input, names[0]!);
  return waitFor(() => findEntry(picker, names), { root: picker });
}
