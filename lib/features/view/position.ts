/** The part of a DOMRect that placement reads. */
export interface Box {
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** Inline style values for a positioned element; an empty string clears a property. */
export type Placement = Record<'top' | 'right' | 'bottom' | 'display', string>;

/**
 * Where a card goes by its composer: right-aligned with it (at least 8px from the window's edge),
 * above its top edge when there is room, else below it; hidden while the composer has no box (it is
 * not rendered). Fixed position in Tact's own layer, so nothing of the site moves.
 */
export function cardPlacement(anchor: Box, viewWidth: number, viewHeight: number): Placement {
  const right = `${Math.max(8, viewWidth - anchor.right)}px`;
  const display = anchor.width === 0 && anchor.height === 0 ? 'none' : '';
  return anchor.top > 140
    ? { right, top: '', bottom: `${viewHeight - anchor.top + 8}px`, display }
    : { right, top: `${anchor.bottom + 8}px`, bottom: '', display };
}

/**
 * Where an incoming message's marker goes: at its top-right corner; null when the message is out of
 * view or not rendered, and then there is no marker.
 */
export function markerPlacement(message: Box, viewHeight: number): { top: string; left: string } | null {
  if (message.bottom < 0 || message.top > viewHeight || message.width === 0) return null;
  return { top: `${message.top + 2}px`, left: `${Math.max(0, message.right - 14)}px` };
}
