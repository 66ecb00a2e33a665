import type { SelectorList } from '../dom';
import type { SelectorTable } from '../health';

/**
 * Every Slack selector. `data-qa` is Slack's stable test layer, so it comes first; class names
 * (`c-*`, `p-*`) are the fallback. See /work/shared/SITES.md §2 for where each one was seen.
 */
export const SELECTORS = {
  /** The client layout around both panes: the adapter's observe root. */
  workspace: { css: ['.p-client_workspace', '.p-client_container'], required: true },
  messagePane: { css: ['[data-qa=message_pane]', '.p-message_pane'], required: true },
  /** The channel's message list, virtualized (~50 rendered rows). */
  messageList: { css: ['[data-qa=message_pane] [role=list]', '.p-message_pane .c-virtual_list__scroll_container'], required: true },
  message: { css: ['[data-qa=message_container][data-msg-ts]', '.c-message_kit__message[data-msg-ts]'], required: true },
  messageText: { css: ['[data-qa=message-text]', '.c-message__message_blocks'] },
  /** Absent on grouped follow-ups: those inherit the previous sender. */
  sender: { css: ['[data-qa=message_sender_name][data-message-sender]', 'button.c-message__sender_button[data-message-sender]'] },
  timestamp: { css: ['a.c-timestamp[data-ts]', 'a[data-ts][href*="/archives/"]'] },
  mention: { css: ['a.c-member_slug[data-member-id]', '[data-member-id][data-member-label]'] },
  composer: {
    css: [
      '[data-qa=message_input] .ql-editor[contenteditable=true]',
      '.ql-container[data-message-input=true] [role=textbox][contenteditable=true]',
      '.c-texty_input__container [role=textbox][contenteditable=true]',
    ],
    required: true,
  },
  sendButton: { css: ['button[data-qa=texty_send_button]', 'button.c-wysiwyg_container__button--send', 'button.c-texty_input__button--send'] },
  threadPane: { css: ['[data-qa=threads_flexpane]', '.p-flexpane .p-threads_flexpane__content'] },
  reactionBar: { css: ['[data-qa=reaction_bar]', '.c-reaction_bar'] },
  reaction: { css: ['button[data-qa=reactji]', 'button.c-reaction'] },
  selectedChannel: {
    css: ['[data-qa=channel-sidebar-channel][data-qa-channel-sidebar-channel-is-selected=true]', '.p-channel_sidebar__channel--selected'],
  },
  userButton: { css: ['button[data-qa=user-button]', 'button.p-ia__nav__user__button'] },
  /** The "you" label on the self-DM in the sidebar. */
  selfLabel: { css: ['[data-qa=channel_sidebar_name_you]'] },
} satisfies SelectorTable;

/** Where a composer's own send button sits, nearest first. */
export const COMPOSER_FORM: SelectorList = ['.c-texty_input__container', 'form.p-message_input', '[data-qa=message_input_container]', '[data-qa=threads_flexpane]'];

/** The input container that carries the composer's channel. */
export const COMPOSER_INPUT: SelectorList = ['[data-qa=message_input][data-channel-id]', '.ql-container[data-channel-id]'];

/** The thread root inside the thread pane. */
export const THREAD_ROOT: SelectorList = ['.c-message_kit__thread_message--root[data-msg-ts]', '[data-qa=message_container].c-message_kit__thread_message--root'];

/** What a pointer hovers to make the action bar render. */
export const MESSAGE_HOVER: SelectorList = ['[data-qa-hover=true]', '.c-message_kit__hover'];

/** Add reaction: the hover bar's button, then the reaction bar's "+" button. */
export const ADD_REACTION: SelectorList = [
  'button[data-qa=add_reaction_action]',
  'button[data-qa=add_reaction_button]',
  '.c-message_actions__container button[aria-haspopup=true][aria-label*="eaction"]',
];

export const EMOJI_PICKER: SelectorList = ['[data-qa=emoji-picker]', '.p-emoji_picker', '[role=dialog] .c-emoji_picker'];
export const EMOJI_SEARCH: SelectorList = ['[data-qa=emoji_picker_input]', '.p-emoji_picker input[type=text]'];

/** A picker entry for one of Slack's emoji names, by its stable hooks. */
export function emojiEntry(name: string): SelectorList {
  return [
    `button[data-qa=emoji_list_item][data-name="${name}"]`,
    `button[data-name="${name}"]`,
    `button[data-name=":${name}:"]`,
    `button:has(> [data-stringify-emoji=":${name}:"])`,
  ];
}

/** The emoji image inside a reaction pill. */
export function pillEmoji(name: string): SelectorList {
  return [`[data-stringify-emoji=":${name}:"]`, `img[alt=":${name}:"]`];
}
