import type { DraftHint } from '@/lib/features/hint-state';
import { t } from '@/lib/i18n';
import { HintFrame } from './HintFrame';

export interface DraftHintActions {
  react(emoji: string): void;
  moreReactions(): void;
  dismiss(): void;
  suggestCall(): void;
  notSensitive(): void;
}

interface Props {
  hint: DraftHint;
  frame: number;
  actions: DraftHintActions;
  /** False on sites with a fixed set of reactions: no picker then. */
  anyEmoji?: boolean;
}

/** The card by the composer: react instead, take it to a call, undo, or a note. */
export function DraftHintView({ hint, frame, actions, anyEmoji = true }: Props) {
  if (hint.type === 'none') return null;
  const anchor = hint.composer.element;
  switch (hint.type) {
    case 'ack':
      return (
        <HintFrame anchor={anchor} frame={frame} hook="ack-hint" extra={{ 'data-kind': hint.kind, 'aria-label': t('hintLabel') }}>
          <p class="tact-title">{t('ackTitle')}</p>
          <div class="tact-row">
            {hint.reactions.slice(0, 3).map((emoji) => (
              <button
                type="button"
                class="tact-emoji"
                data-tact="reaction"
                data-emoji={emoji}
                aria-label={t('ackReactWith', emoji)}
                title={t('ackReactWith', emoji)}
                onClick={() => actions.react(emoji)}
              >
                {emoji}
              </button>
            ))}
            {anyEmoji && (
              <button type="button" class="tact-more" data-tact="more-reactions" aria-label={t('moreReactions')} title={t('moreReactions')} onClick={actions.moreReactions}>
                +
              </button>
            )}
            <button type="button" class="tact-dismiss" data-tact="dismiss" aria-label={t('dismiss')} title={t('dismiss')} onClick={actions.dismiss}>
              ×
            </button>
          </div>
          <p class="tact-muted">{t('shortcutHint', hint.reactions[0] ?? '')}</p>
        </HintFrame>
      );
    case 'sensitive': {
      const topics = hint.topics.map((s) => s.topic);
      const names = topics.map((topic) => t(`topic_${topic}` as 'topic_health')).join(', ');
      const words = [...new Set(hint.topics.flatMap((s) => s.evidence.map((e) => e.text)))].slice(0, 6);
      return (
        <HintFrame anchor={anchor} frame={frame} hook="sensitive-hint" extra={{ 'data-topic': topics.join(' '), 'aria-label': t('hintLabel') }}>
          <p class="tact-title">{t('sensitiveTitle', names)}</p>
          <p class="tact-muted" data-tact="evidence">
            {t('sensitiveWords')} {words.map((w, i) => <q key={i}>{w}</q>)}
          </p>
          <div class="tact-row">
            <button type="button" class="tact-primary" data-tact="suggest-call" onClick={actions.suggestCall}>
              {t('suggestCall')}
            </button>
            <button type="button" data-tact="dismiss" onClick={actions.notSensitive}>
              {t('notSensitive')}
            </button>
          </div>
        </HintFrame>
      );
    }
    case 'heat':
      return (
        <HintFrame anchor={anchor} frame={frame} hook="thread-heat" extra={{ 'data-reason': hint.reason }}>
          <p class="tact-title">{t('heatTitle')}</p>
          <p class="tact-muted">{hint.reason === 'conflict-escalating' ? t('heatConflict') : t('heatRapid')}</p>
          <div class="tact-row">
            <button type="button" class="tact-primary" data-tact="suggest-call" onClick={actions.suggestCall}>
              {t('suggestCall')}
            </button>
            <button type="button" data-tact="dismiss" onClick={actions.dismiss}>
              {t('dismiss')}
            </button>
          </div>
        </HintFrame>
      );
    case 'undo':
      return (
        <HintFrame anchor={anchor} frame={frame} hook="undo-toast" extra={{ 'data-emoji': hint.emoji }}>
          <div class="tact-row">
            <span>{t('reacted', hint.emoji)}</span>
            <button type="button" class="tact-primary" data-tact="undo" onClick={hint.undo}>
              {t('undo')}
            </button>
          </div>
        </HintFrame>
      );
    case 'note':
      return (
        <HintFrame anchor={anchor} frame={frame} hook="note">
          <div class="tact-row">
            <span>{hint.message}</span>
            <button type="button" data-tact="dismiss" aria-label={t('dismiss')} onClick={actions.dismiss}>
              ×
            </button>
          </div>
        </HintFrame>
      );
  }
}
