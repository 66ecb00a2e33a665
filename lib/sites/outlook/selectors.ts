/**
 * Every selector Tact uses on Outlook on the web. OWA's classes are short per-build hashes (`dFCbN`), and
 * its aria-labels are localized ("Message body" / "Nachrichtentext"), so the stable hooks come first:
 * ids (`ReadingPaneContainerId`, `editorParent_N`, `Signature`, `divRplyFwdMsg`), `data-app-section`,
 * `data-convid`, `role`, and Fluent's `data-icon-name`; labels follow in several languages; classes last.
 * Rows marked U in SITES.md (item ids, reactions, the account flyout) are modelled, not seen: see the notes.
 */
import type { SelectorList } from '../dom';
import type { SelectorTable } from '../health';

export const SELECTORS = {
  mailList: { css: ['[role="listbox"][aria-activedescendant]', '[data-app-section="MessageList"] [role="listbox"]', 'div[role="listbox"]'], required: true },
  mailListItem: { css: ['[role="listbox"] [role="option"][data-convid]', '[role="option"][data-convid]'] },
  readingPane: {
    css: ['#ReadingPaneContainerId', '[data-app-section="MailReadingPaneContainerLive"]', '[data-app-section="ConversationContainer"]'],
    required: true,
  },
  conversation: { css: ['[data-app-section="ConversationContainer"]', '#ReadingPaneContainerId [data-convid]'] },
  subject: { css: ['[data-app-section="SubjectLine"] [role="heading"]', '#ReadingPaneContainerId [role="heading"][aria-level="2"]'] },
  /** One message of the open conversation. `data-item-id` is U: OWA's item-part markup is undocumented. */
  message: { css: ['[data-app-section="ConversationContainer"] [data-item-id]', '#ReadingPaneContainerId [data-item-id]', 'div:has(> [data-app-section="MessageHeader"])'] },
  messageHeader: { css: ['[data-app-section="MessageHeader"]'] },
  messageBody: {
    css: ['[role="document"][id^="UniqueMessageBody"]', 'div[role="document"].allowTextSelection', '#ReadingPaneContainerId [role="document"]', 'div[aria-label="Message body"]'],
  },
  sender: { css: ['[class*="SenderPersona"] [title*="@"]', '[data-app-section="MessageHeader"] button[title*="@"]', '[class*="SenderPersona"]'] },
  sentTime: { css: ['[data-testid="SentReceivedSavedTime"]'] },
  composer: {
    css: [
      'div[id^="editorParent"] > [role="textbox"][contenteditable="true"]',
      'div[role="textbox"][contenteditable="true"][aria-label^="Message body"]',
      'div[role="textbox"][contenteditable="true"][aria-label^="Nachrichtentext"]',
      'div[role="textbox"][contenteditable="true"].dFCbN',
    ],
  },
  sendButton: {
    css: [
      'button[aria-label="Send"]',
      'button[name="Send"]',
      'button[aria-label="Senden"]',
      'button[aria-label="Envoyer"]',
      '[role="toolbar"] button:has(i[data-icon-name="Send"])',
      '[role="toolbar"] button.ms-Button--primary',
    ],
  },
  reactButton: { css: ['button[aria-label="React"]', 'button[aria-label="Reagieren"]', 'button[aria-label="Réagir"]', 'button:has(i[data-icon-name="Emoji2"])'] },
  reactionChip: { css: ['[data-item-id] [role="group"] button[aria-pressed]', '[data-item-id] button[aria-pressed]'] },
  account: { css: ['#mectrl_currentAccount_secondary', '[role="treeitem"][aria-level="1"][title*="@"]'] },
} satisfies SelectorTable;

/** Parts of the body editor that are not the user's new words: signature, and all that follows the marker. */
export const QUOTED_PARTS = [
  '#Signature',
  '[id^="Signature"]',
  '#ms-outlook-mobile-signature',
  '#appendonsend',
  '#appendonsend ~ *',
  '#divRplyFwdMsg',
  '#divRplyFwdMsg ~ *',
].join(', ');
/** Quoted history inside a received body (Outlook prefixes ids with x_ when it re-renders mail). */
export const QUOTED_IN_BODY = '[id^="divRplyFwdMsg"], [id^="x_divRplyFwdMsg"], [id^="divRplyFwdMsg"] ~ *, [id^="x_divRplyFwdMsg"] ~ *';

/** The subject box of a full compose form. */
export const SUBJECT_INPUT: SelectorList = [
  'input[aria-label="Add a subject"]',
  'input[aria-label="Betreff hinzufügen"]',
  'input[aria-label="Ajouter un objet"]',
  'input[placeholder="Add a subject"]',
  'input[maxlength="255"]',
];
/** Where a compose form ends: the inline reply or the full-page / popped-out form. */
export const COMPOSE_ROOT: SelectorList = ['[data-app-section="MailReadCompose"]', '[data-app-section="MailCompose"]', '[role="dialog"]', 'form'];
/** The account flyout (MeControl) keeps the user's name next to the address. */
export const ACCOUNT_NAME: SelectorList = ['#mectrl_currentAccount_primary'];
/** The callout that opens from React. */
export const REACTION_MENU: SelectorList = ['.ms-Callout [role="menu"]', '[role="dialog"] [role="menu"]', '[role="menu"]'];

/** A persona element whose label holds an email address. */
export const EMAIL_LABELLED = '[aria-label*="@"]';
