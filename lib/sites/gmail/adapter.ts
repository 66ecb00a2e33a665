import { defineAdapter } from '../define-adapter';
import { docOf, isVisible, queryAllFirst, queryFirst } from '../dom';
import type { Composer, IncomingMessage, Person, SiteAdapter } from '../types';
import { createComposer } from './composer';
import { emailFromTitle, parseAccountLabel } from './ids';
import { listThreadMessages } from './messages';
import { reactToMessage } from './react';
import { SELECTORS } from './selectors';

/** Gmail (mail.google.com): thread view, inline and popup composers, emoji reactions. */
export function createAdapter(): SiteAdapter {
  return defineAdapter('gmail', {
    selectors: SELECTORS,
    observeRoot,
    findComposers,
    listMessages,
    currentUser,
    react: (target, emoji) => reactToMessage(document, target, emoji),
  });
}

/**
 * Compose popups live outside the main pane (in `.dw`), so the root is the nearest element holding
 * both the main pane and the popups, or the body.
 */
function observeRoot(doc: Document): Element | null {
  const main = queryFirst(doc, SELECTORS.main.css);
  const popups = queryFirst(doc, ['div.dw']);
  if (!main) return doc.body;
  if (!popups) return main;
  let node: Element | null = main;
  while (node && !node.contains(popups)) node = node.parentElement;
  return node ?? doc.body;
}

/** Every editable compose body the user can see; minimized popups and stale views are skipped. */
function findComposers(root: ParentNode): Composer[] {
  return queryAllFirst(root, SELECTORS.editor.css)
    .filter((editor) => isVisible(editor))
    .map((editor) => createComposer(editor));
}

/** Messages of the open thread. A list view (inbox, search) has thread rows but no messages. */
function listMessages(root: ParentNode): IncomingMessage[] {
  return listThreadMessages(root, currentUser(docOf(root)));
}

/** From the account button's label, else the tab title; never from page globals or tokens. */
function currentUser(doc: Document): Person | null {
  const fromLabel = parseAccountLabel(queryFirst(doc, SELECTORS.account.css)?.getAttribute('aria-label'));
  if (fromLabel) return fromLabel;
  const email = emailFromTitle(doc.title);
  return email ? { id: email, email } : null;
}
