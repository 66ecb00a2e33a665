import type { RefObject } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rowOffsets, scrollToShow, visibleRange, type Row } from './rows';

/** Rows drawn beyond the viewport on each side, so fast scrolling shows no blank band. */
const OVERSCAN = 8;

/** A virtual window over `rows` in a scroll container. */
export interface VirtualWindow {
  scroller: RefObject<HTMLDivElement | null>;
  offsets: Float64Array;
  /** Rows [start, end) are rendered. */
  start: number;
  end: number;
  /** Height of all rows together: the inner box's height, so the scrollbar is true. */
  total: number;
  onScroll: () => void;
  /** Scrolls just enough to bring row `index` into view. */
  show: (index: number) => void;
}

/**
 * Windowing by hand: every row's offset comes from fixed heights (no measuring), the scroll
 * position is read once per frame, and only the rows in view are rendered.
 */
export function useVirtualWindow(rows: readonly Row[]): VirtualWindow {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(640);
  const frame = useRef(0);
  const offsets = useMemo(() => rowOffsets(rows), [rows]);

  useLayoutEffect(() => {
    const el = scroller.current!;
    const measure = () => setViewport(el.clientHeight || 640);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, []);

  const onScroll = () => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      setScrollTop(scroller.current?.scrollTop ?? 0);
    });
  };
  const show = (index: number) => {
    const el = scroller.current;
    if (!el) return;
    const top = scrollToShow(offsets, index, el.scrollTop, el.clientHeight);
    if (top === el.scrollTop) return;
    el.scrollTop = top;
    // Render the new window now rather than on the scroll event's frame, so focus can land in it.
    setScrollTop(top);
  };

  const { start, end } = visibleRange(offsets, scrollTop, viewport, OVERSCAN);
  return { scroller, offsets, start, end, total: offsets[rows.length] ?? 0, onScroll, show };
}
