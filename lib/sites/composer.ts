import { attempt } from './attempt';
import { readEditorText, replaceEditorText, type ReadOptions } from './editor';
import { watchSend, type SendKeys } from './send';
import type { Composer, MessageRef } from './types';

/** What makes one site's composer; `defineComposer` turns it into the `Composer` contract. */
export interface ComposerSpec {
  element: HTMLElement;
  /** The draft as plain text, from the editor's own DOM. */
  read: () => string;
  /** Replaces the whole draft the way this editor expects. */
  replace: (text: string) => unknown;
  /** The message the draft answers, or null. */
  replyTarget: () => MessageRef | null;
  /** Which keys send on this site (the button always does). */
  keys: SendKeys;
  /** The send button of this composer, looked up at click time (sites re-render it). */
  sendButton: () => Element | null;
}

/**
 * A composer from its site's parts. Every part is guarded, so a page that is not what the adapter
 * expects yields an empty draft or no reply target instead of an error thrown into the page.
 */
export function defineComposer(spec: ComposerSpec): Composer {
  const read = () => attempt(spec.read, '');
  return {
    element: spec.element,
    readText: read,
    replaceText: (text) => {
      attempt(() => spec.replace(text), false);
    },
    replyTarget: () => attempt(spec.replyTarget, null),
    onSend: (onSend, signal) =>
      watchSend({ composer: spec.element, keys: spec.keys, sendButton: spec.sendButton, read, onSend, signal }),
  };
}

/**
 * The draft parts of an editor that takes the browser's editing commands (Gmail's and Outlook's
 * bodies, Quill in Slack, Chat's postbar); `options.exclude` leaves signatures and quotes alone.
 */
export function commandEditor(element: HTMLElement, options: ReadOptions = {}): Pick<ComposerSpec, 'element' | 'read' | 'replace'> {
  return {
    element,
    read: () => readEditorText(element, options),
    replace: (text) => replaceEditorText(element, text, options),
  };
}
