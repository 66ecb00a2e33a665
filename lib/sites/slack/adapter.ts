import { defineAdapter } from '../define-adapter';
import { SLACK_META } from '../site-metas';
import { docOf, isVisible, queryAllFirst, queryFirst } from '../dom';
import type { Composer, SiteAdapter } from '../types';
import { slackComposer } from './composer';
import { readMessages } from './messages';
import { reactOnSlack } from './react';
import { SELECTORS } from './selectors';
import { currentSlackUser } from './user';

/** Slack (app.slack.com): the channel pane and the thread pane, each with its own Quill composer. */
export function createAdapter(): SiteAdapter {
  return defineAdapter(SLACK_META, {
    selectors: SELECTORS,
    observeRoot: (doc) => queryFirst(doc, SELECTORS.workspace.css) ?? doc.body,
    findComposers: composersIn,
    listMessages: (root) => readMessages(root, currentSlackUser(docOf(root))),
    currentUser: currentSlackUser,
    react: (target, emoji) => reactOnSlack(document, target, emoji),
  });
}

/** The channel composer first, then the thread pane's (document order). */
function composersIn(root: ParentNode): Composer[] {
  return queryAllFirst(root, SELECTORS.composer.css)
    .filter(isVisible)
    .map((editor) => slackComposer(editor, () => currentSlackUser(editor.ownerDocument)));
}
