import { describe, expect, it, vi } from 'vitest';
import type { DraftHint } from '../hint-state';
import type { Composer } from '../../sites/types';
import { build } from './dom';
import { asFake, boxed, fakeDocument, type FakeElement } from './fake-dom';
import { hintSpec, type CardActions } from './hint-card';

// The key and its substitutions, so a test sees which message each piece of text is.
vi.mock('../../i18n', () => ({ t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}:${[subs].flat().join('|')}`) }));

const attrs = (el: FakeElement) => Object.fromEntries(el.getAttributeNames().filter((n) => n !== 'style').map((n) => [n, el.getAttribute(n)]));
const spy = (): CardActions => ({ react: vi.fn(), moreReactions: vi.fn(), dismiss: vi.fn(), suggestCall: vi.fn(), notSensitive: vi.fn(), undo: vi.fn() });
const rect = { top: 600, bottom: 700, right: 1000, width: 400, height: 100 };
const composer = { element: boxed(rect) } as unknown as Composer;
const evidence = (text: string) => ({ text, start: 0, end: text.length });
const ack = (reactions = ['👍', '🙏', '✅', '🎉']): DraftHint => ({ type: 'ack', composer, kind: 'thanks', reactions, evidence: evidence('thanks') });
const sensitive: DraftHint = {
  type: 'sensitive',
  composer,
  topics: [
    { topic: 'health', evidence: [evidence('surgery'), evidence('sick leave')] },
    { topic: 'legal', evidence: [evidence('lawsuit'), evidence('surgery')] },
  ],
  language: 'en',
};
const card = (hint: DraftHint, actions = spy(), anyEmoji = true) => asFake(build(fakeDocument(), hintSpec(hint, actions, anyEmoji)!));
const hooked = (el: FakeElement, hook: string) => el.querySelectorAll('button').filter((b) => b.getAttribute('data-tact') === hook);

describe('hintSpec', () => {
  it('has no card without a hint', () => {
    expect(hintSpec({ type: 'none' }, spy(), true)).toBeNull();
  });

  it('offers the top three reactions, more and dismiss, as a labelled group', () => {
    const actions = spy();
    const el = card(ack(), actions);
    expect(attrs(el)).toEqual({ class: 'tact-card', role: 'group', 'aria-live': 'polite', 'data-tact': 'ack-hint', 'data-kind': 'thanks', 'aria-label': 'hintLabel' });
    const [title, row, shortcut] = el.children;
    expect([title!.tagName, attrs(title!), title!.textContent]).toEqual(['P', { class: 'tact-title' }, 'ackTitle']);
    expect(row!.children.map(attrs)).toEqual([
      ...['👍', '🙏', '✅'].map((e) => ({ type: 'button', class: 'tact-emoji', 'data-tact': 'reaction', 'data-emoji': e, 'aria-label': `ackReactWith:${e}`, title: `ackReactWith:${e}` })),
      { type: 'button', class: 'tact-more', 'data-tact': 'more-reactions', 'aria-label': 'moreReactions', title: 'moreReactions' },
      { type: 'button', class: 'tact-dismiss', 'data-tact': 'dismiss', 'aria-label': 'dismiss', title: 'dismiss' },
    ]);
    expect(row!.children.map((b) => b.textContent)).toEqual(['👍', '🙏', '✅', '+', '×']);
    expect([attrs(shortcut!), shortcut!.textContent]).toEqual([{ class: 'tact-muted' }, 'shortcutHint:👍']);
    row!.children[1]!.click();
    row!.children[3]!.click();
    row!.children[4]!.click();
    expect(actions.react).toHaveBeenCalledWith('🙏');
    expect(actions.moreReactions).toHaveBeenCalledOnce();
    expect(actions.dismiss).toHaveBeenCalledOnce();
  });

  it('has no "more" on a site with a fixed set of reactions', () => {
    expect(hooked(card(ack(['👍']), spy(), false), 'more-reactions')).toEqual([]);
    expect(hooked(card(ack(['👍']), spy(), false), 'dismiss')).toHaveLength(1);
  });

  it('names the sensitive topics and quotes each word once, with a call or "not sensitive"', () => {
    const actions = spy();
    const el = card(sensitive, actions);
    expect(attrs(el)).toMatchObject({ 'data-tact': 'sensitive-hint', 'data-topic': 'health legal', 'aria-label': 'hintLabel' });
    expect(el.children[0]!.textContent).toBe('sensitiveTitle:topic_health, topic_legal');
    const words = el.children[1]!;
    expect(attrs(words)).toEqual({ class: 'tact-muted', 'data-tact': 'evidence' });
    expect(words.children.map((q) => [q.tagName, q.textContent])).toEqual([['Q', 'surgery'], ['Q', 'sick leave'], ['Q', 'lawsuit']]);
    expect(words.textContent).toBe('sensitiveWords surgerysick leavelawsuit');
    const [call, dismiss] = el.children[2]!.children;
    expect([attrs(call!), call!.textContent]).toEqual([{ type: 'button', class: 'tact-primary', 'data-tact': 'suggest-call' }, 'suggestCall']);
    expect([attrs(dismiss!), dismiss!.textContent]).toEqual([{ type: 'button', 'data-tact': 'dismiss' }, 'notSensitive']);
    call!.click();
    dismiss!.click();
    expect(actions.suggestCall).toHaveBeenCalledOnce();
    expect(actions.notSensitive).toHaveBeenCalledOnce();
    expect(actions.dismiss).not.toHaveBeenCalled();
  });

  it('quotes at most six words', () => {
    const many: DraftHint = { ...sensitive, topics: [{ topic: 'health', evidence: 'abcdefgh'.split('').map(evidence) }] } as DraftHint;
    expect(card(many).children[1]!.children.map((q) => q.textContent)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('says why a heated thread should move to a call', () => {
    const actions = spy();
    const conflict = card({ type: 'heat', composer, reason: 'conflict-escalating', evidence: 'x' }, actions);
    expect(attrs(conflict)).toEqual({ class: 'tact-card', role: 'group', 'aria-live': 'polite', 'data-tact': 'thread-heat', 'data-reason': 'conflict-escalating' });
    expect(conflict.children.map((c) => c.textContent)).toEqual(['heatTitle', 'heatConflict', 'suggestCalldismiss']);
    expect(card({ type: 'heat', composer, reason: 'rapid-exchange', evidence: 'x' }).children[1]!.textContent).toBe('heatRapid');
    hooked(conflict, 'dismiss')[0]!.click();
    expect(actions.dismiss).toHaveBeenCalledOnce();
  });

  it('offers undo after a reaction', () => {
    const actions = spy();
    const el = card({ type: 'undo', composer, emoji: '🎉', undo: vi.fn() }, actions);
    expect(attrs(el)).toMatchObject({ 'data-tact': 'undo-toast', 'data-emoji': '🎉' });
    const [text, undo] = el.children[0]!.children;
    expect([text!.tagName, text!.textContent]).toEqual(['SPAN', 'reacted:🎉']);
    expect([attrs(undo!), undo!.textContent]).toEqual([{ type: 'button', class: 'tact-primary', 'data-tact': 'undo' }, 'undo']);
    undo!.click();
    expect(actions.undo).toHaveBeenCalledOnce();
  });

  it('shows a note as text, with a dismiss button', () => {
    const message = '<b>could not react</b>';
    const el = card({ type: 'note', composer, message, draft: '👍' });
    expect(attrs(el)).toEqual({ class: 'tact-card', role: 'group', 'aria-live': 'polite', 'data-tact': 'note' });
    const [text, dismiss] = el.children[0]!.children;
    expect(text!.childNodes).toEqual([expect.objectContaining({ nodeType: 3, data: message })]);
    expect([attrs(dismiss!), dismiss!.textContent]).toEqual([{ type: 'button', 'data-tact': 'dismiss', 'aria-label': 'dismiss' }, '×']);
  });
});
