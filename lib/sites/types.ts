/** Every site Tact supports; `SITE_METAS` in `lib/sites/meta.ts` describes each, and `entrypoints/<site>.content.ts` wires its adapter. */
export type SiteId = 'gmail' | 'slack' | 'google-chat' | 'teams' | 'discord' | 'outlook';

/** Email-like sites get email reply rules; the rest are chat. */
export type SiteKind = 'email' | 'chat';

/** A person as the page shows them. Any part may be missing. */
export interface Person {
  id?: string;
  name?: string;
  email?: string;
}

/** Enough to find a message again: in the page, in the store and through a permalink. */
export interface MessageRef {
  site: SiteId;
  conversationId: string;
  messageId: string;
  author?: Person;
  /** Epoch ms, when the page shows it. */
  sentAt?: number;
  permalink?: string;
}

/** A message in view, read from the page. Text is untrusted page content. */
export interface IncomingMessage extends MessageRef {
  text: string;
  element: HTMLElement;
  /** Written by the current user. */
  fromSelf: boolean;
  /** A DM / 1:1 chat, a mention of the user, or an email where the user is a direct recipient. */
  addressedToUser: boolean;
}

/** A draft box the user types in. */
export interface Composer {
  readonly element: HTMLElement;
  /** The draft as plain text (paragraphs joined with \n), read from the editor's own DOM. */
  readText(): string;
  /** Replace the whole draft the way the editor expects; '' clears it. */
  replaceText(text: string): void;
  /** The message this draft answers, or null when it starts something new. */
  replyTarget(): MessageRef | null;
  /** Calls back with the draft's text just before the site sends it (button, Enter, Ctrl/Cmd+Enter). */
  onSend(callback: (text: string) => void, signal: AbortSignal): void;
}

export type ReactionResult =
  | { ok: true; undo: () => Promise<boolean> }
  | { ok: false; reason: 'no-target' | 'no-reaction-ui' | 'not-allowed' | 'emoji-not-found' };

/** Which of an adapter's selectors matched on this page, for the popup and the tests. */
export interface AdapterHealth {
  site: SiteId;
  /** selector name → number of matches. */
  matches: Record<string, number>;
  /** Names of the selectors a working page must match but did not. */
  missing: string[];
  ok: boolean;
}

/**
 * One per site. Optional capabilities are optional: a feature checks before it uses one.
 * An adapter never throws into the page: what it cannot find, it reports as missing.
 */
export interface SiteAdapter {
  readonly id: SiteId;
  readonly name: string;
  readonly kind: SiteKind;
  /** Match patterns for the manifest. */
  readonly matches: readonly string[];
  /** The only reactions the site offers (Outlook's fixed six), best first; absent when any emoji works. */
  readonly reactions?: readonly string[];
  /** Whether this URL is a page the adapter works on (e.g. Discord's /channels/, not its marketing pages). */
  servesRoute(url: URL): boolean;
  /** The smallest stable element to observe for composers and messages. */
  observeRoot(doc: Document): Element | null;
  /** The composers present under root. The same element always yields an equivalent composer. */
  findComposers(root: ParentNode): Composer[];
  /** Incoming messages currently in view (rendered) under root. */
  listMessages(root: ParentNode): IncomingMessage[];
  /** The signed-in user, as far as the page shows it (never from a token or cookie). */
  currentUser(doc: Document): Person | null;
  /** Add a reaction to a message through the site's own reaction UI. */
  react(target: MessageRef, emoji: string): Promise<ReactionResult>;
  health(doc: Document): AdapterHealth;
}
