import { describe, expect, it, vi } from 'vitest';
import type { IncomingMarker } from '../hint-state';
import { asFake, boxed, fakeDocument } from './fake-dom';
import { createMarkersView, markerAttrs } from './markers-view';

vi.mock('../../i18n', () => ({ t: (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}:${[subs].flat().join('|')}`) }));

const marker = (key: string, rect: Partial<DOMRect>, topics = ['legal']): IncomingMarker => ({ key, element: boxed(rect), topics, words: ['lawsuit', 'complaint'] });
const row = (top: number) => ({ top, bottom: top + 60, right: 900, width: 600, height: 60 });

describe('markerAttrs', () => {
  it('says what the message touches, for eyes and screen readers alike', () => {
    expect(markerAttrs(marker('a', row(0), ['legal', 'health']))).toEqual({
      class: 'tact-marker',
      'data-tact': 'incoming-marker',
      'data-topic': 'legal health',
      role: 'img',
      'aria-label': 'incomingMarker:topic_legal, topic_health (lawsuit, complaint)',
      title: 'incomingMarker:topic_legal, topic_health (lawsuit, complaint)',
    });
  });
});

describe('createMarkersView', () => {
  it('draws a placed dot for each message in view, in order, and none for the others', () => {
    const view = createMarkersView(fakeDocument());
    const drawn = view.draw([marker('a', row(100)), marker('b', row(900)), marker('c', row(300))], 800).map(asFake);
    expect(drawn.map((el) => el.getAttribute('data-tact'))).toEqual(['incoming-marker', 'incoming-marker']);
    expect(drawn.map((el) => el.style)).toEqual([
      { top: '102px', left: '886px' },
      { top: '302px', left: '886px' },
    ]);
  });

  it('moves the same dots on a redraw of the same list, and brings one back as its message returns', () => {
    const view = createMarkersView(fakeDocument());
    const a = row(100);
    const b = row(900);
    const list = [marker('a', a), marker('b', b)];
    const [first] = view.draw(list, 800);
    a.top = -300;
    a.bottom = -240;
    b.top = 500;
    b.bottom = 560;
    const [second] = view.draw(list, 800);
    expect(asFake(second!).style).toEqual({ top: '502px', left: '886px' });
    a.top = 50;
    a.bottom = 110;
    const again = view.draw(list, 800);
    expect(again).toEqual([first, second]);
  });

  it('keeps a dot by its key when the list changes, and describes it anew', () => {
    const view = createMarkersView(fakeDocument());
    const [dot] = view.draw([marker('a', row(100))], 800);
    const [same] = view.draw([marker('a', row(100), ['health']), marker('b', row(200))], 800);
    expect(same).toBe(dot);
    expect(asFake(same!).getAttribute('data-topic')).toBe('health');
  });

  it('has no dots for an empty list', () => {
    const view = createMarkersView(fakeDocument());
    view.draw([marker('a', row(100))], 800);
    expect(view.draw([], 800)).toEqual([]);
  });
});
