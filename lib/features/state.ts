/** A value that can be watched: the overlay's UI re-renders from it. */
export interface Store<T> {
  get(): T;
  set(next: T | ((prev: T) => T)): void;
  subscribe(listener: (value: T) => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      const resolved = typeof next === 'function' ? (next as (prev: T) => T)(value) : next;
      if (Object.is(resolved, value)) return;
      value = resolved;
      for (const listener of listeners) listener(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Calls `draw` with the store's value now and after every change, at most once per microtask (so a
 * burst of changes draws once, as a component's state would). Returns the stop. No hooks needed:
 * the overlay re-renders from the top, and preact/hooks stays out of the content script.
 */
export function drawFrom<T>(store: Store<T>, draw: (value: T) => void): () => void {
  let queued = false;
  let stopped = false;
  const flush = () => {
    queued = false;
    if (!stopped) draw(store.get());
  };
  draw(store.get());
  const unsubscribe = store.subscribe(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(flush);
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
