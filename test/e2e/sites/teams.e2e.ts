import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { injectAdapter } from '../../support/adapter-bundle';
import { startHarness, type Harness } from '../../support/harness';
import { runAdapterSuite } from '../suites/adapter';

/** Teams replicas: a 1:1 chat (English) and a channel with an open reply thread (French UI). */

const CHAT = '19:a7c3e2d1-58f4-4b0e-8c29-71e6d3f0a452_5b0d8f7e-3c2a-4e61-9a7f-2d14c6e8b901@unq.gbl.spaces';
const ALICE = 'Alice Ng';
const ME = 'Sam Lee';

/** [messageId, author, text prefix]; in a 1:1 chat everything from Alice is addressed to the user. */
const chatMessages: [string, string, string][] = [
  ['1788426131137', ALICE, 'Morning! Did you get a chance'],
  ['1788426155137', ALICE, 'No rush, I just want your eyes'], // follow-up without a header
  ['1788426311137', ME, 'Morning Alice, opening it now'],
  ['1788426329137', ME, 'Which version, v7'],
  ['1788426431137', ALICE, "v8 actually, I merged Priya's"],
  ['1788426443137', ALICE, "It's in the Launch folder"],
  ['1788426551137', ME, 'Got it'],
  // The "Call ended" control row is not a message.
  ['1788427631137', ALICE, 'Thanks for jumping on the call'],
  ['1788427661137', ALICE, 'So to recap: slides 4-6'],
  ['1788427751137', ME, "Yes. I'll update the pricing"],
  ['1788427991137', ALICE, "Already did, he's fine with the 18th"],
  ['1788428051137', ME, 'Great, that unblocks legal too'], // quoted reply card excluded from the text
  ['1788428531137', ALICE, 'Also the customer quotes on slide 11'],
  ['1788428651137', ME, "Not yet, I'll chase"],
  ['1788428681137', ALICE, '👍'],
  ['1788429191137', ALICE, "Here's the updated budget sheet btw\nPhoenix-budget-v3.xlsx"],
  ['1788429431137', ME, 'Numbers look right to me'],
  ['1788429455137', ME, 'One thing: the Q4 marketing line'],
  ['1788429611137', ALICE, 'Good catch, fixed'],
  ['1788429629137', ALICE, 'Do you want to present the pricing'],
  ['1788429791137', ME, 'I can do pricing'],
  ['1788429911137', ALICE, 'Works for me'],
  ['1788430931137', ALICE, 'Can you also send me the speaker notes'],
  ['1788430961137', ALICE, "I'd like to read them once"],
];

runAdapterSuite({
  site: 'teams',
  view: 'chat',
  selectorCounts: {
    composer: 2, // the live CKEditor plus a hidden cached composer of another chat
    sendButton: 2,
    messagePane: 1,
    threadPane: 0,
    message: 24,
    messageBody: 24,
    authorName: 8,
    timestamp: 26, // 24 messages + 2 quoted reply cards
    ownMessage: 9,
    quotedReply: 2,
    controlMessage: 1,
    reactionPill: 3,
    chatTitle: 1,
    channelTitle: 0,
    selectedConversation: 1,
    meControl: 1,
  },
  composer: 0,
  send: 'enter',
  replyTarget: { messageId: '1788430961137', conversationId: CHAT, author: ALICE },
  messages: chatMessages.map(([messageId, author, text]) => ({
    messageId,
    conversationId: CHAT,
    author,
    text,
    fromSelf: author === ME,
    addressedToUser: author !== ME,
  })),
  canReact: true,
  breakSelectors: ['[data-tid="ckeditor"]', '[data-mid]'],
});

const CHANNEL = '19:8f2b1c9d4e6a4f0b9c3d7e1a2b5c8d0f@thread.tacv2';

/** [messageId, author, text prefix, addressed (an @mention of the user)]. */
const channelMessages: [string, string, string, boolean?][] = [
  // Channel posts (the stale cached chat with Alice is hidden and skipped).
  ['1788248880421', 'Camille Roux', "Bonjour à tous, voici l'ordre du jour"],
  ['1788267900421', 'Julien Moreau', 'Les maquettes v3 sont sur SharePoint'],
  ['1788340320421', 'Léa Fontaine', 'Rappel : gel du code'],
  ['1788367200421', 'Karim Benali', 'La migration de la base clients'],
  ['1788422520421', ME, 'Les notes de la rétro'],
  ['1788426900421', 'Camille Roux', 'Qui peut relire le communiqué'],
  // The open thread's replies (its root post is listed once, above).
  ['1788367937421', 'Julien Moreau', "Est-ce qu'on a un plan de retour arrière"],
  ['1788368417421', 'Karim Benali', 'Oui, snapshot complet'],
  ['1788368477421', 'Karim Benali', 'Compter environ 40 minutes'], // follow-up without a header
  ['1788369317421', 'Léa Fontaine', 'Le support est prévenu ?'],
  ['1788370217421', ME, "Je m'occupe du message portail"],
  ['1788370337421', 'Camille Roux', 'Merci Sam 🙏'],
  ['1788424817421', 'Karim Benali', 'Sam Lee tu peux valider', true],
  ['1788424877421', 'Karim Benali', 'Idéalement samedi 6h-10h.'],
  ['1788426617421', 'Julien Moreau', "Je serai d'astreinte"],
  ['1788427817421', 'Léa Fontaine', 'Parfait. Dernier point'],
];

runAdapterSuite({
  site: 'teams',
  view: 'channel-fr',
  selectorCounts: {
    composer: 2, // new post + thread reply
    sendButton: 2,
    messagePane: 2, // channel posts + the hidden cached chat
    threadPane: 1,
    message: 18, // 6 posts + thread root copy + 10 replies + 1 hidden stale chat message
    messageBody: 18,
    authorName: 16,
    timestamp: 18,
    ownMessage: 0,
    quotedReply: 0,
    controlMessage: 1,
    reactionPill: 5,
    chatTitle: 1, // hidden stale copy
    channelTitle: 1,
    selectedConversation: 1,
    meControl: 1,
  },
  composer: 1, // the thread pane's reply box (0 is the channel's new-post box, which answers nothing)
  send: 'button',
  sendButton: '[data-tid="channel-replies-pane"] button[data-tid="sendMessageCommands-send"]',
  replyTarget: { messageId: '1788427817421', conversationId: CHANNEL, author: 'Léa Fontaine' },
  messages: channelMessages.map(([messageId, author, text, mentioned]) => ({
    messageId,
    conversationId: CHANNEL,
    author,
    text,
    fromSelf: author === ME,
    addressedToUser: !!mentioned,
  })),
  canReact: true,
  breakSelectors: ['[data-tid="ckeditor"]', '[data-tid="channel-pane-viewport"]', '[data-tid="message-pane-list-viewport"]'],
});

/** What the shared suite does not reach: the expanded picker, names, pre-existing reactions, multi-line drafts. */
describe('teams: reactions picker and CKEditor details', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    page = await h.openReplica('teams', 'chat');
    await page.waitForFunction(() => typeof window.__replica === 'object');
    await injectAdapter(page, 'teams');
  });
  afterAll(async () => {
    await h?.close();
  });

  const react = (messageId: string, emoji: string) =>
    page.evaluate(
      async (id, e) => {
        const r = await window.__tactAdapter.react({ site: 'teams', conversationId: 'x', messageId: id }, e);
        const after = window.__replica.reactionsOf(id);
        const undone = r.ok ? await r.undo() : null;
        return { ok: r.ok, reason: r.ok ? null : r.reason, after, undone, final: window.__replica.reactionsOf(id) };
      },
      messageId,
      emoji,
    );

  it('reacts through the expanded picker when the emoji is not a quick reaction', async () => {
    expect(await react('1788429911137', '🎉')).toEqual({ ok: true, reason: null, after: ['🎉'], undone: true, final: [] });
  });

  it('accepts :name: emoji', async () => {
    expect(await react('1788429911137', ':clap:')).toEqual({ ok: true, reason: null, after: ['👏'], undone: true, final: [] });
  });

  it("leaves the user's earlier reaction alone", async () => {
    // The user already hearted this message: nothing to add, and undo must not remove their own reaction.
    expect(await react('1788427991137', '❤️')).toEqual({ ok: true, reason: null, after: ['❤️'], undone: true, final: ['❤️'] });
  });

  it('says so when the emoji or the message is not there', async () => {
    expect(await react('1788429911137', '🦄')).toMatchObject({ ok: false, reason: 'emoji-not-found', final: [] });
    expect(await react('1234567890123', '👍')).toMatchObject({ ok: false, reason: 'no-target' });
  });

  it('replaces the draft with several lines as soft breaks, without sending', async () => {
    const draft = await page.evaluate(() => {
      window.__tactAdapter.findComposers(document)[0]!.replaceText('Sure, notes coming\nby noon');
      return window.__replica.draftText(0);
    });
    expect(draft).toBe('Sure, notes coming\nby noon');
    expect(await page.evaluate(() => window.__replica.sentMessages())).toEqual([]);
  });

  it('knows the signed-in user from the me-control only', async () => {
    expect(await page.evaluate(() => window.__tactAdapter.currentUser(document))).toEqual({
      id: '8:orgid:5b0d8f7e-3c2a-4e61-9a7f-2d14c6e8b901',
      name: ME,
    });
  });

  it("gives a channel's new-post box no reply target and ignores the stale chat title", async () => {
    const channel = await h.openReplica('teams', 'channel-fr');
    await channel.waitForFunction(() => typeof window.__replica === 'object');
    await injectAdapter(channel, 'teams');
    const targets = await channel.evaluate(() => window.__tactAdapter.findComposers(document).map((c) => c.replyTarget()?.messageId ?? null));
    expect(targets).toEqual([null, '1788427817421']);
    // Without ids on the tree, the conversation falls back to the visible channel title, never the
    // hidden stale chat title of Alice's 1:1 (which would make every post look addressed to the user).
    const fallback = await channel.evaluate(() => {
      document.querySelectorAll('[role="treeitem"]').forEach((item) => item.removeAttribute('id'));
      const messages = window.__tactAdapter.listMessages(document);
      return { conversations: [...new Set(messages.map((m) => m.conversationId))], addressed: messages.filter((m) => m.addressedToUser).length };
    });
    expect(fallback).toEqual({ conversations: ['title:Général'], addressed: 1 });
    expect(h.pageErrors).toEqual([]);
    await channel.close();
  });
});
