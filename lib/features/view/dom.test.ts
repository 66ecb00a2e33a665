import { describe, expect, it, vi } from 'vitest';
import { build, h, placeChildren, setAttributes } from './dom';
import { asElement, asFake, fakeDocument, fakeElement } from './fake-dom';

describe('build', () => {
  it('makes the described elements, with attributes, text and a click handler', () => {
    const onclick = vi.fn();
    const el = asFake(build(fakeDocument(), h('div', { class: 'row' }, h('button', { type: 'button', 'data-tact': 'undo', onclick }, 'Undo'), 'after')));
    expect(el.tagName).toBe('DIV');
    expect(el.getAttribute('class')).toBe('row');
    const button = el.children[0]!;
    expect([button.tagName, button.getAttribute('type'), button.getAttribute('data-tact'), button.textContent]).toEqual(['BUTTON', 'button', 'undo', 'Undo']);
    expect(button.getAttributeNames()).not.toContain('onclick');
    button.click();
    expect(onclick).toHaveBeenCalledOnce();
    expect(el.textContent).toBe('Undoafter');
  });

  it('turns text into text nodes, markup and all: page text is never parsed', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const el = asFake(build(fakeDocument(), h('q', {}, hostile)));
    expect(el.childNodes).toEqual([expect.objectContaining({ nodeType: 3, data: hostile })]);
    expect(el.children).toEqual([]);
  });

  it('leaves out attributes described as undefined', () => {
    const el = asFake(build(fakeDocument(), h('span', { title: undefined, role: 'img' })));
    expect(el.getAttributeNames()).toEqual(['role']);
  });
});

describe('setAttributes', () => {
  it('gives an element exactly the new attributes, keeping its style', () => {
    const el = fakeElement('div');
    el.setAttribute('data-kind', 'thanks');
    el.setAttribute('style', 'top: 4px');
    el.setAttribute('data-tact', 'ack-hint');
    setAttributes(asElement(el), { 'data-tact': 'sensitive-hint', 'data-topic': 'health' });
    expect(Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)]))).toEqual({
      style: 'top: 4px',
      'data-tact': 'sensitive-hint',
      'data-topic': 'health',
    });
  });
});

describe('placeChildren', () => {
  const setup = () => {
    const parent = fakeElement('div');
    const [a, b, c, picker] = ['a', 'b', 'c', 'iframe'].map(fakeElement) as [ReturnType<typeof fakeElement>, ReturnType<typeof fakeElement>, ReturnType<typeof fakeElement>, ReturnType<typeof fakeElement>];
    return { parent, a, b, c, picker, place: (nodes: typeof a[], previous: typeof a[]) => placeChildren(asElement(parent), nodes.map(asElement), previous.map(asElement)) };
  };

  it('puts the nodes first, in order, before anything else in the parent', () => {
    const { parent, a, b, picker, place } = setup();
    parent.append(picker);
    place([a, b], []);
    expect(parent.children).toEqual([a, b, picker]);
  });

  it('removes what it placed before and is no longer wanted, and leaves the rest where it is', () => {
    const { parent, a, b, c, picker, place } = setup();
    place([a, b, c], []);
    parent.append(picker);
    place([a, c], [a, b, c]);
    expect(parent.children).toEqual([a, c, picker]);
    expect([a.inserted, c.inserted]).toEqual([1, 1]);
  });

  it('inserts a newcomer without moving the nodes after it (focus inside them survives)', () => {
    const { parent, a, b, c, place } = setup();
    place([a, c], []);
    place([a, b, c], [a, c]);
    expect(parent.children).toEqual([a, b, c]);
    expect([a.inserted, b.inserted, c.inserted]).toEqual([1, 1, 1]);
  });

  it('empties what it placed when given nothing', () => {
    const { parent, a, b, picker, place } = setup();
    place([a, b], []);
    parent.append(picker);
    place([], [a, b]);
    expect(parent.children).toEqual([picker]);
  });
});
