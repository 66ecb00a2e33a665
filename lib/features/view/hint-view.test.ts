import { describe, expect, it, vi } from 'vitest';
import type { DraftHint } from '../hint-state';
import type { Composer } from '../../sites/types';
import { asFake, boxed, fakeDocument, type FakeElement } from './fake-dom';
import type { DraftHintActions } from './hint-card';
import { createHintView } from './hint-view';

vi.mock('../../i18n', () => ({ t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}:${[subs].flat().join('|')}`) }));

const attrs = (el: FakeElement) => Object.fromEntries(el.getAttributeNames().filter((n) => n !== 'style').map((n) => [n, el.getAttribute(n)]));
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
const hooked = (el: FakeElement, hook: string) => el.querySelectorAll('button').filter((b) => b.getAttribute('data-tact') === hook);

describe('createHintView', () => {
  const actions = (): DraftHintActions => ({ react: vi.fn(), moreReactions: vi.fn(), dismiss: vi.fn(), suggestCall: vi.fn(), notSensitive: vi.fn() });

  it('draws nothing without a hint', () => {
    expect(createHintView(fakeDocument(), actions(), true).draw({ type: 'none' })).toBeNull();
  });

  it('only moves the card on a redraw of the same hint (a scroll): nothing is rebuilt', () => {
    const view = createHintView(fakeDocument(), actions(), true);
    const where = { top: 600, bottom: 700, right: 1000, width: 400, height: 100 };
    const hint: DraftHint = { ...(ack() as Extract<DraftHint, { type: 'ack' }>), composer: { element: boxed(where) } as unknown as Composer };
    const el = asFake(view.draw(hint));
    const buttons = el.querySelectorAll('button');
    expect(el.style).toMatchObject({ right: '200px', bottom: '208px', top: '', display: '' });
    where.top = 100;
    where.bottom = 200;
    expect(asFake(view.draw(hint))).toBe(el);
    expect(buttons.every((b, i) => b === el.querySelectorAll('button')[i])).toBe(true);
    expect(el.style).toMatchObject({ right: '200px', top: '208px', bottom: '' });
  });

  it('keeps the card and its contents while a new hint shows the same (typing on)', () => {
    const view = createHintView(fakeDocument(), actions(), true);
    const el = asFake(view.draw(ack()));
    const first = el.children[1]!;
    expect(asFake(view.draw(ack()))).toBe(el);
    expect(el.children[1]).toBe(first);
  });

  it('keeps the card element but redescribes it when the hint changes what it shows', () => {
    const view = createHintView(fakeDocument(), actions(), true);
    const el = asFake(view.draw(ack()));
    const row = el.children[1];
    expect(asFake(view.draw(sensitive))).toBe(el);
    expect(attrs(el)).toEqual({ class: 'tact-card', role: 'group', 'aria-live': 'polite', 'data-tact': 'sensitive-hint', 'data-topic': 'health legal', 'aria-label': 'hintLabel' });
    expect(el.children[1]).not.toBe(row);
    expect(el.children[1]!.getAttribute('data-tact')).toBe('evidence');
  });

  it('makes a new card after the hint went away', () => {
    const view = createHintView(fakeDocument(), actions(), true);
    const el = view.draw(ack());
    expect(view.draw({ type: 'none' })).toBeNull();
    const again = view.draw(ack());
    expect(again).not.toBe(el);
    expect(asFake(again).getAttribute('data-tact')).toBe('ack-hint');
  });

  it('uses the actions as they are when the card is built (the runtime swaps in the picker first)', () => {
    const given = actions();
    const view = createHintView(fakeDocument(), given, true);
    const picker = vi.fn();
    given.moreReactions = picker;
    hooked(asFake(view.draw(ack())), 'more-reactions')[0]!.click();
    expect(picker).toHaveBeenCalledOnce();
  });

  it("undoes the shown offer's reaction, once per click", () => {
    const view = createHintView(fakeDocument(), actions(), true);
    const undo = vi.fn();
    hooked(asFake(view.draw({ type: 'undo', composer, emoji: '👍', undo })), 'undo')[0]!.click();
    expect(undo).toHaveBeenCalledOnce();
  });
});
