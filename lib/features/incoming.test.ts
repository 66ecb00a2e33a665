import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { IncomingBatch, IncomingVerdicts } from '../messaging';
import { defaultSettings } from '../settings/defaults';
import type { Settings } from '../settings/types';
import type { IncomingMessage, SiteAdapter } from '../sites/types';
import { EMPTY_STATE, type OverlayState } from './hint-state';
import { BATCH_SIZE, MAX_REMEMBERED, startIncoming } from './incoming';
import { createStore } from './state';

/** The observers the code under test made: a test calls `mutate()` as the page changing would. */
const observers: (() => void)[] = [];
class FakeObserver {
  constructor(private readonly callback: () => void) {}
  observe() {
    observers.push(this.callback);
  }
  disconnect() {
    observers.splice(observers.indexOf(this.callback), 1);
  }
}
const mutate = () => observers.forEach((callback) => callback());

/** WXT's real context, with the little of a page it touches when created. */
function context() {
  vi.stubGlobal('document', new EventTarget());
  const setTimeout = (handler: () => void, ms: number) => globalThis.setTimeout(handler, ms);
  vi.stubGlobal('window', Object.assign(new EventTarget(), { postMessage: () => undefined, setTimeout }));
  return new ContentScriptContext('slack');
}

const message = (n: number, over: Partial<IncomingMessage> = {}): IncomingMessage => ({
  site: 'slack',
  conversationId: 'D0ALICE',
  messageId: String(n),
  author: { id: 'U0ALICE', name: 'Alice' },
  sentAt: 1_000 * n,
  text: `message ${n}`,
  element: { n } as unknown as HTMLElement,
  fromSelf: false,
  addressedToUser: true,
  ...over,
});

interface Call {
  batch: IncomingBatch;
  answer: (verdicts?: Partial<IncomingVerdicts>) => Promise<void>;
  fail: () => Promise<void>;
}

/** A page with a message list, and a background that answers when the test says (or fails). */
function setup(initial: IncomingMessage[], settings: Settings = defaultSettings()) {
  const ctx = context();
  let messages = initial;
  const calls: Call[] = [];
  /** Topics the fake background finds, by message text. */
  const topics = new Map<string, string[]>();
  const judge = (batch: IncomingBatch) =>
    new Promise<IncomingVerdicts>((resolve, reject) => {
      const settle = async (fn: () => void) => {
        fn();
        // Let the page's code run on to its next call before the test looks.
        await vi.advanceTimersByTimeAsync(0);
      };
      calls.push({
        batch,
        answer: (over) => settle(() => resolve({
          verdicts: batch.messages.map((m) => ({ key: m.key, topics: topics.get(m.text) ?? [], words: topics.has(m.text) ? ['word'] : [] })),
          heat: [],
          ...over,
        })),
        fail: () => settle(() => reject(new Error('Could not establish connection. Receiving end does not exist.'))),
      });
    });
  const adapter = {
    id: 'slack',
    observeRoot: () => ({}) as Element,
    listMessages: () => messages,
  } as unknown as SiteAdapter;
  const state = createStore<OverlayState>(EMPTY_STATE);
  const onHeat = vi.fn();
  const doc = { documentElement: { lang: 'en-GB' }, body: {} } as unknown as Document;
  const incoming = startIncoming({ ctx, adapter, state, settings: () => settings, judge, onHeat, doc });
  return {
    ctx, calls, topics, state, onHeat, incoming, settings,
    show: (next: IncomingMessage[]) => {
      messages = next;
      mutate();
    },
    sentKeys: () => calls.flatMap((c) => c.batch.messages.map((m) => m.key)),
    markerKeys: () => state.get().markers.map((m) => m.key),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.stubGlobal('MutationObserver', FakeObserver);
  observers.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('startIncoming', () => {
  it('sends the messages in view to be judged, with the page’s locale and what a reply request needs', () => {
    const { calls } = setup([message(1, { permalink: 'https://acme.slack.com/archives/D0ALICE/p1' })]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.batch).toEqual({
      site: 'slack',
      locale: 'en-GB',
      messages: [{
        key: 'slack:D0ALICE:1', conversationId: 'D0ALICE', messageId: '1', permalink: 'https://acme.slack.com/archives/D0ALICE/p1',
        author: { id: 'U0ALICE', name: 'Alice' }, text: 'message 1', addressedToUser: true, receivedAt: 1_000,
      }],
      threads: [],
    });
  });

  it('marks the messages the background found sensitive, and not the user’s own, which it never sends', async () => {
    const { calls, topics, markerKeys, state } = setup([message(1, { text: 'HR complaint' }), message(2), message(3, { fromSelf: true, text: 'HR complaint' })]);
    topics.set('HR complaint', ['legal']);
    expect(calls[0]!.batch.messages.map((m) => m.key)).toEqual(['slack:D0ALICE:1', 'slack:D0ALICE:2']);
    expect(markerKeys()).toEqual([]);
    await calls[0]!.answer();
    expect(markerKeys()).toEqual(['slack:D0ALICE:1']);
    expect(state.get().markers[0]).toMatchObject({ topics: ['legal'], words: ['word'], element: { n: 1 } });
  });

  it('sends each message once: a rescan after the answer sends only what is new, and a key seen twice goes once', async () => {
    const { calls, show, sentKeys } = setup([message(1), message(2), message(2)]);
    expect(sentKeys()).toEqual(['slack:D0ALICE:1', 'slack:D0ALICE:2']);
    await calls[0]!.answer();
    show([message(1), message(2), message(3)]);
    await vi.advanceTimersByTimeAsync(600);
    expect(sentKeys()).toEqual(['slack:D0ALICE:1', 'slack:D0ALICE:2', 'slack:D0ALICE:3']);
    await calls[1]!.answer();
    show([message(2), message(3)]);
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(2);
  });

  it('coalesces a burst of changes into one scan', async () => {
    const { calls, show } = setup([]);
    for (let n = 1; n <= 20; n++) show(Array.from({ length: n }, (_, i) => message(i + 1)));
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.batch.messages).toHaveLength(20);
  });

  it('splits a 5,000-message list into calls of 200, in order, one call at a time', async () => {
    const list = Array.from({ length: 5_000 }, (_, i) => message(i));
    const { calls, sentKeys } = setup(list);
    for (let i = 0; i < 5_000 / BATCH_SIZE; i++) {
      expect(calls).toHaveLength(i + 1);
      expect(calls[i]!.batch.messages).toHaveLength(BATCH_SIZE);
      await calls[i]!.answer();
    }
    expect(calls).toHaveLength(25);
    expect(sentKeys()).toEqual(list.map((m) => `slack:D0ALICE:${m.messageId}`));
  });

  it('caps each message at 4,000 characters', () => {
    const { calls } = setup([message(1, { text: 'x'.repeat(10_000) })]);
    expect(calls[0]!.batch.messages[0]!.text).toHaveLength(4_000);
  });

  it('sends nothing more while a call is out, then what arrived meanwhile', async () => {
    const { calls, show, sentKeys } = setup([message(1)]);
    show([message(1), message(2)]);
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(1);
    await calls[0]!.answer();
    expect(sentKeys()).toEqual(['slack:D0ALICE:1', 'slack:D0ALICE:2']);
  });

  it('keeps what a failed call carried unseen: the next scan, no sooner than the retry pause, sends it again', async () => {
    const { calls, show, sentKeys, topics, markerKeys } = setup([message(1, { text: 'HR complaint' })]);
    topics.set('HR complaint', ['legal']);
    await calls[0]!.fail();
    show([message(1, { text: 'HR complaint' }), message(2)]);
    // A busy page does not hammer a background that is away: its changes wait for the retry.
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(400);
    expect(sentKeys()).toEqual(['slack:D0ALICE:1', 'slack:D0ALICE:1', 'slack:D0ALICE:2']);
    await calls[1]!.answer();
    expect(markerKeys()).toEqual(['slack:D0ALICE:1']);
  });

  it('holds the retry pause when the page changed while the failing call was out', async () => {
    const { calls, show } = setup([message(1)]);
    // The page changes during the call: a scan is due 600 ms later...
    show([message(1), message(2)]);
    await calls[0]!.fail();
    // ...but the failed call's pause (1 s) holds it, and a settings rescan too.
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(399);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await calls[1]!.fail();
    show([message(1), message(2), message(3)]);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
  });

  it('asks again for what is in view when the user changes their own words', async () => {
    const settings = defaultSettings();
    const { calls, incoming, sentKeys } = setup([message(1)], settings);
    await calls[0]!.answer();
    settings.ackPhrases = ['roger roger'];
    incoming.rescan();
    await vi.advanceTimersByTimeAsync(0);
    expect(sentKeys()).toEqual(['slack:D0ALICE:1', 'slack:D0ALICE:1']);
    await calls[1]!.answer();
    // Other switches leave the answers alone.
    settings.hints = { ...settings.hints, threadHeat: false };
    incoming.rescan();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
  });

  it(`remembers at most ${MAX_REMEMBERED} answers, forgetting the oldest`, async () => {
    const list = Array.from({ length: MAX_REMEMBERED + 50 }, (_, i) => message(i));
    const { calls, show } = setup(list);
    for (let i = 0; i < calls.length; i++) await calls[i]!.answer();
    // All in view at once: none is forgotten, or it would be asked about again at once.
    expect(calls).toHaveLength(Math.ceil(list.length / BATCH_SIZE));
    // The list moves on: a new message's answer pushes the oldest ones out.
    show([message(MAX_REMEMBERED + 100)]);
    await vi.advanceTimersByTimeAsync(600);
    await calls.at(-1)!.answer();
    const before = calls.length;
    // The first message was forgotten: seen again, it is asked about again; a recent one is not.
    show([message(0), message(MAX_REMEMBERED + 49)]);
    await vi.advanceTimersByTimeAsync(600);
    expect(calls).toHaveLength(before + 1);
    expect(calls.at(-1)!.batch.messages.map((m) => m.messageId)).toEqual(['0']);
  });

  it('tries again by itself on a quiet page, after longer pauses while the background stays away', async () => {
    const { calls } = setup([message(1)]);
    await calls[0]!.fail();
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await calls[1]!.fail();
    await vi.advanceTimersByTimeAsync(2_999);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(3);
    await calls[2]!.answer();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(3);
  });

  it('counts an empty answer (a background without the handler) as a failure, and keeps the parts already answered', async () => {
    const list = Array.from({ length: 450 }, (_, i) => message(i));
    const { calls, sentKeys } = setup(list);
    await calls[0]!.answer();
    await calls[1]!.answer({ verdicts: undefined });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(3);
    expect(calls[2]!.batch.messages.map((m) => m.messageId)).toEqual(list.slice(200, 400).map((m) => m.messageId));
    await calls[2]!.answer();
    await calls[3]!.answer();
    expect(new Set(sentKeys()).size).toBe(450);
  });

  it('does nothing when the site is off, and clears its markers when it is turned off', async () => {
    const settings = defaultSettings();
    const { calls, topics, markerKeys, incoming } = setup([message(1, { text: 'HR complaint' })], settings);
    topics.set('HR complaint', ['legal']);
    await calls[0]!.answer();
    expect(markerKeys()).toEqual(['slack:D0ALICE:1']);
    settings.sites.slack = false;
    incoming.rescan();
    expect(markerKeys()).toEqual([]);
    const off = defaultSettings();
    off.enabled = false;
    expect(setup([message(1)], off).calls).toHaveLength(0);
  });

  it('shows no marker when sensitive hints are off, and shows it without asking again when they come on', async () => {
    const settings = defaultSettings();
    settings.hints.sensitive = false;
    const { calls, topics, markerKeys, incoming } = setup([message(1, { text: 'HR complaint' })], settings);
    topics.set('HR complaint', ['legal']);
    await calls[0]!.answer();
    expect(markerKeys()).toEqual([]);
    settings.hints.sensitive = true;
    incoming.rescan();
    expect(markerKeys()).toEqual(['slack:D0ALICE:1']);
    expect(calls).toHaveLength(1);
  });

  it('sends a conversation’s last 30 messages as a thread once it has 4 and new ones, with the last part only', async () => {
    const list = [
      ...Array.from({ length: 230 }, (_, i) => message(i, { fromSelf: i % 2 === 1, text: 't'.repeat(5_000) })),
      ...Array.from({ length: 3 }, (_, i) => message(1_000 + i, { conversationId: 'D0BOB' })),
    ];
    const { calls } = setup(list);
    expect(calls[0]!.batch.threads).toEqual([]);
    await calls[0]!.answer();
    const [thread, ...others] = calls[1]!.batch.threads;
    expect(others).toEqual([]);
    expect(thread!.conversationId).toBe('D0ALICE');
    expect(thread!.messages).toHaveLength(30);
    expect(thread!.messages[0]).toEqual({ author: 'U0ALICE', at: 200_000, text: 't'.repeat(4_000) });
    expect(thread!.messages[1]!.author).toBe('me');
  });

  it('tells of heat once per conversation and sends that conversation’s thread no more', async () => {
    const { calls, show, onHeat } = setup(Array.from({ length: 4 }, (_, i) => message(i)));
    expect(calls[0]!.batch.threads.map((t) => t.conversationId)).toEqual(['D0ALICE']);
    await calls[0]!.answer({ heat: [{ conversationId: 'D0ALICE', reason: 'rapid-back-and-forth', evidence: '4 messages' }] });
    expect(onHeat).toHaveBeenCalledWith('D0ALICE', 'rapid-back-and-forth', '4 messages');
    show(Array.from({ length: 6 }, (_, i) => message(i)));
    await vi.advanceTimersByTimeAsync(600);
    expect(calls[1]!.batch.threads).toEqual([]);
    await calls[1]!.answer({ heat: [{ conversationId: 'D0ALICE', reason: 'rapid-back-and-forth', evidence: 'again' }] });
    expect(onHeat).toHaveBeenCalledTimes(1);
  });

  it('sends no thread without new messages in it, or with thread heat off', async () => {
    const settings = defaultSettings();
    const { calls, show } = setup(Array.from({ length: 5 }, (_, i) => message(i)), settings);
    await calls[0]!.answer();
    show([...Array.from({ length: 5 }, (_, i) => message(i)), message(9, { conversationId: 'D0BOB' })]);
    await vi.advanceTimersByTimeAsync(600);
    expect(calls[1]!.batch.threads).toEqual([]);
    settings.hints.threadHeat = false;
    expect(setup(Array.from({ length: 5 }, (_, i) => message(i)), settings).calls[0]!.batch.threads).toEqual([]);
  });

  it('stops once the content script is invalidated: an answer then changes nothing and nothing more is sent', async () => {
    const { ctx, calls, show, topics, markerKeys } = setup([message(1, { text: 'HR complaint' })]);
    topics.set('HR complaint', ['legal']);
    ctx.notifyInvalidated();
    await calls[0]!.answer();
    expect(markerKeys()).toEqual([]);
    show([message(1), message(2)]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
  });
});
