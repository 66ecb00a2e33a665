import { t } from '../../i18n';
import type { DraftHint } from '../hint-state';
import { h, type Attrs, type Spec } from './dom';
import { topicNames } from './markers-view';

/** What the card's buttons do; the draft-hints feature provides them. */
export interface DraftHintActions {
  react(emoji: string): void;
  moreReactions(): void;
  dismiss(): void;
  suggestCall(): void;
  notSensitive(): void;
}

/** The card's handlers: the feature's actions and the shown undo offer's own undo. */
export interface CardActions extends DraftHintActions {
  undo(): void;
}

/** A hint card: one floating group by the composer, with its test hook and what it is about. */
function card(hook: string, extra: Attrs, ...children: Spec[]): Spec {
  return h('div', { class: 'tact-card', role: 'group', 'aria-live': 'polite', 'data-tact': hook, ...extra }, ...children);
}

const button = (attrs: Attrs, text: string) => h('button', { type: 'button', ...attrs }, text);
const row = (...children: Spec[]) => h('div', { class: 'tact-row' }, ...children);
const line = (style: string, text: string) => h('p', { class: style }, text);
/** The same words for screen readers (aria-label) and as a tooltip (title). */
const named = (label: string): Attrs => ({ 'aria-label': label, title: label });

/**
 * The card by the composer as data: react instead, take it to a call, undo, or a note. Null when
 * no hint shows. Page text (the draft's words, a note) only ever becomes text nodes.
 */
export function hintSpec(hint: DraftHint, act: CardActions, anyEmoji: boolean): Spec | null {
  const callOr = (dismiss: () => void, label: string) =>
    row(button({ class: 'tact-primary', 'data-tact': 'suggest-call', onclick: act.suggestCall }, t('suggestCall')), button({ 'data-tact': 'dismiss', onclick: dismiss }, label));
  switch (hint.type) {
    case 'none':
      return null;
    case 'ack': {
      const reactions = hint.reactions.slice(0, 3).map((emoji) =>
        button({ class: 'tact-emoji', 'data-tact': 'reaction', 'data-emoji': emoji, ...named(t('ackReactWith', emoji)), onclick: () => act.react(emoji) }, emoji),
      );
      if (anyEmoji) reactions.push(button({ class: 'tact-more', 'data-tact': 'more-reactions', ...named(t('moreReactions')), onclick: act.moreReactions }, '+'));
      return card(
        'ack-hint',
        { 'data-kind': hint.kind, 'aria-label': t('hintLabel') },
        line('tact-title', t('ackTitle')),
        row(...reactions, button({ class: 'tact-dismiss', 'data-tact': 'dismiss', ...named(t('dismiss')), onclick: act.dismiss }, '×')),
        line('tact-muted', t('shortcutHint', hint.reactions[0] ?? '')),
      );
    }
    case 'sensitive': {
      const topics = hint.topics.map((s) => s.topic);
      const words = [...new Set(hint.topics.flatMap((s) => s.evidence.map((e) => e.text)))].slice(0, 6);
      return card(
        'sensitive-hint',
        { 'data-topic': topics.join(' '), 'aria-label': t('hintLabel') },
        line('tact-title', t('sensitiveTitle', topicNames(topics))),
        h('p', { class: 'tact-muted', 'data-tact': 'evidence' }, `${t('sensitiveWords')} `, ...words.map((word) => h('q', {}, word))),
        callOr(act.notSensitive, t('notSensitive')),
      );
    }
    case 'heat':
      return card(
        'thread-heat',
        { 'data-reason': hint.reason },
        line('tact-title', t('heatTitle')),
        line('tact-muted', hint.reason === 'conflict-escalating' ? t('heatConflict') : t('heatRapid')),
        callOr(act.dismiss, t('dismiss')),
      );
    case 'undo':
      return card('undo-toast', { 'data-emoji': hint.emoji }, row(h('span', {}, t('reacted', hint.emoji)), button({ class: 'tact-primary', 'data-tact': 'undo', onclick: act.undo }, t('undo'))));
    case 'note':
      return card('note', {}, row(h('span', {}, hint.message), button({ 'data-tact': 'dismiss', 'aria-label': t('dismiss'), onclick: act.dismiss }, '×')));
  }
}
