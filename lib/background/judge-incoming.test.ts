import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { IncomingBatch, IncomingSighting, PendingSighting } from '../messaging';
import { defaultSettings } from '../settings/defaults';
import type { Settings } from '../settings/types';
import { freshDb, HOUR } from '../store/testing';
import { createIncomingJudge, recordSightings } from './judge-incoming';
import { readStoreProblem } from './store-problem';

const HR = 'HR opened an investigation into the harassment complaint against Tom.';
const ASK = 'Can you review the contract before Friday?';
const URGENT_ASK = 'Can you review the contract before Friday? It is urgent, ASAP please.';

const message = (n: number, text: string, over: Partial<IncomingSighting> = {}): IncomingSighting => ({
  key: `slack:D0ALICE:${n}`,
  conversationId: 'D0ALICE',
  messageId: String(n),
  permalink: `https://acme.slack.com/archives/D0ALICE/p${n}`,
  author: { id: 'U0ALICE', name: 'Alice' },
  text,
  addressedToUser: true,
  receivedAt: Date.now() - HOUR,
  ...over,
});

const batch = (messages: IncomingSighting[], over: Partial<IncomingBatch> = {}): IncomingBatch => ({ site: 'slack', locale: 'en-US', messages, threads: [], ...over });

/** A judge over a fresh store, recording as the background does, with the settings a test gives it. */
function setup(settings: Settings = defaultSettings()) {
  const db = freshDb();
  const refresh = vi.fn(async () => undefined);
  const judge = createIncomingJudge({ settings: async () => settings, record: (sightings, s) => recordSightings(db, sightings, s, refresh) });
  return { db, refresh, judge };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('createIncomingJudge', () => {
  it('answers each message with its sensitive topics and its first evidence words, in the order sent', async () => {
    const { judge } = setup();
    const answer = await judge(batch([message(1, HR), message(2, 'Lunch was great.'), message(3, ASK)]));
    expect(answer.verdicts.map((v) => v.key)).toEqual(['slack:D0ALICE:1', 'slack:D0ALICE:2', 'slack:D0ALICE:3']);
    expect(answer.verdicts[0]).toEqual({ key: 'slack:D0ALICE:1', topics: ['legal'], words: ['investigation', 'harassment', 'complaint'] });
    expect(answer.verdicts[1]!.topics).toEqual([]);
    expect(answer.heat).toEqual([]);
  });

  it('records the reply requests addressed to the user, and refreshes the badge once', async () => {
    const { db, judge, refresh } = setup();
    await judge(batch([message(1, ASK), message(2, URGENT_ASK), message(3, ASK, { addressedToUser: false }), message(4, 'Lunch was great.')]));
    const items = (await db.pending.toArray()).sort((a, b) => a.messageId.localeCompare(b.messageId));
    expect(items.map((i) => [i.messageId, i.kind, i.urgent])).toEqual([
      ['1', 'request', false],
      ['2', 'request', true],
    ]);
    expect(items[0]).toMatchObject({ site: 'slack', conversationId: 'D0ALICE', author: { id: 'U0ALICE', name: 'Alice' }, snippet: ASK });
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('cleans the page text it records, through the same path', async () => {
    const { db, judge } = setup();
    await judge(batch([message(1, `\u202E${ASK}\u200B`, { author: { id: 'U 0 bad id', name: 'Mal\u202Elory' }, permalink: 'javascript:alert(1)' })]));
    const [item] = await db.pending.toArray();
    expect(item).toMatchObject({ snippet: ASK, author: { name: 'Mallory' } });
    expect(item!.author.id).toBeUndefined();
    expect(item!.permalink).toBeUndefined();
  });

  it('records nothing when reply tracking is off or the site is off, and still answers the topics', async () => {
    for (const change of [(s: Settings) => (s.hints.replyTracking = false), (s: Settings) => (s.sites.slack = false)]) {
      const settings = defaultSettings();
      change(settings);
      const { db, judge } = setup(settings);
      const answer = await judge(batch([message(1, `${ASK} ${HR}`)]));
      expect(await db.pending.count()).toBe(0);
      expect(answer.verdicts[0]!.topics).toEqual(['legal']);
    }
  });

  it('honours the user’s own words: extra terms flag, muted terms do not', async () => {
    const settings = defaultSettings();
    settings.extraSensitiveTerms = [{ term: 'zorblax', topic: 'health' }];
    settings.mutedSensitiveTerms = ['harassment', 'investigation', 'complaint'];
    const { judge } = setup(settings);
    const answer = await judge(batch([message(1, 'We must discuss zorblax with you.'), message(2, HR)]));
    expect(answer.verdicts.map((v) => [v.topics, v.words])).toEqual([
      [['health'], ['zorblax']],
      [[], []],
    ]);
  });

  it('judges a thread that turned into a rapid back-and-forth, and a calm one not', async () => {
    const { judge } = setup();
    const t0 = Date.now() - HOUR;
    const lines = ['Which build are you testing?', 'The 4.2 one. Which one did you ship?', '4.2-rc3. Did you clear the cache?', 'Yes. Are you on staging or prod?', 'Staging. Can you send me the log?', 'Sent. Do you see the 502s?', 'Only some. Is the flag on for you?', 'I think so? Can you check the config?', 'Which config, the old one or the new one?', 'The new one. Did you pull this morning?'];
    const hot = lines.map((text, i) => ({ author: i % 2 ? 'me' : 'U0ALICE', at: t0 + i * 30_000, text }));
    const calm = ['Deployed.', 'Thanks.', 'Logs look fine.', 'Great, closing the ticket.'].map((text, i) => ({ author: i % 2 ? 'me' : 'U0BOB', at: t0 + i * HOUR, text }));
    const answer = await judge(batch([], { threads: [{ conversationId: 'D0ALICE', messages: hot }, { conversationId: 'D0BOB', messages: calm }] }));
    expect(answer.heat).toHaveLength(1);
    expect(answer.heat[0]).toMatchObject({ conversationId: 'D0ALICE', reason: 'rapid-back-and-forth' });
    expect(answer.heat[0]!.evidence).toMatch(/10 messages between 2 people/);
  });

  it('skips what is not a message and judges at most 4,000 characters of each', async () => {
    const { judge } = setup();
    const long = message(2, `${'Lunch was great. '.repeat(300)} ${HR}`);
    const answer = await judge(batch([null as never, { key: 7 } as never, message(1, HR), long]));
    expect(answer.verdicts.map((v) => [v.key, v.topics])).toEqual([
      ['slack:D0ALICE:1', ['legal']],
      ['slack:D0ALICE:2', []],
    ]);
    expect(await judge({} as never)).toEqual({ verdicts: [], heat: [] });
  });
});

describe('recordSightings', () => {
  const sighting = (messageId: string): PendingSighting => ({
    site: 'slack', conversationId: 'D0ALICE', messageId, author: { name: 'Alice' }, text: ASK, kind: 'request', urgent: false, receivedAt: Date.now() - HOUR,
  });

  it('refreshes once for a batch and not at all when nothing changed', async () => {
    const db = freshDb();
    const refresh = vi.fn(async () => undefined);
    await recordSightings(db, [sighting('1'), sighting('2')], defaultSettings(), refresh);
    expect(await db.pending.count()).toBe(2);
    expect(refresh).toHaveBeenCalledTimes(1);
    const off = defaultSettings();
    off.hints.replyTracking = false;
    await recordSightings(db, [sighting('3')], off, refresh);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('notes a failed write where the popup shows it instead of throwing', async () => {
    const db = freshDb();
    const refresh = vi.fn(async () => undefined);
    const broken = { ...db, pending: undefined } as never;
    await recordSightings(broken, [sighting('1')], defaultSettings(), refresh);
    expect(await readStoreProblem()).toMatchObject({ what: 'capture' });
    expect(refresh).not.toHaveBeenCalled();
  });
});
