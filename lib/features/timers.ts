import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * `setTimeout` whose handler does nothing once the content script is invalidated. WXT's
 * `ctx.setTimeout` does the same but also adds an abort listener to `ctx.signal` on every call and
 * never removes it: with a timer per keystroke or per DOM change, those listeners and their closures
 * pile up for the life of the page. A stale timer here just fires once and returns.
 */
export function timeoutWhileValid(ctx: ContentScriptContext, handler: () => void, ms: number): number {
  return window.setTimeout(() => {
    if (ctx.isValid) handler();
  }, ms);
}
