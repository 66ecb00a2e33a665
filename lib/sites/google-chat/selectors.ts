import type { SelectorList } from '../dom';
import type { SelectorTable } from '../health';

/**
 * Every Google Chat selector. Stable hooks are `data-*` and `jsname`; aria-labels are localized
 * ("Add reaction" / "Reaktion hinzufügen") so they only ever follow a stable hook. Classes
 * (`nF6pT`, `DTp27d`, `FvYVyf`) are obfuscated and come last. See /work/shared/SITES.md §5.
 */
export const SELECTORS = {
  /** The conversation area: the adapter's observe root. */
  main: { css: ['div[role=main]', '[data-stack-panes]'], required: true },
  topic: { css: ['c-wiz[data-topic-id]', '[data-topic-id][data-local-sort-time-msec]'], required: true },
  message: { css: ['[data-id][data-user-id][role=group]', 'div[data-id][data-user-id]', '.nF6pT[data-id]'], required: true },
  /** Absent on follow-ups from the same sender. */
  sender: { css: ['[role=heading][data-member-id]', 'span[aria-level="3"][data-member-id]'] },
  body: { css: ['[jsname=bgckF]', '.DTp27d.QIJiHb'] },
  timestamp: { css: ['[data-absolute-timestamp]', '.FvYVyf'] },
  /** People as Google links them (avatars, mention chips): `data-hovercard-id` is the email. */
  person: { css: ['[data-hovercard-id][data-name]', '[data-hovercard-id]'] },
  composer: {
    css: [
      'c-wiz[data-is-room-compose-postbar=true] div[role=textbox][contenteditable=true][g_editable=true]',
      'c-wiz[data-is-room-compose-postbar] [role=textbox][contenteditable=true]',
      '[role=region] div[role=textbox][contenteditable=true][g_editable=true]',
    ],
    required: true,
  },
  sendButton: { css: ['c-wiz[data-is-room-compose-postbar] [jsname=GBTyxb]', 'c-wiz[data-is-room-compose-postbar] [role=button][aria-label][data-tooltip-id]'] },
  addReaction: { css: ['[role=toolbar] [data-emoji-picker-button-id]', '[role=toolbar] [aria-label="Add reaction"]', '[role=toolbar] [aria-label="Reaktion hinzufügen"]'] },
  reactionChip: { css: ['[role=button][aria-pressed][data-emoji]', '[data-id] [role=button][aria-pressed]:has(img[alt])'] },
  conversationItem: { css: ['span[role=listitem][data-group-id]', '[role=navigation] [data-group-id]'] },
  account: {
    css: ['header a[href^="https://accounts.google.com/SignOutOptions"]', 'a[aria-label^="Google Account"]', 'a[aria-label^="Google-Konto"]'],
  },
} satisfies SelectorTable;

/** The composer region, where its send button lives. */
export const POSTBAR: SelectorList = ['c-wiz[data-is-room-compose-postbar]', '[role=region]'];

/** A container that says which conversation it shows. Nav items carry the same attribute and are skipped. */
export const CONVERSATION: SelectorList = ['c-wiz[data-group-id]', '[data-group-id]:not([role=listitem])'];

/** Send, by localized label, when the jsname hook has changed. */
export const SEND_BY_LABEL: SelectorList = ['[aria-label="Send message"]', '[aria-label="Nachricht senden"]'];

export const EMOJI_PICKER: SelectorList = ['[role=dialog][data-emoji-picker-id]', '[role=dialog]:has([data-emoji])'];
export const EMOJI_SEARCH: SelectorList = ['input[type=text]', 'input'];
export const EMOJI_ENTRY: SelectorList = ['[role=option][data-emoji]', '[data-emoji]'];
