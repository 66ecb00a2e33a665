import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging';
import type { Settings } from '../settings/types';
import type { Composer, SiteAdapter } from '../sites/types';
import { bootFromBackground, watchSettingsFromBackground } from './boot';
import { startDraftHints } from './draft-hints';
import { openEmojiPicker } from './emoji-picker';
import { EMPTY_STATE, type OverlayState } from './hint-state';
import { startIncoming } from './incoming';
import { mountOverlay } from './overlay';
import { createStore, drawFrom } from './state';
import { placeChildren } from './view/dom';
import { createHintView } from './view/hint-view';
import { createMarkersView } from './view/markers-view';

/**
 * Starts Tact on a supported page: the overlay, the draft hints, the incoming-message reader and the
 * health report. Everything is tied to WXT's ctx, so navigation or an extension reload tears it down.
 */
export async function startTact(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  let settings: Settings = await bootFromBackground(ctx);
  if (!ctx.isValid) return;
  const overlay = mountOverlay(ctx);
  const state = createStore<OverlayState>(EMPTY_STATE);
  watchSettingsFromBackground(ctx, (next) => {
    settings = next;
    if (!next.enabled || !next.sites[adapter.id]) state.set({ ...state.get(), hint: { type: 'none' }, markers: [] });
    incoming.rescan();
  });

  const answered = (composer: Composer, how: 'replied' | 'reacted') => {
    const target = safe(() => composer.replyTarget());
    if (!target || !settings.hints.replyTracking) return;
    void sendMessage('pending:answered', { site: adapter.id, conversationId: target.conversationId, how, at: Date.now() }).catch(() => undefined);
  };

  const hints = startDraftHints({
    ctx,
    adapter,
    state,
    settings: () => settings,
    onReacted: (composer) => answered(composer, 'reacted'),
    onSent: (composer) => answered(composer, 'replied'),
  });
  hints.actions.moreReactions = () => {
    const shown = state.get().hint;
    if (shown.type !== 'ack') return;
    const anchor = shown.composer.element.getBoundingClientRect();
    void openEmojiPicker(overlay.container, anchor, ctx.signal).then((emoji) => {
      if (emoji) void hints.actions.react(emoji);
    });
  };

  const incoming = startIncoming({
    ctx,
    adapter,
    state,
    settings: () => settings,
    // The background judges incoming messages and records the reply requests among them (issue #7).
    judge: (batch) => sendMessage('incoming:judge', batch),
    onHeat: (conversationId, reason, evidence) => {
      const composer = safe(() => adapter.findComposers(document).find((c) => c.replyTarget()?.conversationId === conversationId));
      if (composer && state.get().hint.type === 'none') hints.showHeat(composer, reason, evidence);
    },
  });

  // Positioned UI follows scrolling, resizing and the composer moving; coalesced to one frame.
  let pending = false;
  const bump = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const s = state.get();
      if (s.hint.type !== 'none' || s.markers.length) state.set({ ...s, frame: s.frame + 1 });
    });
  };
  ctx.addEventListener(window, 'scroll', bump, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', bump, { passive: true });

  // Plain DOM rather than Preact: the overlay is one card and some dots, and Preact cost every page
  // ~11 KB of script (issue #7). A frame-only change moves them; nothing is rebuilt.
  const hintView = createHintView(document, hints.actions, !adapter.reactions);
  const markersView = createMarkersView(document);
  let drawn: HTMLElement[] = [];
  const stopDrawing = drawFrom(state, ({ hint, markers }) => {
    const card = hintView.draw(hint);
    const nodes = markersView.draw(markers, innerHeight);
    if (card) nodes.push(card);
    placeChildren(overlay.container, nodes, drawn);
    drawn = nodes;
  });
  ctx.onInvalidated(() => {
    stopDrawing();
    placeChildren(overlay.container, [], drawn);
  });

  const report = () => {
    const health = safe(() => adapter.health(document));
    if (health) void sendMessage('health:report', { ...health, url: location.href }).catch(() => undefined);
  };
  ctx.setTimeout(report, 1500);
}

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
