import { browser, type Browser } from 'wxt/browser';
import type { AdapterHealth } from './sites/types';

/**
 * The one map of the messages between content scripts, the background and extension pages.
 * Each kind names its request and its response; `sendMessage` infers the reply type from the kind.
 * Page content inside requests is untrusted: the background validates what it stores.
 */
export interface Protocol {
  /** A content script reports which of its adapter's selectors matched. */
  'health:report': { request: AdapterHealth & { url: string }; response: void };
  /** The popup asks for the health of a tab's adapter. */
  'health:get': { request: { tabId: number }; response: (AdapterHealth & { url: string }) | null };
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
  return (await browser.runtime.sendMessage(envelope)) as ResponseOf<K>;
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
