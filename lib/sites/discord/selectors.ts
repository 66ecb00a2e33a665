/**
 * Every selector Tact uses on Discord. Discord's class names are hashed per build
 * (`message__5126c`, in 2026 `_5e434347c823b592-guilds`), so the stable hooks are element ids
 * (`chat-messages-<channel>-<message>`, `message-content-<id>`), `data-list-id`, `data-slate-*` and
 * `role`; aria-labels are localized and only ever one hook among several; `[class*=…]` comes last.
 */
import type { SelectorList } from '../dom';
import type { SelectorTable } from '../health';

export const SELECTORS = {
  messageList: { css: ['ol[data-list-id="chat-messages"]', '[data-list-id="chat-messages"]', 'ol[class*="scrollerInner"]'], required: true },
  message: { css: ['li[id^="chat-messages-"]', 'li[data-list-item-id^="chat-messages___"]', 'li[class*="messageListItem"]'], required: true },
  messageContent: { css: ['[id^="message-content-"]', 'div[class*="messageContent"]'] },
  author: { css: ['[id^="message-username-"]', 'h3 [class*="username"]'] },
  timestamp: { css: ['time[id^="message-timestamp-"]', 'li[id^="chat-messages-"] time[datetime]'] },
  replyContext: { css: ['[id^="message-reply-context-"]', 'div[class*="repliedMessage"]'] },
  composer: {
    css: ['div[role="textbox"][data-slate-editor="true"]', '[data-slate-editor="true"][contenteditable="true"]', 'div[class*="slateTextArea"][contenteditable="true"]'],
    required: true,
  },
  reactions: { css: ['[id^="message-reactions-"]', '[role="group"][class*="reactions"]'] },
  reactionPill: { css: ['[id^="message-reactions-"] [role="button"][aria-pressed]', '[class*="reaction"] [role="button"][aria-pressed]'] },
  userArea: { css: ['section[aria-label="User area"]', 'section[class*="panels"]'] },
  userAvatar: { css: ['section[aria-label="User area"] img[src*="/avatars/"]', 'section[class*="panels"] img[src*="/avatars/"]'] },
} satisfies SelectorTable;

/** Within a message: the author's name (the `data-text` attribute, or the text). */
export const USERNAME: SelectorList = ['[class*="username"][data-text]', '[class*="username"]'];
/** Avatars carry the user id: `cdn.discordapp.com/avatars/<userId>/<hash>`. */
export const AVATAR: SelectorList = ['img[src*="/avatars/"]'];
/** Inside message content: things that are not the message's words. */
export const CONTENT_NOISE = 'time, [class*="timestamp"], [class*="edited"]';
/** A message that mentions the current user (Discord highlights it). */
export const MENTIONED = '[class*="mentioned"]';
export const MENTION: SelectorList = ['span.mention', '[class*="mention"][role="button"]'];
/** The user area's display name. */
export const USER_NAME: SelectorList = ['[class*="panelTitleContainer"]', '[class*="nameTag"] [class*="title"]'];

/** The hover toolbar (rendered only while the message is hovered) and its add-reaction button. */
export const ADD_REACTION: SelectorList = [
  '[role="group"] [role="button"][aria-label="Add Reaction"]',
  '[role="group"] [role="button"][aria-label="Ajouter une réaction"]',
  '[role="group"] [role="button"][aria-label="Reaktion hinzufügen"]',
  '[role="group"] [role="button"][aria-label="Añadir reacción"]',
  '[role="group"] [role="button"][aria-label="Adicionar reação"]',
  '[role="group"] [role="button"][aria-label="Aggiungi reazione"]',
  // Language-neutral: the first popout button of the hover bar is Add Reaction.
  '[class*="buttonContainer"] [role="group"] [role="button"][aria-expanded]',
];
/** The emoji picker, a layer outside the message. */
export const PICKER_CELL: SelectorList = ['#emoji-picker-tab-panel li[role="gridcell"]', 'li[role="gridcell"]'];
export const PICKER_SEARCH: SelectorList = ['#emoji-picker-tab-panel input', '[id^="emoji-picker"] input[type="text"]'];
/** An accessibility setting adds a send button; by default Enter sends. */
export const SEND_BUTTON: SelectorList = ['button[aria-label="Send Message"]', 'button[aria-label="Envoyer le message"]', '[class*="sendButton"]'];

/** The picker's cell for an emoji, by Discord name first, then by glyph. */
export function pickerEmoji(name: string, glyph: string): SelectorList {
  return [
    `li[role="gridcell"] [data-name="${name}"]`,
    `li[role="gridcell"] [aria-label=":${name}:"]`,
    `li[role="gridcell"] img[alt="${glyph}"]`,
    `li[role="gridcell"] img[alt=":${name}:"]`,
  ];
}

/** The message body inside a list row. */
export const MESSAGE_ARTICLE = '[role="article"]';
