import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { IncomingBatch, IncomingSighting, IncomingVerdicts } from '../messaging';
import type { IncomingMessage, SiteAdapter } from '../sites/types';
import { judgeOptions } from '../settings/bridges';
import type { Settings } from '../settings/types';
import { pageLocale } from './page-locale';
import { timeoutWhileValid } from './timers';
import type { IncomingMarker, OverlayState } from './hint-state';
import type { Store } from './state';

/** Incoming text beyond this is not sent to be judged: a reply request sits near the top. */
const MAX_JUDGED = 4000;
const SCAN_EVERY_MS = 600;
/** Messages per call: a 5,000-message list goes as several calls, in order, one at a time. */
export const BATCH_SIZE = 200;
/** A conversation is judged as a thread from this many messages in view, on its last THREAD_TAIL. */
const THREAD_MIN = 4;
const THREAD_TAIL = 30;
/** Pauses before scanning again after a failed call (a worker restarting), longest last and kept. */
const RETRY_AFTER_MS = [1000, 3000, 10_000, 30_000];
/** Answers kept at most (oldest go first): a day on a busy virtual list must not grow the page's memory. */
export const MAX_REMEMBERED = 10_000;

interface Verdict {
  topics: string[];
  words: string[];
}
const NOTHING: Verdict = { topics: [], words: [] };

export interface IncomingDeps {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  state: Store<OverlayState>;
  settings: () => Settings;
  /** Asks the background to judge a batch (`incoming:judge`); rejects when it cannot be reached. */
  judge: (batch: IncomingBatch) => Promise<IncomingVerdicts>;
  /** The background says this conversation should move to a call (once per conversation per page). */
  onHeat: (conversationId: string, reason: string, evidence: string) => void;
  /** The page (a fake in unit tests). */
  doc?: Document;
}

const keyOf = (m: IncomingMessage) => `${m.site}:${m.conversationId}:${m.messageId}`;

/**
 * Reads the messages in view when the message list changes (one observer on the adapter's smallest
 * root, childList only, coalesced) and has the background judge each new one once: the judge's
 * reply, urgency and thread code stay out of the page, and so does the time they take. The
 * background records reply requests itself; the page marks the sensitive messages it is told of.
 */
export function startIncoming({ ctx, adapter, state, settings, judge, onHeat, doc = document }: IncomingDeps) {
  /** Answered messages by key; a key is added only once the background has answered for it. */
  const verdicts = new Map<string, Verdict>();
  const heated = new Set<string>();
  /** The messages of the last scan, to mark again when an answer arrives. */
  let inView: IncomingMessage[] = [];
  let scheduled = false;
  let sending = false;
  let failures = 0;
  /** No call before this time (performance.now): a failed call's pause holds whatever asks for a scan. */
  let retryAt = 0;
  /** The user's words the answers were judged with: new words, new answers. */
  let wordsFrom: object | null = null;

  const runs = (s: Settings) => s.enabled && !!s.sites[adapter.id];

  const mark = () => {
    const s = settings();
    const markers: IncomingMarker[] = [];
    if (runs(s) && s.hints.sensitive) {
      for (const message of inView) {
        const key = keyOf(message);
        const verdict = verdicts.get(key);
        if (verdict?.topics.length && !message.fromSelf) markers.push({ key, element: message.element, topics: verdict.topics, words: verdict.words });
      }
    }
    state.set((st) => (sameMarkers(st.markers, markers) ? st : { ...st, markers }));
  };

  const scan = () => {
    scheduled = false;
    const s = settings();
    if (!runs(s)) {
      inView = [];
      mark();
      return;
    }
    try {
      inView = adapter.listMessages(doc);
    } catch {
      return;
    }
    const words = judgeOptions(s, pageLocale(doc));
    if (words !== wordsFrom) {
      // Judged with other words (a term muted or added): ask again for what is in view.
      if (wordsFrom) verdicts.clear();
      wordsFrom = words;
    }
    mark();
    // One call at a time, so answers come back in page order and nothing is sent twice; the scan
    // that follows the call picks up what changed meanwhile.
    if (sending) return;
    const wait = retryAt - performance.now();
    if (wait > 0) {
      later(wait);
      return;
    }
    const fresh = newMessages(inView, verdicts);
    if (fresh.length) void send(fresh, s.hints.threadHeat ? threadsOf(inView, fresh, heated) : []);
  };

  const send = async (fresh: IncomingMessage[], threads: IncomingBatch['threads']) => {
    sending = true;
    let ok = true;
    try {
      for (let i = 0; i < fresh.length; i += BATCH_SIZE) {
        const part = fresh.slice(i, i + BATCH_SIZE);
        const last = i + BATCH_SIZE >= fresh.length;
        const answer = await judge({
          site: adapter.id,
          locale: pageLocale(doc),
          messages: part.filter((m) => !m.fromSelf).map(toSighting),
          // With the last part: the threads are judged once their newest messages have been.
          threads: last ? threads : [],
        });
        if (!ctx.isValid) return;
        // A background without this handler (an update half done) answers nothing: that is a failure too.
        if (!Array.isArray(answer?.verdicts) || !Array.isArray(answer.heat)) throw new Error('no verdicts');
        const byKey = new Map(answer.verdicts.map((v) => [v.key, v]));
        // The user's own messages are not sent: nothing of theirs is marked or recorded.
        for (const m of part) verdicts.set(keyOf(m), byKey.get(keyOf(m)) ?? NOTHING);
        forgetOldest(verdicts, MAX_REMEMBERED, inView);
        mark();
        for (const { conversationId, reason, evidence } of answer.heat) {
          const s = settings();
          if (heated.has(conversationId) || !runs(s) || !s.hints.threadHeat) continue;
          heated.add(conversationId);
          onHeat(conversationId, reason, evidence);
        }
      }
      failures = 0;
      retryAt = 0;
    } catch {
      // Not answered (the worker restarting, the extension updated): those keys stay new and go again.
      ok = false;
    } finally {
      sending = false;
    }
    if (!ctx.isValid) return;
    if (ok) {
      // Whatever arrived while the call was out.
      if (newMessages(inView, verdicts).length) later(0);
    } else {
      const pause = RETRY_AFTER_MS[Math.min(failures, RETRY_AFTER_MS.length - 1)]!;
      failures += 1;
      retryAt = performance.now() + pause;
      later(pause);
    }
  };

  // One scan pending at most: while a retry waits, the page's changes wait with it, so a busy chat
  // does not send a call per change to a background that is away.
  const later = (ms: number) => {
    if (scheduled) return;
    scheduled = true;
    timeoutWhileValid(ctx, scan, ms);
  };

  const root = adapter.observeRoot(doc) ?? doc.body;
  const observer = new MutationObserver(() => later(SCAN_EVERY_MS));
  observer.observe(root, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  scan();
  return { rescan: scan };
}

/**
 * Drops the oldest answers beyond `max` (a Map iterates in insertion order), never those of messages
 * in view: forgotten, they would be asked about again at once.
 */
function forgetOldest(verdicts: Map<string, Verdict>, max: number, inView: readonly IncomingMessage[]): void {
  if (verdicts.size <= max) return;
  const shown = new Set(inView.map(keyOf));
  for (const key of verdicts.keys()) {
    if (verdicts.size <= max) return;
    if (!shown.has(key)) verdicts.delete(key);
  }
}

/** Messages in view not answered yet, each once, in page order. */
function newMessages(messages: readonly IncomingMessage[], verdicts: ReadonlyMap<string, Verdict>): IncomingMessage[] {
  const keys = new Set<string>();
  return messages.filter((m) => {
    const key = keyOf(m);
    if (verdicts.has(key) || keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}

function toSighting(m: IncomingMessage): IncomingSighting {
  return {
    key: keyOf(m),
    conversationId: m.conversationId,
    messageId: m.messageId,
    permalink: m.permalink,
    author: m.author,
    text: m.text.slice(0, MAX_JUDGED),
    addressedToUser: m.addressedToUser,
    receivedAt: m.sentAt,
  };
}

/** The recent end of each conversation that has new messages and enough of them in view, not yet heated. */
function threadsOf(messages: readonly IncomingMessage[], fresh: readonly IncomingMessage[], heated: ReadonlySet<string>): IncomingBatch['threads'] {
  const joined = new Set(fresh.map((m) => m.conversationId));
  const byConversation = new Map<string, IncomingMessage[]>();
  for (const m of messages) {
    if (!joined.has(m.conversationId) || heated.has(m.conversationId)) continue;
    const list = byConversation.get(m.conversationId) ?? [];
    list.push(m);
    byConversation.set(m.conversationId, list);
  }
  return [...byConversation]
    .filter(([, list]) => list.length >= THREAD_MIN)
    .map(([conversationId, list]) => ({
      conversationId,
      messages: list.slice(-THREAD_TAIL).map((m) => ({
        author: m.fromSelf ? 'me' : (m.author?.id ?? m.author?.name ?? '?'),
        at: m.sentAt ?? 0,
        text: m.text.slice(0, MAX_JUDGED),
      })),
    }));
}

function sameMarkers(a: IncomingMarker[], b: IncomingMarker[]): boolean {
  return a.length === b.length && a.every((m, i) => m.key === b[i]!.key && m.element === b[i]!.element);
}
