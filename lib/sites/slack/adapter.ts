import { isVisible, queryAllFirst, queryFirst } from '../dom';
import { measureHealth } from '../health';
import { SITE_METAS } from '../meta';
import type { Composer, IncomingMessage, SiteAdapter } from '../types';
import { slackComposer } from './composer';
import { readMessages } from './messages';
import { reactOnSlack } from './react';
import { SELECTORS } from './selectors';
import { currentSlackUser } from './user';

const META = SITE_METAS.find((site) => site.id === 'slack')!;

/** Slack (app.slack.com): the channel pane and the thread pane, each with its own Quill composer. */
export function createAdapter(): SiteAdapter {
  return {
    id: 'slack',
    name: META.name,
    kind: META.kind,
    matches: META.matches,
    servesRoute: META.servesRoute,
    observeRoot: (doc) => safely(() => queryFirst(doc, SELECTORS.workspace.css), null) ?? doc.body,
    findComposers: (root) => safely(() => composersIn(root), []),
    listMessages: (root) => safely(() => messagesIn(root), []),
    currentUser: (doc) => safely(() => currentSlackUser(doc), null),
    react: async (target, emoji) => {
      try {
        return await reactOnSlack(document, target, emoji);
      } catch {
        return { ok: false, reason: 'no-reaction-ui' };
      }
    },
    health: (doc) => measureHealth('slack', doc, SELECTORS),
  };
}

/** The channel composer first, then the thread pane's (document order). */
function composersIn(root: ParentNode): Composer[] {
  return queryAllFirst(root, SELECTORS.composer.css)
    .filter(isVisible)
    .map((editor) => slackComposer(editor, () => currentSlackUser(editor.ownerDocument)));
}

function messagesIn(root: ParentNode): IncomingMessage[] {
  const doc = root instanceof Document ? root : (root as Node).ownerDocument;
  return doc ? readMessages(root, currentSlackUser(doc)) : [];
}

/** Adapters never throw into the page: a failure reads as "nothing found". */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
