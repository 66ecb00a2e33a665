import type { BehaviourSpec } from './suites/behaviour';
import { ME as SLACK_ME, type MessageData } from '../fixtures/sites/slack/replica/data';
import { DM as SLACK_DM } from '../fixtures/sites/slack/replica/thread-data';
import type { ChatConversation } from '../fixtures/sites/google-chat/replica/data';
import { DM_DE } from '../fixtures/sites/google-chat/replica/dm-data';
import { SPACE } from '../fixtures/sites/google-chat/replica/space-data';

const lastFromOthers = (messages: MessageData[]) => messages.filter((m) => m.user !== SLACK_ME).at(-1)!.ts;
const chatLastFromOthers = (conv: ChatConversation) =>
  conv.topics.flatMap((t) => t.messages).filter((m) => m.user !== conv.me).at(-1)!.id;
const slackThread = SLACK_DM.messages.find((m) => m.ts === SLACK_DM.openThread)!;

/**
 * The replica view of each site that the behaviour suite and the demo drive: where a person types,
 * and which message their draft answers (its id as the replica knows it).
 */
export const BEHAVIOUR_SITES: BehaviourSpec[] = [
  {
    site: 'gmail',
    view: 'thread',
    composer: '[g_editable="true"][role="textbox"]',
    targetMessageId: 'msg-f:1841047692903289457',
    canReact: true,
  },
  {
    site: 'slack',
    view: 'thread',
    composer: '[data-qa="threads_flexpane"] .ql-editor',
    composerIndex: 1,
    targetMessageId: lastFromOthers(slackThread.replies!),
    canReact: true,
  },
  {
    site: 'google-chat',
    view: 'dm-de',
    composer: 'c-wiz[data-is-room-compose-postbar="true"] [role="textbox"]',
    targetMessageId: chatLastFromOthers(DM_DE),
    canReact: true,
  },
  {
    site: 'teams',
    view: 'chat',
    composer: '[data-tid="ckeditor"]',
    targetMessageId: '1788430961137',
    canReact: true,
  },
  {
    site: 'discord',
    view: 'channel',
    composer: '[data-slate-editor="true"][role="textbox"]',
    targetMessageId: '1478384399941763101',
    canReact: true,
  },
  {
    site: 'outlook',
    view: 'reading',
    composer: '[role="textbox"][contenteditable="true"][aria-label^="Message body"]',
    targetMessageId: 'AAMkADAwATM0MDAAMS1hY2EARgAAA0DcDv0nVFRJqvxzTQ1KNvcHALx1AAM=',
    canReact: true,
    fixedReactions: true,
  },
  {
    // Google Chat inside Gmail: the Gmail content script, Chat's DOM. The hidden pane of the space
    // viewed before holds a postbar too, so the selector is scoped to the current pane.
    site: 'gmail',
    view: 'chat',
    composer: '[data-pane="current"] c-wiz[data-is-room-compose-postbar="true"] [role="textbox"]',
    targetMessageId: chatLastFromOthers(SPACE),
    canReact: true,
  },
];
