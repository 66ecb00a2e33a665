import type { SelectorList } from '../dom';
import type { SelectorTable } from '../health';

/**
 * Every selector of Microsoft Teams (v2 web: teams.microsoft.com/v2, teams.cloud.microsoft, teams.live.com).
 * `data-tid` is Teams' stable layer; Fluent `fui-*` classes come next; aria-labels are localized and
 * never the only hook. Comma lists are unions (all matches in document order); array entries are
 * fallbacks tried in turn. Confidence per SITES.md: V = seen in a dated dump, P = seen in the wild,
 * U = modelled, unconfirmed.
 */

/** Messages Tact reads: one `[data-mid]` element per message (chat bubble, channel post, thread reply). */
const MESSAGE = [
  '[data-tid="chat-pane-message"][data-mid], [data-tid="post-message-renderer"][data-mid], [data-tid="channel-replies-pane-message"][data-mid]', // V chat, P channel
  '[data-mid]',
];

export const SELECTORS = {
  /** The CKEditor 5 editable of every composer (chat, channel post, thread reply). V */
  composer: {
    css: [
      'div[data-tid="ckeditor"][contenteditable="true"][role="textbox"]',
      '[data-tid="ckeditor"][contenteditable="true"]',
      'div.ck-editor__editable[contenteditable="true"][role="textbox"]',
    ],
    required: true,
  },
  /** Send buttons: chat and new posts use newMessageCommands-send, some layouts sendMessageCommands-send. V */
  sendButton: { css: ['button[data-tid="newMessageCommands-send"], button[data-tid="sendMessageCommands-send"]', 'button[name="send"]'] },
  /** The scrolling message lists: a chat, or a channel's posts. V chat, P channel */
  messagePane: {
    css: ['[data-tid="message-pane-list-viewport"], [data-tid="channel-pane-viewport"]', '[role="log"]'],
    required: true,
  },
  /** A channel thread's replies pane. P */
  threadPane: { css: ['[data-tid="channel-replies-viewport"]'] },
  message: { css: MESSAGE, required: true },
  messageBody: { css: ['[data-tid="messageBodyContent"], [data-tid="message-body"]', 'div[id^="content-"]', '[data-message-content]'] },
  /** Only on the first message of a run. V */
  authorName: { css: ['[data-tid="message-author-name"]', 'span[id^="author-"]'] },
  timestamp: { css: ['time[datetime]', '[id^="timestamp-"]'] },
  ownMessage: { css: ['.fui-ChatMyMessage', '[class*="ChatMyMessage"]'] },
  quotedReply: { css: ['[data-tid="quoted-reply-card"]'] },
  controlMessage: { css: ['[data-tid="control-message-renderer"]'] },
  reactionPill: { css: ['button[data-tid="diverse-reaction-pill-button"]'] },
  /** Open chat's header; Teams keeps hidden stale copies of it. V */
  chatTitle: { css: ['[data-tid="chat-title"]', 'header [data-tid="header-chat-title"]'] },
  channelTitle: { css: ['[data-tid="channelTitle-text"]'] },
  /** The open conversation in the chat/channel tree. V (tree), P (ids on tree items) */
  selectedConversation: { css: ['[role="tree"] [role="treeitem"][aria-selected="true"]', '[role="treeitem"][aria-selected="true"]'] },
  /** The signed-in user's avatar button. P */
  meControl: { css: ['[data-tid="me-control-avatar-trigger"]', '#idna-me-control-avatar-trigger'] },
} satisfies SelectorTable;

/** Smallest stable container holding the message lists and composers. U */
export const OBSERVE_ROOT: SelectorList = ['[data-tid="app-layout-area--main"]', '[role="main"]', '#app'];

export const MESSAGE_ELEMENT: SelectorList = MESSAGE;
/** The element around one message that holds its header, avatar and reactions. */
export const MESSAGE_ITEM: SelectorList = [
  '[data-tid="chat-pane-item"], [data-tid="channel-replies-pane-message"], [data-tid="post-message-renderer"]',
];
export const CHAT_VIEWPORT: SelectorList = ['[data-tid="message-pane-list-viewport"]'];
export const CHANNEL_VIEWPORT: SelectorList = ['[data-tid="channel-pane-viewport"]'];
export const THREAD_VIEWPORT: SelectorList = ['[data-tid="channel-replies-viewport"]'];
/** Any message list, for carrying a run's author forward within one list. */
export const ANY_VIEWPORT: SelectorList = [
  '[data-tid="message-pane-list-viewport"], [data-tid="channel-pane-viewport"], [data-tid="channel-replies-viewport"], [role="log"]',
];
/** A channel post with its inline replies (an inline reply box answers this post). P */
export const CHANNEL_POST: SelectorList = ['[data-tid="channel-pane-message"]'];
export const AVATAR_IMAGE: SelectorList = ['img[src*="/users/8:"]', '[data-tid="message-avatar"] img'];
/** @mentions in a message body; Teams renders them with the Skype mention schema. P */
export const MENTION: SelectorList = ['[itemtype="http://schema.skype.com/Mention"]', '[data-tid="at-mention"]'];
/** Teams' thread ids: 1:1 chats end in @unq.gbl.spaces, group chats @thread.v2, channels @thread.tacv2/skype. */
export const THREAD_ID_ATTRIBUTES = ['id', 'data-item-id', 'data-thread-id', 'data-conversation-id'] as const;

/** The hover action bar (a portal) and the reaction picker. V */
export const ACTIONS = {
  container: ['[data-tid="message-actions-container"]'],
  quickPrefix: 'message-actions-',
  quick: ['[data-tid="message-actions-container"] button[data-tid^="message-actions-"]'],
  pickerEntry: ['[data-tid="expanded-reactions-picker-entry"]'],
  pickerButton: ['[data-tid^="emoticon-button-"]'],
  pickerPrefix: 'emoticon-button-',
  pillEmoji: ['[data-tid="emoticon-renderer"] img', 'img[alt]'],
} as const;

/** The avatar image inside the me-control, labelled with the user's name. */
export const ME_AVATAR_IMAGE = '[role="img"][aria-label]';
