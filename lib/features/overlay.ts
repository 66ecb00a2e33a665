import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from './overlay.css?inline';

/** The one place Tact draws in a host page: `<tact-overlay>` with an open shadow root, fixed at 0×0 so nothing of the site moves. */
export interface Overlay {
  /** The element inside the shadow root that features render into. */
  container: HTMLElement;
  shadow: ShadowRoot;
  host: HTMLElement;
}

/** Keys typed into Tact's UI must not reach the site's own shortcuts. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * Mounts the overlay at the end of `<html>` (outside the site's own tree, so its re-renders never
 * remove it) and removes it when the content script is invalidated (extension reload or update).
 * Written by hand rather than with WXT's shadow-root UI helper: this is all of it we use, and the
 * helper brings ~7 KB of code into every page.
 */
export function mountOverlay(ctx: ContentScriptContext): Overlay {
  // An overlay left by an earlier copy of Tact (the extension was reloaded) gives way to this one.
  for (const stale of document.querySelectorAll('tact-overlay')) stale.remove();
  const host = document.createElement('tact-overlay');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  container.className = 'tact-layer';
  container.dataset.tact = 'layer';
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  document.documentElement.append(host);
  ctx.onInvalidated(() => host.remove());
  watchInvalidation(ctx, window);
  return { container, shadow, host };
}

/** The page's first events after Tact's extension went away: the moment an orphaned copy must notice. */
// pointermove: a stale hint goes as soon as the pointer moves towards it, before it can be clicked.
const WAKE_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'beforeinput', 'input', 'focusin', 'click', 'scroll', 'visibilitychange'] as const;

/**
 * After an extension reload or removal the old content script keeps running, cut off from the
 * extension, and WXT only notices when something reads `ctx.isValid`. Reading it on the page's input
 * events, in the capture phase on the window (before any of Tact's own listeners, which sit on the
 * document or later on the window), invalidates the old copy there and then: its overlay goes and its
 * listeners are removed before they can act on a stale hint or throw into the page.
 */
export function watchInvalidation(ctx: Pick<ContentScriptContext, 'isValid' | 'signal'>, target: EventTarget): void {
  const check = () => ctx.isValid;
  for (const type of WAKE_EVENTS) target.addEventListener(type, check, { capture: true, passive: true, signal: ctx.signal });
}
