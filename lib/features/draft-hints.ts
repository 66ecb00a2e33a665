import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { callSuggestion, createComposerJudge, type DraftJudge, type JudgeOptions } from '../judge/engine';
import type { Composer, SiteAdapter } from '../sites/types';
import type { Settings } from '../settings/types';
import { hintOn, judgeOptions as judgeWords, runsOn } from '../settings/bridges';
import { t } from '../i18n';
import { createComposerIndex } from './composer-index';
import { pageLocale } from './page-locale';
import { timeoutWhileValid } from './timers';
import type { DraftHint } from './hint-state';
import type { Store } from './state';
import type { OverlayState } from './hint-state';

/** How long typing must pause before a hint appears; hiding is immediate. */
const SHOW_AFTER_MS = 350;
const UNDO_FOR_MS = 8000;

export interface DraftHintsDeps {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  state: Store<OverlayState>;
  settings: () => Settings;
  /** Told when a reaction replaced a reply (pending replies resolve on it). */
  onReacted?: (composer: Composer) => void;
  onSent?: (composer: Composer, text: string) => void;
}

/**
 * Watches what the user types in the site's composers and decides which hint shows. The judge runs
 * on every input event (microseconds); a hint appears after a short pause and goes at once.
 */
export function startDraftHints({ ctx, adapter, state, settings, onReacted, onSent }: DraftHintsDeps) {
  const index = createComposerIndex(adapter, document);
  const watched = new WeakSet<HTMLElement>();
  /** Send watches by composer, stopped once the site removes the composer (an SPA navigation renders a new one). */
  const sendWatches = new Map<HTMLElement, AbortController>();
  ctx.onInvalidated(() => sendWatches.forEach((watch) => watch.abort()));
  /** Conversations where the user said "not sensitive". */
  const quiet = new Set<string>();
  /** Drafts the user dismissed the ack hint for (until the text changes). */
  let dismissedText: string | null = null;
  let timer: number | undefined;
  let judgeOptions: JudgeOptions = {};
  let optionsFrom: Settings | null = null;
  /** One incremental judge per composer: each keystroke rescans only the end of the draft. */
  let drafts = new WeakMap<HTMLElement, DraftJudge>();

  const setHint = (hint: DraftHint) => state.set((s) => ({ ...s, hint }));
  const current = () => state.get().hint;
  const conversationKey = (composer: Composer) => {
    const target = composer.replyTarget();
    return target ? `${target.site}:${target.conversationId}` : `draft:${adapter.id}`;
  };
  const options = (): JudgeOptions => {
    const s = settings();
    if (s !== optionsFrom) {
      optionsFrom = s;
      const next = judgeWords(s, pageLocale());
      // Equal words come back as the same object: the drafts' judges stay valid then.
      if (next !== judgeOptions) drafts = new WeakMap();
      judgeOptions = next;
    }
    return judgeOptions;
  };
  const judgeDraft = (composer: Composer, text: string) => {
    const opts = options();
    let judge = drafts.get(composer.element);
    if (!judge) {
      judge = createComposerJudge(opts);
      drafts.set(composer.element, judge);
    }
    return judge.judge(text);
  };

  const decide = (composer: Composer, text: string): DraftHint => {
    const s = settings();
    if (!runsOn(s, adapter.id) || text.trim() === '') return { type: 'none' };
    const judgement = judgeDraft(composer, text);
    if (judgement.acknowledgement && hintOn(s, adapter.id, 'acknowledgement') && text !== dismissedText) {
      const ack = judgement.acknowledgement;
      const favourites = s.favouriteReactions[ack.kind] ?? [];
      const reactions = offered([...new Set([...favourites, ...ack.reactions])], adapter.reactions);
      // No reaction to offer (emoji tables missing): the person just sends their reply.
      if (reactions.length) return { type: 'ack', composer, kind: ack.kind, reactions, evidence: ack.evidence };
    }
    if (judgement.sensitive.length && hintOn(s, adapter.id, 'sensitive') && !quiet.has(conversationKey(composer))) {
      return { type: 'sensitive', composer, topics: judgement.sensitive, language: judgement.language };
    }
    return { type: 'none' };
  };

  const onInput = (composer: Composer) => {
    watchComposer(composer);
    const text = safeRead(composer);
    if (dismissedText !== null && text !== dismissedText) dismissedText = null;
    const next = decide(composer, text);
    let shown = current();
    const movedOn = text.trim() !== '' && (shown.type === 'undo' || (shown.type === 'note' && text !== shown.draft));
    if (movedOn) {
      // The person has moved on: typing again retires the undo offer or the note.
      setHint({ type: 'none' });
      shown = current();
    }
    const same = shown.type === next.type && shown.type !== 'none' && (shown as { composer: Composer }).composer.element === composer.element;
    if (next.type === 'none' || !same) {
      if (shown.type !== 'none' && shown.type !== 'heat') setHint({ type: 'none' });
    }
    clearTimeout(timer);
    if (next.type === 'none') return;
    if (same) {
      setHint(next);
      return;
    }
    timer = timeoutWhileValid(ctx, () => {
      // Re-judge: the draft may have changed within the pause.
      const latest = decide(composer, safeRead(composer));
      if (latest.type !== 'none') setHint(latest);
    }, SHOW_AFTER_MS);
  };

  const watchComposer = (composer: Composer) => {
    if (watched.has(composer.element)) return;
    watched.add(composer.element);
    // Each watch listens on the window: left running, a removed composer's would pile up per navigation.
    for (const [element, watch] of sendWatches) {
      if (element.isConnected) continue;
      watch.abort();
      sendWatches.delete(element);
      // A site may attach the same element again later: it must be watched again then.
      watched.delete(element);
    }
    const watch = new AbortController();
    sendWatches.set(composer.element, watch);
    composer.onSend((text) => {
      clearTimeout(timer);
      const shown = current();
      if (shown.type !== 'none' && 'composer' in shown && shown.composer.element === composer.element) setHint({ type: 'none' });
      onSent?.(composer, text);
    }, watch.signal);
  };

  ctx.addEventListener(
    document,
    'input',
    (event) => {
      const composer = index.forTarget(event.target);
      if (composer) onInput(composer);
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'focusin',
    (event) => {
      const composer = index.forTarget(event.target);
      if (composer) watchComposer(composer);
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      const shown = current();
      if (shown.type === 'none') return;
      const composer = index.forTarget(event.target);
      if (!composer || !('composer' in shown) || shown.composer.element !== composer.element) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        actions.dismiss();
      } else if (event.key === 'Enter' && event.altKey && shown.type === 'ack' && shown.reactions[0]) {
        event.preventDefault();
        event.stopPropagation();
        void actions.react(shown.reactions[0]!);
      }
    },
    { capture: true },
  );

  const actions = {
    async react(emoji: string) {
      const shown = current();
      if (shown.type !== 'ack') return;
      const composer = shown.composer;
      const draft = safeRead(composer);
      clearTimeout(timer);
      const target = safeTarget(composer);
      const result = target ? await adapter.react(target, emoji).catch(() => ({ ok: false as const, reason: 'no-reaction-ui' as const })) : null;
      if (!result || !result.ok) {
        composer.replaceText(emoji);
        setHint({ type: 'note', composer, message: t(result ? 'cannotReact' : 'noTarget', emoji), draft: emoji });
        return;
      }
      composer.replaceText('');
      onReacted?.(composer);
      let undone = false;
      const undo = () => {
        if (undone) return;
        undone = true;
        void result.undo().finally(() => {
          composer.replaceText(draft);
          setHint({ type: 'none' });
        });
      };
      setHint({ type: 'undo', composer, emoji, undo });
      timeoutWhileValid(ctx, () => {
        const now = current();
        if (now.type === 'undo' && now.undo === undo) setHint({ type: 'none' });
      }, UNDO_FOR_MS);
    },
    dismiss() {
      const shown = current();
      if (shown.type === 'ack') dismissedText = safeRead(shown.composer);
      clearTimeout(timer);
      setHint({ type: 'none' });
    },
    notSensitive() {
      const shown = current();
      if (shown.type === 'sensitive') quiet.add(conversationKey(shown.composer));
      setHint({ type: 'none' });
    },
    suggestCall() {
      const shown = current();
      if (shown.type !== 'sensitive' && shown.type !== 'heat') return;
      const composer = shown.composer;
      const language = shown.type === 'sensitive' ? shown.language : judgeDraft(composer, safeRead(composer)).language;
      const sentence = callSuggestion(language, settings().meetingLink || undefined);
      const draft = safeRead(composer).trimEnd();
      composer.replaceText(draft ? `${draft}\n\n${sentence}` : sentence);
      quiet.add(conversationKey(composer));
      setHint({ type: 'none' });
    },
    moreReactions() {
      // Replaced by the runtime with the lazy picker.
    },
  };
  return { actions, showHeat: (composer: Composer, reason: string, evidence: string) => setHint({ type: 'heat', composer, reason, evidence }) };
}

/** The suggestions the site can take: on a site with fixed reactions, those that fit first, then the rest of its set. */
export function offered(ranked: string[], fixed: readonly string[] | undefined): string[] {
  if (!fixed) return ranked;
  const bare = (e: string) => e.replace(/\uFE0F/g, '');
  const fits = ranked.map((e) => fixed.find((f) => bare(f) === bare(e))).filter((e): e is string => e !== undefined);
  return [...new Set([...fits, ...fixed])];
}

function safeRead(composer: Composer): string {
  try {
    return composer.readText();
  } catch {
    return '';
  }
}

function safeTarget(composer: Composer) {
  try {
    return composer.replyTarget();
  } catch {
    return null;
  }
}
