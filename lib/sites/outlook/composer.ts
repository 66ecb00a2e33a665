/**
 * OWA's body editor: the draft is what sits above the signature and quoted history. A reply answers the
 * latest message from someone else in its conversation: the one it is inlined in, or, for a full compose
 * form, the conversation in view whose subject the form's "RE:/AW: …" subject repeats.
 */
import { commandEditor, defineComposer } from '../composer';
import { closestOf, isVisible, queryAllFirst, queryFirst } from '../dom';
import { lastFromOthers, toRef } from '../messages';
import type { Composer, MessageRef, Person } from '../types';
import { readMessages } from './messages';
import { hasReplyPrefix, stripReplyPrefix } from './parse';
import { COMPOSE_ROOT, QUOTED_PARTS, SELECTORS, SUBJECT_INPUT } from './selectors';

export function createComposer(element: HTMLElement, currentUser: () => Person | null): Composer {
  const form = () => closestOf(element, COMPOSE_ROOT) ?? formAround(element);
  return defineComposer({
    ...commandEditor(element, { exclude: QUOTED_PARTS }),
    replyTarget: () => replyTargetOf(element, form(), currentUser()),
    // Ctrl+Enter sends when the user has turned it on in settings; the button always does.
    keys: 'mod-enter',
    sendButton: () => queryFirst(form(), SELECTORS.sendButton.css),
  });
}

/** The latest message from someone else in the conversation; the latest of all when every one is the user's. */
function replyTargetOf(element: HTMLElement, form: Element | null, me: Person | null): MessageRef | null {
  const conversation = conversationFor(element, form);
  if (!conversation) return null;
  const messages = readMessages(conversation, me);
  const target = lastFromOthers(messages) ?? messages[messages.length - 1];
  return target ? toRef(target) : null;
}

/** Without a known form container: the nearest ancestor that also holds a send button. */
function formAround(element: HTMLElement): Element | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (queryFirst(node, SELECTORS.sendButton.css)) return node;
  }
  return null;
}

function conversationFor(element: HTMLElement, form: Element | null): Element | null {
  const inline = closestOf(element, SELECTORS.conversation.css);
  if (inline) return inline;
  const subject = queryFirst<HTMLInputElement>(form, SUBJECT_INPUT)?.value ?? '';
  if (!hasReplyPrefix(subject)) return null;
  const wanted = stripReplyPrefix(subject).toLowerCase();
  return (
    queryAllFirst(element.ownerDocument, SELECTORS.conversation.css).find((conversation) => {
      const heading = queryAllFirst(conversation, SELECTORS.subject.css).find(isVisible);
      return heading !== undefined && stripReplyPrefix(heading.textContent ?? '').toLowerCase() === wanted;
    }) ?? null
  );
}
