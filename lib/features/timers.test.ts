import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { timeoutWhileValid } from './timers';

/** WXT's real context, with the little of a page it touches when created. */
function context() {
  vi.stubGlobal('document', new EventTarget());
  // The page's own timers are the (fake) global ones.
  const setTimeout = (handler: () => void, ms: number) => globalThis.setTimeout(handler, ms);
  vi.stubGlobal('window', Object.assign(new EventTarget(), { postMessage: () => undefined, setTimeout }));
  return new ContentScriptContext('slack');
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('timeoutWhileValid', () => {
  it('runs the handler once, after the delay', () => {
    const ctx = context();
    const handler = vi.fn();
    timeoutWhileValid(ctx, handler, 350);
    vi.advanceTimersByTime(349);
    expect(handler).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('can be cleared like any timer', () => {
    const ctx = context();
    const handler = vi.fn();
    clearTimeout(timeoutWhileValid(ctx, handler, 350));
    vi.runAllTimers();
    expect(handler).not.toHaveBeenCalled();
  });

  it('does nothing once the content script is invalidated', () => {
    const ctx = context();
    const handler = vi.fn();
    timeoutWhileValid(ctx, handler, 350);
    ctx.notifyInvalidated();
    vi.runAllTimers();
    expect(handler).not.toHaveBeenCalled();
  });

  it('leaves no listener on the context signal, however many timers it starts (ctx.setTimeout leaves one each)', () => {
    const ctx = context();
    const added = vi.spyOn(ctx.signal, 'addEventListener');
    for (let i = 0; i < 1000; i++) timeoutWhileValid(ctx, () => undefined, 10);
    vi.runAllTimers();
    expect(added).not.toHaveBeenCalled();
    ctx.setTimeout(() => undefined, 10);
    expect(added).toHaveBeenCalledTimes(1);
  });
});
