import { browser, type Browser } from 'wxt/browser';
import type { EmojiTables, Lexicon } from './judge/lexicons/types';
import type { ThreadMessage } from './judge/types';
import type { Settings } from './settings/types';
import type { AdapterHealth, Person, SiteId } from './sites/types';

/** What a content script saw: a message in view that asks the user for something. */
export interface PendingSighting {
  site: SiteId;
  conversationId: string;
  messageId: string;
  permalink?: string;
  author?: Person;
  /** Untrusted page text; the background truncates it and drops it when snippets are off. */
  text: string;
  kind: 'question' | 'request' | 'decision' | 'approval' | 'availability';
  urgent: boolean;
  /** Epoch ms as the page shows it; the background uses its own clock when missing. */
  receivedAt?: number;
}

/** An incoming message in view, for the background to judge: a sighting not judged yet (never the user's own). */
export type IncomingSighting = Omit<PendingSighting, 'site' | 'kind' | 'urgent'> & {
  /** `site:conversationId:messageId`: the page's dedupe key, given back with the verdict. */
  key: string;
  /** A DM, a mention or a direct email: only then is a reply request recorded. */
  addressedToUser: boolean;
};

/** New messages in view, in page order, and the recent end of the conversations they joined. */
export interface IncomingBatch {
  site: SiteId;
  /** The page's language tag: the judge's tie-breaker between languages. */
  locale: string;
  messages: IncomingSighting[];
  /** Conversations in view with 4+ messages and new ones: their last messages (author id, name or 'me'). */
  threads: { conversationId: string; messages: ThreadMessage[] }[];
}

/** The background's judgement of a batch: one verdict per message sent, heat per conversation that has it. */
export interface IncomingVerdicts {
  verdicts: { key: string; topics: string[]; /** The first evidence words, for the marker's label. */ words: string[] }[];
  heat: { conversationId: string; reason: string; evidence: string }[];
}

/** The user answered in a conversation, by a message or a reaction. */
export interface ConversationAnswered {
  site: SiteId;
  conversationId: string;
  how: 'replied' | 'reacted';
  at: number;
}

/**
 * The one map of the messages between content scripts, the background and extension pages.
 * Each kind names its request and its response; `sendMessage` infers the reply type from the kind.
 * Page content inside requests is untrusted: the background validates what it stores.
 */
export interface Protocol {
  /** A content script starts: the judge's vocabulary as data (every language's lexicon and the emoji tables), kept out of its code. */
  'judge:lexicons': { request: Record<string, never>; response: { lexicons: Lexicon[]; emoji: EmojiTables } };
  /** The settings in force (personal, team file and browser policy merged), for a content script. */
  'settings:get': { request: Record<string, never>; response: Settings };
  /** A content script reports which of its adapter's selectors matched. */
  'health:report': { request: AdapterHealth & { url: string }; response: void };
  /** The popup asks for the health of a tab's adapter. */
  'health:get': { request: { tabId: number }; response: (AdapterHealth & { url: string }) | null };
  /** A message in view needs a reply: record it once (idempotent). */
  /**
   * New incoming messages in view: the background judges them (keeping the judge's reply, urgency and
   * thread code out of every page), records the reply requests and answers the rest.
   */
  'incoming:judge': { request: IncomingBatch; response: IncomingVerdicts };
  /** The user replied or reacted: resolve that conversation's open items. Responds with how many. */
  'pending:answered': { request: ConversationAnswered; response: number };
  /** An extension page changed the store (done, snooze, import): bring the badge and alarms up to date. */
  'pending:changed': { request: Record<string, never>; response: void };
}

export type MessageKind = keyof Protocol;
export type RequestOf<K extends MessageKind> = Protocol[K]['request'];
export type ResponseOf<K extends MessageKind> = Protocol[K]['response'];

interface Envelope<K extends MessageKind = MessageKind> {
  tact: K;
  request: RequestOf<K>;
}

export type MessageSender = Browser.runtime.MessageSender;

export type Handlers = {
  [K in MessageKind]?: (request: RequestOf<K>, sender: MessageSender) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/** Sends a typed message to the background (or whichever extension page handles it). */
export async function sendMessage<K extends MessageKind>(kind: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { tact: kind, request };
  const response: unknown = await browser.runtime.sendMessage(envelope);
  // The background's polyfill sends a failed handler's error as data; callers without the polyfill
  // (content scripts use the native API) must see it as the error it is.
  if (typeof response === 'object' && response !== null && '__mozWebExtensionPolyfillReject__' in response) {
    throw new Error(String((response as { message?: unknown }).message ?? 'the background failed'));
  }
  return response as ResponseOf<K>;
}

/** Routes typed messages to handlers; unknown messages are left for other listeners. Returns the remover. */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: MessageSender) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.tact] as
      | ((request: unknown, sender: MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message.request, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).tact === 'string';
}
