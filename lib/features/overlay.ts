import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import css from './overlay.css?inline';

/** The one place Tact draws in a host page: `<tact-overlay>` with an open shadow root, fixed at 0×0 so nothing of the site moves. */
export interface Overlay {
  /** The element inside the shadow root that features render into. */
  container: HTMLElement;
  shadow: ShadowRoot;
  host: HTMLElement;
}

export async function mountOverlay(ctx: ContentScriptContext): Promise<Overlay> {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'tact-overlay',
    position: 'inline',
    anchor: 'html',
    append: 'last',
    mode: 'open',
    inheritStyles: true,
    css,
    // Keys typed into Tact's UI must not reach the site's own shortcuts.
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(container) {
      const layer = document.createElement('div');
      layer.className = 'tact-layer';
      layer.dataset.tact = 'layer';
      container.append(layer);
      return layer;
    },
  });
  ui.mount();
  return { container: ui.mounted!, shadow: ui.shadow, host: ui.shadowHost };
}
