import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchInvalidation } from './overlay';

/**
 * WXT's real ContentScriptContext, with the little of a page it touches when created (it announces
 * itself on the document and the window). `orphan()` does what an extension reload does to a running
 * content script: its runtime id disappears.
 */
function pageWithTact() {
  vi.stubGlobal('document', new EventTarget());
  vi.stubGlobal('window', Object.assign(new EventTarget(), { postMessage: () => undefined }));
  const ctx = new ContentScriptContext('slack');
  return { ctx, orphan: () => vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string) };
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('watchInvalidation', () => {
  it('leaves a live content script alone', () => {
    const { ctx } = pageWithTact();
    const page = new EventTarget();
    const tact = vi.fn();
    watchInvalidation(ctx, page);
    page.addEventListener('keydown', tact, { capture: true, signal: ctx.signal });
    page.dispatchEvent(new Event('keydown'));
    expect(tact).toHaveBeenCalledTimes(1);
    expect(ctx.signal.aborted).toBe(false);
  });

  it.each(['pointermove', 'pointerdown', 'keydown', 'beforeinput', 'input', 'focusin', 'click', 'scroll', 'visibilitychange'])(
    'invalidates an orphaned copy on %s, before any of its own listeners runs',
    (type) => {
      const { ctx, orphan } = pageWithTact();
      const page = new EventTarget();
      const cleanedUp = vi.fn();
      ctx.onInvalidated(cleanedUp);
      watchInvalidation(ctx, page);
      // Tact's own listener for the same event, added after the watch (as the features are).
      const tact = vi.fn();
      page.addEventListener(type, tact, { capture: true, signal: ctx.signal });

      orphan();
      page.dispatchEvent(new Event(type));
      expect(ctx.signal.aborted).toBe(true);
      expect(cleanedUp).toHaveBeenCalledTimes(1);
      expect(tact).not.toHaveBeenCalled();
    },
  );

  it('stops listening once the copy is invalidated', () => {
    const { ctx, orphan } = pageWithTact();
    const page = new EventTarget();
    watchInvalidation(ctx, page);
    orphan();
    page.dispatchEvent(new Event('keydown'));
    const reads = vi.spyOn(ctx, 'isValid', 'get');
    page.dispatchEvent(new Event('keydown'));
    expect(reads).not.toHaveBeenCalled();
  });
});
