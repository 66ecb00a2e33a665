import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyzeMessage, analyzeThread } from '../judge/engine';
import type { IncomingMessage, SiteAdapter } from '../sites/types';
import type { Settings } from '../settings/types';
import { judgeOptions } from '../settings/bridges';
import { timeoutWhileValid } from './timers';
import type { IncomingMarker, OverlayState } from './hint-state';
import type { Store } from './state';

/** Incoming text beyond this is not judged: a reply request sits near the top. */
const MAX_JUDGED = 4000;
const SCAN_EVERY_MS = 600;
/**
 * New judgements per task. A long thread (or the first scan, which also builds the judge's lazily
 * made tables) goes on in the next task instead of blocking the page for one long task.
 */
const JUDGE_BUDGET_MS = 8;

export interface IncomingDeps {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  state: Store<OverlayState>;
  settings: () => Settings;
  /** A message in view asks the user for something. */
  onNeedsReply: (message: IncomingMessage, kind: string, urgent: boolean) => void;
  /** analyzeThread says this conversation should move to a call. */
  onHeat: (conversationId: string, reason: string, evidence: string) => void;
}

/**
 * Reads the messages in view when the message list changes (one observer on the adapter's smallest
 * root, childList only, coalesced), judges each message once, and marks or records what it finds.
 */
export function startIncoming({ ctx, adapter, state, settings, onNeedsReply, onHeat }: IncomingDeps) {
  const seen = new Map<string, { topics: string[]; words: string[] }>();
  const heated = new Set<string>();
  let scheduled = false;
  let optionsFrom: Settings | null = null;
  let options: ReturnType<typeof judgeOptions> | undefined;

  const scan = () => {
    scheduled = false;
    const s = settings();
    if (!s.enabled || !s.sites[adapter.id]) {
      if (state.get().markers.length) state.set((st) => ({ ...st, markers: [] }));
      return;
    }
    let messages: IncomingMessage[];
    try {
      messages = adapter.listMessages(document);
    } catch {
      return;
    }
    const markers: IncomingMarker[] = [];
    // The same options object for the same settings: the judge caches what it compiles by identity,
    // so a new object per scan would recompile the user's own terms on every scan.
    if (s !== optionsFrom) {
      optionsFrom = s;
      options = judgeOptions(s, document.documentElement.lang || navigator.language);
    }
    const started = performance.now();
    let unfinished = false;
    for (const message of messages) {
      const key = `${message.site}:${message.conversationId}:${message.messageId}`;
      let verdict = seen.get(key);
      if (!verdict) {
        if (performance.now() - started > JUDGE_BUDGET_MS) {
          unfinished = true;
          continue;
        }
        const judgement = analyzeMessage(message.text.slice(0, MAX_JUDGED), options);
        verdict = {
          topics: judgement.sensitive.map((x) => x.topic),
          words: [...new Set(judgement.sensitive.flatMap((x) => x.evidence.map((e) => e.text)))].slice(0, 4),
        };
        seen.set(key, verdict);
        if (judgement.needsReply && message.addressedToUser && !message.fromSelf && s.hints.replyTracking) {
          onNeedsReply(message, judgement.needsReply.kind, judgement.urgent !== null);
        }
      }
      if (verdict.topics.length && !message.fromSelf && s.hints.sensitive) {
        markers.push({ key, element: message.element, topics: verdict.topics, words: verdict.words });
      }
    }
    state.set((st) => (sameMarkers(st.markers, markers) ? st : { ...st, markers }));
    if (unfinished) {
      scheduled = true;
      timeoutWhileValid(ctx, scan, 0);
    }
    else if (s.hints.threadHeat) checkHeat(messages);
  };

  const checkHeat = (messages: IncomingMessage[]) => {
    const byConversation = new Map<string, IncomingMessage[]>();
    for (const m of messages) {
      const list = byConversation.get(m.conversationId) ?? [];
      list.push(m);
      byConversation.set(m.conversationId, list);
    }
    for (const [conversationId, list] of byConversation) {
      if (heated.has(conversationId) || list.length < 4) continue;
      const thread = list.slice(-30).map((m) => ({
        author: m.fromSelf ? 'me' : (m.author?.id ?? m.author?.name ?? '?'),
        at: m.sentAt ?? 0,
        text: m.text.slice(0, MAX_JUDGED),
      }));
      const verdict = analyzeThread(thread);
      if (verdict.suggestCall && verdict.reason) {
        heated.add(conversationId);
        onHeat(conversationId, verdict.reason, verdict.evidence);
      }
    }
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    timeoutWhileValid(ctx, scan, SCAN_EVERY_MS);
  };

  const root = adapter.observeRoot(document) ?? document.body;
  const observer = new MutationObserver(schedule);
  observer.observe(root, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  scan();
  return { rescan: scan };
}

function sameMarkers(a: IncomingMarker[], b: IncomingMarker[]): boolean {
  return a.length === b.length && a.every((m, i) => m.key === b[i]!.key && m.element === b[i]!.element);
}
