import type { DraftHint } from '../hint-state';
import { buildChildren, setAttributes } from './dom';
import { hintSpec, type CardActions, type DraftHintActions } from './hint-card';
import { cardPlacement } from './position';

/** Draws the hint card; `draw` returns the card to show (null for none). */
export interface HintView {
  draw(hint: DraftHint): HTMLElement | null;
}

/**
 * The hint card, built when the hint changes what it shows and otherwise only moved: every scroll or
 * resize frame draws again, and keyboard focus inside the card (or a screen reader's place in its
 * live region) must survive that. The card element itself stays while one hint follows another, as
 * it did under Preact, so its entry animation does not replay on every keystroke.
 */
export function createHintView(doc: Document, actions: DraftHintActions, anyEmoji: boolean): HintView {
  let element: HTMLElement | null = null;
  let shown: DraftHint = { type: 'none' };
  let drawn = '';
  // The feature's actions are read when a card is built (the runtime swaps in the lazy picker
  // first); undo belongs to whichever undo offer shows when it is clicked.
  const act: CardActions = Object.assign(Object.create(actions) as DraftHintActions, {
    undo: () => {
      if (shown.type === 'undo') shown.undo();
    },
  });
  return {
    draw(hint) {
      if (hint !== shown) {
        shown = hint;
        const spec = hintSpec(hint, act, anyEmoji);
        const description = JSON.stringify(spec);
        if (!spec) element = null;
        else if (description !== drawn || !element) {
          element ??= doc.createElement('div');
          setAttributes(element, spec.attrs);
          element.replaceChildren(...buildChildren(doc, spec));
        }
        drawn = description;
      }
      if (element && hint.type !== 'none') {
        const anchor = hint.composer.element;
        const view = anchor.ownerDocument.defaultView ?? window;
        Object.assign(element.style, cardPlacement(anchor.getBoundingClientRect(), view.innerWidth, view.innerHeight));
      }
      return element;
    },
  };
}
