import { describe, expect, it } from 'vitest';
import { commonAncestor } from './dom';

/** A tree of bare objects that answer parentElement and contains(), as elements do. */
interface Fake {
  name: string;
  parentElement: Fake | null;
  contains(other: Fake): boolean;
}
function node(name: string, parent: Fake | null = null): Fake {
  const self: Fake = {
    name,
    parentElement: parent,
    contains: (other) => {
      for (let n: Fake | null = other; n; n = n.parentElement) if (n === self) return true;
      return false;
    },
  };
  return self;
}
const ancestor = (...nodes: Fake[]) => (commonAncestor(nodes as unknown as Element[]) as unknown as Fake | null)?.name ?? null;

describe('commonAncestor', () => {
  const body = node('body');
  const main = node('main', body);
  const list = node('list', main);
  const thread = node('thread', main);
  const composer = node('composer', thread);
  const popup = node('popup', body);

  it('is the nearest element holding them all', () => {
    expect(ancestor(list, composer)).toBe('main');
    expect(ancestor(list, popup)).toBe('body');
  });

  it('starts above the first element, even when it holds the rest', () => {
    expect(ancestor(thread, composer)).toBe('main');
    expect(ancestor(list)).toBe('main');
  });

  it('is null for nothing, or for elements in no shared tree', () => {
    expect(ancestor()).toBeNull();
    expect(ancestor(list, node('elsewhere'))).toBeNull();
  });
});
