import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startHarness, type Harness } from '../../support/harness';
import { injectAdapter } from '../../support/adapter-bundle';
import { runAdapterSuite } from '../suites/adapter';
import { SPACE } from '../../fixtures/sites/google-chat/replica/space-data';

/** Ids in the replica pages (test/fixtures/sites/gmail): server ids are (ms << 20) + random bits, as Gmail's are. */
const EN = {
  thread: 'thread-f:1840776342405457897',
  alice1: 'msg-f:1840776342405457897',
  maria: 'msg-f:1840864296960146033',
  priya: 'msg-f:1840892923085442717',
  daniel: 'msg-f:1840965589402011638',
  bob: 'msg-f:1840982073017047098',
  alice2: 'msg-f:1841047692903289457',
};
const ES = {
  thread: 'thread-f:1844853331723282814',
  lucia: 'msg-f:1844853331723282814',
  maria: 'msg-f:1844860126495513589',
  javier: 'msg-f:1844949653914386444',
  carmen: 'msg-f:1844975134311285937',
};
const LX = { thread: 'thread-f:1840985092915984035', rui: 'msg-f:1841051279033275416' };

/** Chat's selectors (optional in Gmail's table) find nothing on the mail views. */
const NO_CHAT = {
  chatTopic: 0,
  chatMessage: 0,
  chatSender: 0,
  chatBody: 0,
  chatTimestamp: 0,
  chatComposer: 0,
  chatSendButton: 0,
  chatAddReaction: 0,
  chatReactionChip: 0,
  chatConversationItem: 0,
};
const THREAD_COUNTS = { ...NO_CHAT, main: 1, account: 1, composeRegion: 1, editor: 1, replyToInput: 1, threadInput: 1, sendButton: 1 };

runAdapterSuite({
  site: 'gmail',
  view: 'thread',
  selectorCounts: {
    ...THREAD_COUNTS,
    // 6 rendered messages, 2 folded into "2 older messages", 1 in the hidden view of an earlier thread.
    items: 9,
    threadSubject: 2,
    message: 9,
    expandedMessage: 4,
    sender: 9,
    recipients: 12,
    timestamp: 9,
    body: 4,
    snippet: 5,
    reactionButton: 4,
    reactionChip: 2,
  },
  send: 'mod-enter',
  replyTarget: { messageId: EN.alice2, conversationId: EN.thread, author: 'Alice Ng' },
  messages: [
    { messageId: EN.alice1, conversationId: EN.thread, author: 'Alice Ng', fromSelf: false, addressedToUser: false, text: 'Hi all, kicking off planning for the Q3 offsite.' },
    { messageId: EN.maria, conversationId: EN.thread, author: 'Maria Lopez', fromSelf: true, addressedToUser: false, text: "Thanks Alice. I'll draft the budget section" },
    { messageId: EN.priya, conversationId: EN.thread, author: 'Priya Raman', fromSelf: false, addressedToUser: false, text: 'Venue shortlist: LX Factory loft' },
    { messageId: EN.daniel, conversationId: EN.thread, author: 'Daniel Kim', fromSelf: false, addressedToUser: true, text: 'Quick flag on travel: flights from Berlin' },
    { messageId: EN.bob, conversationId: EN.thread, author: 'Bob Okafor', fromSelf: false, addressedToUser: false, text: '+1 on LX Factory.' },
    { messageId: EN.alice2, conversationId: EN.thread, author: 'Alice Ng', fromSelf: false, addressedToUser: true, text: "Great, let's go with LX Factory for 24–26 Sept.\n\nMaria, could you review" },
  ],
  canReact: true,
  breakSelectors: ['div[role=main] div[role=list]'],
});

runAdapterSuite({
  site: 'gmail',
  view: 'thread-es',
  selectorCounts: {
    ...THREAD_COUNTS,
    items: 4,
    threadSubject: 2,
    message: 4,
    expandedMessage: 2,
    sender: 4,
    recipients: 3,
    timestamp: 4,
    body: 2,
    snippet: 2,
    reactionButton: 2,
    reactionChip: 0,
  },
  send: 'mod-enter',
  replyTarget: { messageId: ES.carmen, conversationId: ES.thread, author: 'Carmen Díaz' },
  messages: [
    { messageId: ES.lucia, conversationId: ES.thread, author: 'Lucía Fernández', fromSelf: false, addressedToUser: false, text: 'Hola, equipo: os comparto el borrador' },
    { messageId: ES.maria, conversationId: ES.thread, author: 'Maria Lopez', fromSelf: true, addressedToUser: false, text: 'Gracias, Lucía.' },
    { messageId: ES.javier, conversationId: ES.thread, author: 'Javier Ruiz', fromSelf: false, addressedToUser: true, text: 'María, ¿puedes confirmar si el descuento del 12 % para Grupo Norte' },
    // Sent to the team's group address: not to the user directly, and Gmail disables reactions on it.
    { messageId: ES.carmen, conversationId: ES.thread, author: 'Carmen Díaz', fromSelf: false, addressedToUser: false, text: 'Equipo: recordad que el cierre del trimestre' },
  ],
  canReact: false,
  breakSelectors: ['div[role=main] div[role=list]'],
});

runAdapterSuite({
  site: 'gmail',
  view: 'compose',
  selectorCounts: {
    ...NO_CHAT,
    main: 1,
    account: 1,
    // Thread rows of the inbox (there is no open thread).
    items: 14,
    threadSubject: 0,
    message: 0,
    expandedMessage: 0,
    sender: 0,
    recipients: 0,
    timestamp: 0,
    body: 0,
    snippet: 0,
    // A new message, a popped-out reply and a minimized draft (skipped by findComposers).
    composeRegion: 3,
    editor: 3,
    replyToInput: 3,
    threadInput: 3,
    sendButton: 3,
    reactionButton: 0,
    reactionChip: 0,
  },
  // The popped-out reply; composer 0 is the new message, which answers nothing.
  composer: 1,
  send: 'mod-enter',
  replyTarget: { messageId: LX.rui, conversationId: LX.thread, author: 'Rui Costa' },
  messages: [],
  canReact: false,
  breakSelectors: ['div[role=main] [gh=tl]'],
});

/** Chat in Gmail: the replica renders the Google Chat replica's "Project X" space inside Gmail's shell. */
const chatMessages = SPACE.topics.flatMap((t) => t.messages);
const chatLatestFromOthers = chatMessages.filter((m) => m.user !== SPACE.me).at(-1)!;

runAdapterSuite({
  site: 'gmail',
  view: 'chat',
  // 18 messages in 12 topics, plus the hidden pane of the space viewed before (2 topics, 2 rows and its postbar).
  selectorCounts: {
    main: 1,
    account: 1,
    // Chat's rows, through the last fallback: there is no mail thread or list in view.
    items: 20,
    threadSubject: 0,
    message: 0,
    expandedMessage: 0,
    sender: 0,
    recipients: 0,
    timestamp: 0,
    body: 0,
    snippet: 0,
    composeRegion: 0,
    // Chat's postbars carry g_editable too; findComposers tells them apart from mail compose bodies.
    editor: 2,
    replyToInput: 0,
    threadInput: 0,
    sendButton: 0,
    // Chat's "Add reaction" buttons and chips answer Gmail's label and chip fallbacks.
    reactionButton: 20,
    reactionChip: 3,
    chatTopic: 14,
    chatMessage: 20,
    chatSender: 17,
    chatBody: 20,
    chatTimestamp: 20,
    chatComposer: 2,
    chatSendButton: 2,
    chatAddReaction: 20,
    chatReactionChip: 3,
    chatConversationItem: 5,
  },
  send: 'enter',
  replyTarget: { messageId: chatLatestFromOthers.id, conversationId: SPACE.groupId, author: SPACE.users[chatLatestFromOthers.user]!.name },
  messages: chatMessages.map((m) => ({
    messageId: m.id,
    conversationId: SPACE.groupId,
    author: SPACE.users[m.user]!.name,
    fromSelf: m.user === SPACE.me,
    addressedToUser: m.user !== SPACE.me && m.text.includes(`<@${SPACE.me}>`),
    text: m.text.replace(/<@(\d+)>/g, (_, id: string) => `@${SPACE.users[id]!.name}`),
  })),
  canReact: true,
  breakSelectors: ['c-wiz[data-is-room-compose-postbar]', 'c-wiz[data-topic-id]'],
});

describe('gmail: beyond the contract', () => {
  let h: Harness;
  const open = async (view: string): Promise<Page> => {
    const page = await h.openReplica('gmail', view);
    await page.waitForFunction(() => typeof window.__replica === 'object');
    await injectAdapter(page, 'gmail');
    return page;
  };

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a new message answers nothing, and its draft leaves the signature alone', async () => {
    const page = await open('compose');
    const result = await page.evaluate(() => {
      const composer = window.__tactAdapter.findComposers(document)[0]!;
      const before = composer.readText();
      composer.replaceText('Hi Rui, the address is on the PO.');
      return {
        target: composer.replyTarget(),
        before,
        after: composer.readText(),
        model: window.__replica.draftText(0),
        signature: composer.element.querySelector('.gmail_signature')?.textContent,
      };
    });
    expect(result).toEqual({
      target: null,
      before: '',
      after: 'Hi Rui, the address is on the PO.',
      model: 'Hi Rui, the address is on the PO.',
      signature: 'Maria LopezFinance consultant · +34 600 123 456',
    });
    await page.close();
  });

  it('notices a send by the Send button, and the popup closes', async () => {
    const page = await open('compose');
    await page.evaluate(() => {
      const composer = window.__tactAdapter.findComposers(document)[0]!;
      composer.replaceText('Sent by button');
      (window as unknown as { __sent: string[] }).__sent = [];
      composer.onSend((text) => (window as unknown as { __sent: string[] }).__sent.push(text), new AbortController().signal);
    });
    await page.click('.dw .Hd .aoO[role=button]');
    expect(await page.evaluate(() => window.__replica.sentMessages())).toEqual(['Sent by button']);
    expect(await page.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toEqual(['Sent by button']);
    expect(await page.evaluate(() => window.__tactAdapter.findComposers(document).length)).toBe(1);
    await page.close();
  });

  it('reacts beside other people’s chips and undoes only its own', async () => {
    const page = await open('thread');
    const result = await page.evaluate(async (bob) => {
      const adapter = window.__tactAdapter;
      const chip = () => document.querySelector(`[data-message-id="#${bob}"] [data-emoji="👍"]`);
      const r = await adapter.react({ site: 'gmail', conversationId: '', messageId: bob }, '👍');
      const during = [chip()?.getAttribute('aria-pressed'), chip()?.textContent];
      const undone = r.ok && (await r.undo());
      return { ok: r.ok, during, undone, after: [chip()?.getAttribute('aria-pressed'), chip()?.textContent], mine: window.__replica.reactionsOf(bob) };
    }, EN.bob);
    expect(result).toEqual({ ok: true, during: ['true', '👍3'], undone: true, after: ['false', '👍2'], mine: [] });
    await page.close();
  });

  it('says why it cannot react: collapsed, unknown or stale messages', async () => {
    const page = await open('thread');
    const reasons = await page.evaluate(async (ids) => {
      const adapter = window.__tactAdapter;
      const react = async (messageId: string) => {
        const r = await adapter.react({ site: 'gmail', conversationId: '', messageId }, '👍');
        return r.ok ? 'ok' : r.reason;
      };
      return [await react(ids.priya), await react('msg-f:1'), await react(ids.stale)];
    }, { priya: EN.priya, stale: 'msg-f:1838982648299543894' });
    expect(reasons).toEqual(['no-reaction-ui', 'no-target', 'no-target']);
    await page.close();
  });

  it('finds an emoji through a localized picker by searching for it', async () => {
    const page = await open('thread-es');
    const result = await page.evaluate(async (ids) => {
      const adapter = window.__tactAdapter;
      const rocket = await adapter.react({ site: 'gmail', conversationId: '', messageId: ids.javier }, '🚀');
      const mine = window.__replica.reactionsOf(ids.javier);
      const undone = rocket.ok && (await rocket.undo());
      const group = await adapter.react({ site: 'gmail', conversationId: '', messageId: ids.carmen }, '👍');
      return { ok: rocket.ok, mine, undone, after: window.__replica.reactionsOf(ids.javier), group: group.ok ? 'ok' : group.reason, picker: document.querySelector('[role=dialog]') };
    }, ES);
    expect(result).toEqual({ ok: true, mine: ['🚀'], undone: true, after: [], group: 'not-allowed', picker: null });
    await page.close();
  });

  it('reads the user from the localized account button', async () => {
    const page = await open('thread-es');
    expect(await page.evaluate(() => window.__tactAdapter.currentUser(document))).toEqual({ id: 'me@example.com', email: 'me@example.com', name: 'Maria Lopez' });
    await page.close();
    expect(h.pageErrors).toEqual([]);
    expect(h.outbound).toEqual([]);
  });
});
