import type { MessageRef } from './types';

/** What the store keeps of a message: its reference, without text or element, and no empty fields. */
export function toRef(message: MessageRef): MessageRef {
  const { site, conversationId, messageId, author, sentAt, permalink } = message;
  const ref: MessageRef = { site, conversationId, messageId };
  if (author) ref.author = author;
  if (sentAt !== undefined) ref.sentAt = sentAt;
  if (permalink) ref.permalink = permalink;
  return ref;
}

/** The latest message someone else wrote: what a draft in that conversation answers. */
export function lastFromOthers<M extends { fromSelf: boolean }>(messages: readonly M[]): M | undefined {
  for (let i = messages.length - 1; i >= 0; i--) {
    if (!messages[i]!.fromSelf) return messages[i];
  }
  return undefined;
}
