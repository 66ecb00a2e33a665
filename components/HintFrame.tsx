import type { ComponentChildren } from 'preact';

interface Props {
  anchor: HTMLElement;
  /** Re-measure when this changes (scroll, resize). */
  frame: number;
  hook: string;
  extra?: Record<string, string>;
  children: ComponentChildren;
}

/**
 * A floating card by the composer: above its top edge when there is room, else below it. Fixed
 * position in Tact's own layer, so nothing of the site moves.
 */
export function HintFrame({ anchor, frame, hook, extra, children }: Props) {
  void frame;
  const rect = anchor.getBoundingClientRect();
  const view = anchor.ownerDocument.defaultView ?? window;
  const right = Math.max(8, view.innerWidth - rect.right);
  const above = rect.top > 140;
  const style = above
    ? { right: `${right}px`, bottom: `${view.innerHeight - rect.top + 8}px` }
    : { right: `${right}px`, top: `${rect.bottom + 8}px` };
  const hidden = rect.width === 0 && rect.height === 0;
  return (
    <div
      class="tact-card"
      role="group"
      aria-live="polite"
      data-tact={hook}
      {...extra}
      style={{ ...style, display: hidden ? 'none' : undefined }}
    >
      {children}
    </div>
  );
}
