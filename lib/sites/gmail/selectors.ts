import type { SelectorList } from '../dom';
import type { SelectorTable } from '../health';
import { SELECTORS as CHAT } from '../google-chat/selectors';

/**
 * Every Gmail selector, stable hooks first (role, aria-*, data-*, name=, g_editable, email=), Gmail's
 * obfuscated but long-lived classes last. aria-label and data-tooltip are localized, so a label is
 * never the only hook. Sources and confidence: /work/shared/SITES.md §1.
 */
export const SELECTORS = {
  /** The app's main pane: the thread view or the thread list. */
  main: { css: ['div[role=main]'], required: true },
  /** The Google bar's account button; its label holds the user's name and email. */
  account: {
    css: [
      '[role=banner] a[aria-label][href^="https://accounts.google.com/SignOutOptions"]',
      '[role=banner] a[aria-label][href^="https://myaccount.google."]',
      'a[aria-label^="Google Account"]',
    ],
    required: true,
  },
  /** Messages of the open thread, or else the thread rows of a list (inbox, search), or else Chat's message rows. */
  items: {
    css: ['div[role=main] div[role=list] > div[role=listitem]', 'div[role=main] [gh=tl] tr.zA', 'c-wiz[data-topic-id] [data-id][data-user-id]'],
    required: true,
  },
  /** Subject of a thread view; stale hidden copies of earlier threads stay in the DOM. */
  threadSubject: { css: ['h2.hP[data-thread-perm-id]', 'h2[data-thread-perm-id]'] },
  /** A message in a thread, expanded or collapsed. */
  message: { css: ['div[role=listitem] [data-message-id]', '[data-message-id][data-legacy-message-id]'] },
  expandedMessage: { css: ['div.adn[data-message-id]', 'div.ads[data-message-id]'] },
  sender: { css: ['h3.iw span[email]', 'td.gF span[email]', 'span.gD[email]'] },
  recipients: { css: ['span.hb span[email]'] },
  timestamp: { css: ['span.g3[title]', '.gK [title]'] },
  body: { css: ['div.ii.gt div.a3s', 'div.ii.gt', '.adP'] },
  snippet: { css: ['div.adf .iA.g6', '.iA.g6'] },
  /** The compose region of a new message, popup reply or inline reply. */
  composeRegion: { css: ['div.M9 div.aoI[role=region]', 'div.M9 [role=region]', 'div.M9'] },
  editor: {
    css: ['div[g_editable=true][role=textbox][contenteditable=true]', 'div.Am.editable[contenteditable=true]'],
  },
  replyToInput: { css: ['input[name=rm]'] },
  threadInput: { css: ['input[name=rt]'] },
  sendButton: {
    css: ['.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])', 'div.T-I.aoO[role=button]'],
  },
  /** The reaction button in an expanded message's header (its label is localized, its classes are not). */
  reactionButton: {
    css: ['td.gH div[role=button]:has(> img.qfynfc)', 'div.R1Zuwf[role=button]', 'div[role=button][aria-label="Add reaction"]'],
  },
  reactionChip: { css: ['[role=button][aria-pressed][data-emoji]', 'div.adn [role=button][aria-pressed]'] },
  // Google Chat shown inside Gmail (#chat/…): Chat's own DOM, optional since most Gmail pages are mail.
  // Lists are Chat's, minus the fallbacks that would also match Gmail's mail (its compose region, its chips).
  chatTopic: { css: CHAT.topic.css },
  chatMessage: { css: CHAT.message.css },
  chatSender: { css: CHAT.sender.css },
  chatBody: { css: CHAT.body.css },
  chatTimestamp: { css: CHAT.timestamp.css },
  chatComposer: { css: CHAT.composer.css.filter((css) => css.startsWith('c-wiz[data-is-room-compose-postbar')) },
  chatSendButton: { css: CHAT.sendButton.css },
  chatAddReaction: { css: CHAT.addReaction.css },
  chatReactionChip: { css: ['[data-id][data-user-id] [role=button][aria-pressed][data-emoji]'] },
  chatConversationItem: { css: CHAT.conversationItem.css },
} satisfies SelectorTable;

/** Chat's postbar: a composer inside it belongs to Chat, not to Gmail's mail. */
export const CHAT_POSTBAR: SelectorList = ['c-wiz[data-is-room-compose-postbar]'];
/** Chat rendered in the page: its topics or its postbar. */
export const CHAT_SHOWN: SelectorList = ['c-wiz[data-topic-id]', 'c-wiz[data-is-room-compose-postbar]'];

/** Parts of a body or a draft that are not the writer's new words. */
export const QUOTED = '.gmail_quote, .gmail_extra, blockquote, .yj6qo, .adL';
export const SIGNATURE = '.gmail_signature, .gmail_signature_prefix, [data-smartmail=gmail_signature]';

/** Containers a composer belongs to, innermost first: the compose region, its .M9, a popup. */
export const COMPOSE_ROOT: SelectorList = ['div.M9', 'div[role=region].aoI', 'form.bAs'];
/** An inline reply sits in the .ip of the message it answers. */
export const INLINE_REPLY: SelectorList = ['.ip', '.AO .adB'];
export const LIST_ITEM: SelectorList = ['div[role=listitem]', '.h7, .kv, .kQ, .kx'];
/** Thread rows of a list, and the ids they carry. */
export const THREAD_ROW_ID: SelectorList = ['[data-thread-id][data-legacy-last-message-id]', '[data-thread-id]'];
export const ROW: SelectorList = ['tr.zA[role=row]', 'tr.zA'];
export const ROW_SENDER: SelectorList = ['.yW span[email]', 'span.zF[email], span.yP[email]'];
export const ROW_DATE: SelectorList = ['td.xW span[title]', 'td.xW [title]'];
/** Recipient chips of a compose window (peoplekit, then classic). */
export const COMPOSE_TO: SelectorList = ['div[name=to] [data-hovercard-id]', 'div[name=to] .vR [email]'];

/** The emoji picker Gmail opens from the reaction button (unconfirmed, SITES.md: U). */
export const PICKER: SelectorList = ['[role=dialog]:has([role=button][aria-label], [data-emoji])', '[role=dialog]'];
export const PICKER_CELL: SelectorList = ['[data-emoji]', '[role=button][aria-label]', '[role=gridcell]', '[role=option]'];
export const PICKER_SEARCH: SelectorList = ['input[type=search]', '[role=searchbox]', 'input[type=text]', 'input'];
