import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { runAdapterSuite } from '../suites/adapter';
import { startHarness, type Harness } from '../../support/harness';
import { injectAdapter } from '../../support/adapter-bundle';
import { ME, USERS, type ChannelData, type MessageData } from '../../fixtures/sites/slack/replica/data';
import { CHANNEL } from '../../fixtures/sites/slack/replica/channel-data';
import { DM } from '../../fixtures/sites/slack/replica/thread-data';

/** What the page shows for a message: mentions as "@Name". */
const shown = (m: MessageData) => m.text.replace(/<@(U[A-Z0-9]+)>/g, (_, id: string) => `@${USERS[id]!.name}`);

/** The adapter's view of the replica's data: the expectations come from the fixture, not from the adapter. */
function expected(data: ChannelData, messages: MessageData[], conversationId: string) {
  return messages.map((m) => ({
    messageId: m.ts,
    conversationId,
    author: USERS[m.user]!.name,
    fromSelf: m.user === ME,
    addressedToUser: m.user !== ME && (data.isDm || m.text.includes(`<@${ME}>`)),
    text: shown(m),
  }));
}

function latestFromOthers(messages: MessageData[], conversationId: string) {
  const m = messages.filter((x) => x.user !== ME).at(-1)!;
  return { messageId: m.ts, conversationId, author: USERS[m.user]!.name };
}

const thread = DM.messages.find((m) => m.ts === DM.openThread)!;
const threadId = `${DM.channelId}:${thread.ts}`;

runAdapterSuite({
  site: 'slack',
  view: 'channel',
  // 31 messages plus the hidden stale copy of the edited one; 26 sender headers (5 grouped follow-ups).
  selectorCounts: {
    workspace: 1,
    messagePane: 1,
    messageList: 1,
    message: 32,
    messageText: 32,
    sender: 26,
    timestamp: 32,
    mention: 3,
    composer: 1,
    sendButton: 1,
    threadPane: 0,
    reactionBar: 4,
    reaction: 4,
    selectedChannel: 1,
    userButton: 1,
    selfLabel: 1,
  },
  send: 'enter',
  replyTarget: latestFromOthers(CHANNEL.messages, CHANNEL.channelId),
  messages: expected(CHANNEL, CHANNEL.messages, CHANNEL.channelId),
  canReact: true,
  breakSelectors: ['[data-qa=message_input]', '[data-qa=message_pane]'],
});

runAdapterSuite({
  site: 'slack',
  view: 'thread',
  // 12 DM messages + the root's copy in the thread pane + 5 replies; both panes have a composer.
  selectorCounts: {
    workspace: 1,
    messagePane: 1,
    messageList: 1,
    message: 18,
    messageText: 18,
    sender: 16,
    timestamp: 18,
    mention: 0,
    composer: 2,
    sendButton: 2,
    threadPane: 1,
    reactionBar: 2,
    reaction: 2,
    selectedChannel: 1,
    userButton: 1,
    selfLabel: 1,
  },
  composer: 1,
  send: 'enter',
  replyTarget: latestFromOthers(thread.replies!, threadId),
  messages: [...expected(DM, DM.messages, DM.channelId), ...expected(DM, thread.replies!, threadId)],
  canReact: true,
  breakSelectors: ['[data-qa=message_input]', '.p-client_workspace'],
});

describe('slack/channel: reactions beyond the contract', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness();
    page = await h.openReplica('slack', 'channel');
    await page.waitForFunction(() => typeof window.__replica === 'object');
    await injectAdapter(page, 'slack');
  });
  afterAll(async () => {
    await h?.close();
  });

  const react = (ts: string, emoji: string) =>
    page.evaluate(
      async (ts, emoji) => {
        const r = await window.__tactAdapter.react({ site: 'slack', conversationId: 'C0GEN', messageId: ts }, emoji);
        const after = window.__replica.reactionsOf(ts);
        const undone = r.ok ? await r.undo() : null;
        return { ok: r.ok, reason: r.ok ? null : r.reason, after, undone, final: window.__replica.reactionsOf(ts) };
      },
      ts,
      emoji,
    );

  it('finds an emoji that is not on the picker’s first page through its search box', async () => {
    const ts = CHANNEL.messages[2]!.ts;
    expect(await react(ts, '🚀')).toEqual({ ok: true, reason: null, after: ['🚀'], undone: true, final: [] });
  });

  it('joins a reaction someone else already made by clicking its pill', async () => {
    const lunch = CHANNEL.messages.find((m) => m.text.startsWith('Team lunch'))!;
    expect(lunch.reactions?.[0]?.name).toBe('tada');
    expect(await react(lunch.ts, '🎉')).toEqual({ ok: true, reason: null, after: ['🎉'], undone: true, final: [] });
    const count = await page.evaluate(
      (ts) => document.querySelector(`[data-msg-ts="${ts}"] [data-qa=reactji] .c-reaction__count`)?.textContent,
      lunch.ts,
    );
    expect(count).toBe('2');
  });

  it('leaves a reaction the user made before alone', async () => {
    const staging = CHANNEL.messages.find((m) => m.reactions?.some((r) => r.users.includes(ME)))!;
    expect(await react(staging.ts, '🙌')).toEqual({ ok: true, reason: null, after: ['🙌'], undone: true, final: ['🙌'] });
  });

  it('says so for an emoji the picker does not have, and closes the picker', async () => {
    const result = await react(CHANNEL.messages[0]!.ts, ':partyparrot:');
    expect(result).toMatchObject({ ok: false, reason: 'emoji-not-found' });
    expect(await page.$('[data-qa=emoji-picker]')).toBeNull();
  });

  it('knows no Slack name for a glyph outside its map', async () => {
    expect(await react(CHANNEL.messages[0]!.ts, '🦄')).toMatchObject({ ok: false, reason: 'emoji-not-found' });
  });

  it('says there is no target for a message that is not in view', async () => {
    expect(await react('1600000000.000100', '👍')).toMatchObject({ ok: false, reason: 'no-target' });
  });

  it('reads the user from the avatar and the self-DM, never from localConfig', async () => {
    const user = await page.evaluate(() => {
      localStorage.setItem('localConfig_v2', JSON.stringify({ teams: { T0ACME: { user_id: 'U0WRONG', token: 'xoxc-not-read' } } }));
      return window.__tactAdapter.currentUser(document);
    });
    expect(user).toEqual({ id: 'U0ME', name: 'Maria Lopez' });
  });
});
