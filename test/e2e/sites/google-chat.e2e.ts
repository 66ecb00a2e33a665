import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { runAdapterSuite } from '../suites/adapter';
import { startHarness, type Harness } from '../../support/harness';
import { injectAdapter } from '../../support/adapter-bundle';
import type { ChatConversation } from '../../fixtures/sites/google-chat/replica/data';
import { SPACE } from '../../fixtures/sites/google-chat/replica/space-data';
import { DM_DE } from '../../fixtures/sites/google-chat/replica/dm-data';

/** The adapter's view of the replica's data: the expectations come from the fixture, not from the adapter. */
function expected(conv: ChatConversation) {
  return conv.topics
    .flatMap((t) => t.messages)
    .map((m) => ({
      messageId: m.id,
      conversationId: conv.groupId,
      author: conv.users[m.user]!.name,
      fromSelf: m.user === conv.me,
      addressedToUser: m.user !== conv.me && (conv.groupId.startsWith('dm/') || m.text.includes(`<@${conv.me}>`)),
      text: m.text.replace(/<@(\d+)>/g, (_, id: string) => `@${conv.users[id]!.name}`),
    }));
}

function latestFromOthers(conv: ChatConversation) {
  const m = conv.topics
    .flatMap((t) => t.messages)
    .filter((x) => x.user !== conv.me)
    .at(-1)!;
  return { messageId: m.id, conversationId: conv.groupId, author: conv.users[m.user]!.name };
}

runAdapterSuite({
  site: 'google-chat',
  view: 'space',
  // 18 messages in 12 topics, plus the hidden pane of the space viewed before (2 topics and its postbar).
  // 3 follow-ups have no heading; people = 17 avatars + 1 mention chip; 20 rows, 20 "Add reaction".
  selectorCounts: {
    main: 1,
    topic: 14,
    message: 20,
    sender: 17,
    body: 20,
    timestamp: 20,
    person: 18,
    composer: 2,
    sendButton: 2,
    addReaction: 20,
    reactionChip: 3,
    conversationItem: 5,
    account: 1,
  },
  send: 'enter',
  replyTarget: latestFromOthers(SPACE),
  messages: expected(SPACE),
  canReact: true,
  breakSelectors: ['c-wiz[data-is-room-compose-postbar]', 'c-wiz[data-topic-id]'],
});

runAdapterSuite({
  site: 'google-chat',
  view: 'dm-de',
  // 13 messages in 10 topics, 3 follow-ups; German labels throughout.
  selectorCounts: {
    main: 1,
    topic: 10,
    message: 13,
    sender: 10,
    body: 13,
    timestamp: 13,
    person: 10,
    composer: 1,
    sendButton: 1,
    addReaction: 13,
    reactionChip: 1,
    conversationItem: 3,
    account: 1,
  },
  send: 'button',
  sendButton: '[aria-label="Nachricht senden"]',
  replyTarget: latestFromOthers(DM_DE),
  messages: expected(DM_DE),
  canReact: true,
  breakSelectors: ['[role=main]'],
});

describe('google-chat/space-tt: the adapter under Trusted Types', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness();
    page = await h.openReplica('google-chat', 'space-tt', {
      beforeLoad: async (p) => {
        await p.evaluateOnNewDocument(() => {
          const seen: string[] = [];
          (window as unknown as { __violations: string[] }).__violations = seen;
          document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.sample}`));
        });
      },
    });
    await page.waitForFunction(() => typeof window.__replica === 'object');
    // A script tag is a Trusted Types sink: evaluate the bundle through DevTools instead, as an extension's world would run it.
    const out = await build({
      stdin: { contents: `import { createAdapter } from './lib/sites/google-chat/adapter';\nwindow.__tactAdapter = createAdapter();`, resolveDir: resolve(import.meta.dirname, '../../..'), loader: 'ts' },
      bundle: true,
      write: false,
      format: 'iife',
      target: 'chrome120',
      logLevel: 'silent',
    });
    await page.evaluate(out.outputFiles[0]!.text);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is a page that enforces Trusted Types', async () => {
    const blocked = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    expect(blocked).toBe(true);
    await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.splice(0));
  });

  it('reads, edits, reacts and notices a send without touching a Trusted Types sink', async () => {
    const result = await page.evaluate(async () => {
      const adapter = window.__tactAdapter;
      const composer = adapter.findComposers(document)[0]!;
      composer.replaceText('Line one\nLine two');
      const draft = [window.__replica.draftText(0), composer.readText()];
      composer.replaceText('');
      const target = composer.replyTarget()!;
      const reaction = await adapter.react(target, '👍');
      const reacted = window.__replica.reactionsOf(target.messageId);
      const undone = reaction.ok && (await reaction.undo());
      return { draft, messages: adapter.listMessages(document).length, health: adapter.health(document).ok, reacted, undone };
    });
    expect(result).toEqual({ draft: ['Line one\nLine two', 'Line one\nLine two'], messages: 18, health: true, reacted: ['👍'], undone: true });
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

describe('google-chat/space: reading the user and their mentions', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness();
    page = await h.openReplica('google-chat', 'space');
    await page.waitForFunction(() => typeof window.__replica === 'object');
    await injectAdapter(page, 'google-chat');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('takes the user from the account button and their own rows', async () => {
    const me = SPACE.users[SPACE.me]!;
    expect(await page.evaluate(() => window.__tactAdapter.currentUser(document))).toEqual({ id: me.id, name: me.name, email: me.email });
  });

  it('says there is no target for a message that is not in view, and none for the hidden pane', async () => {
    const result = await page.evaluate(async () => {
      const hidden = document.querySelector('[data-pane=stale] [data-id]')!.getAttribute('data-id')!;
      const a = await window.__tactAdapter.react({ site: 'google-chat', conversationId: 'space/AAQA9J3tZPg', messageId: 'nothere0000' }, '👍');
      const b = await window.__tactAdapter.react({ site: 'google-chat', conversationId: 'space/AAAAlunchClb', messageId: hidden }, '👍');
      return [a.ok ? 'ok' : a.reason, b.ok ? 'ok' : b.reason];
    });
    expect(result).toEqual(['no-target', 'no-target']);
  });

  it('joins a reaction someone else made, and leaves the user’s earlier one alone', async () => {
    const build312 = SPACE.topics.flatMap((t) => t.messages).find((m) => m.text.startsWith('Build 312'))!;
    const result = await page.evaluate(async (id) => {
      const ref = { site: 'google-chat' as const, conversationId: 'space/AAQA9J3tZPg', messageId: id };
      const fire = await window.__tactAdapter.react(ref, '🔥');
      const afterFire = window.__replica.reactionsOf(id);
      const undoFire = fire.ok && (await fire.undo());
      const tada = await window.__tactAdapter.react(ref, '🎉');
      const undoTada = tada.ok && (await tada.undo());
      return { afterFire, undoFire, undoTada, final: window.__replica.reactionsOf(id) };
    }, build312.id);
    expect(result).toEqual({ afterFire: ['🎉', '🔥'], undoFire: true, undoTada: true, final: ['🎉'] });
  });
});
