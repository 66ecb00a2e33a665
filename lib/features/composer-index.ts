import type { Composer, SiteAdapter } from '../sites/types';

/**
 * Maps an event target to the composer it is typing in. Looks composers up again only when an
 * editable it has not seen gets input (a new inline reply, a thread pane), never on every mutation.
 */
export function createComposerIndex(adapter: SiteAdapter, doc: Document) {
  let known = new WeakMap<Element, Composer>();
  const refresh = () => {
    known = new WeakMap();
    try {
      for (const composer of adapter.findComposers(doc)) known.set(composer.element, composer);
    } catch {
      // A broken page yields no composers, not an error.
    }
  };
  return {
    forTarget(target: EventTarget | null): Composer | null {
      if (!(target instanceof Element)) return null;
      const editable = target.closest('[contenteditable="true"], textarea');
      if (!editable) return null;
      const lookup = () => {
        for (let el: Element | null = editable; el; el = el.parentElement) {
          const composer = known.get(el);
          if (composer) return composer;
        }
        return null;
      };
      const found = lookup();
      if (found && found.element.isConnected) return found;
      refresh();
      return lookup();
    },
  };
}
