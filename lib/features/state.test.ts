import { describe, expect, it } from 'vitest';
import { createStore, drawFrom } from './state';

describe('drawFrom', () => {
  it('draws now, then once per burst of changes, with the latest value', async () => {
    const store = createStore(0);
    const drawn: number[] = [];
    drawFrom(store, (v) => drawn.push(v));
    expect(drawn).toEqual([0]);
    store.set(1);
    store.set(2);
    store.set((v) => v + 1);
    expect(drawn).toEqual([0]);
    await Promise.resolve();
    expect(drawn).toEqual([0, 3]);
  });

  it('never draws after it is stopped, even for a change already queued', async () => {
    const store = createStore('a');
    const drawn: string[] = [];
    const stop = drawFrom(store, (v) => drawn.push(v));
    store.set('b');
    stop();
    await Promise.resolve();
    store.set('c');
    await Promise.resolve();
    expect(drawn).toEqual(['a']);
  });

  it('does not draw for a set that changes nothing', async () => {
    const store = createStore({ n: 1 });
    const same = store.get();
    const drawn: unknown[] = [];
    drawFrom(store, (v) => drawn.push(v));
    store.set(same);
    await Promise.resolve();
    expect(drawn).toHaveLength(1);
  });
});
