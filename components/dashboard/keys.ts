import type { Row } from './rows';

/** What a key does on a focused row of the list. */
export type ListCommand = 'next' | 'prev' | 'first' | 'last' | 'open' | 'done' | 'snooze';

/** The command for a key press, or null: modified keys are left to the browser. */
export function commandFor(e: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): ListCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowDown':
    case 'j':
      return 'next';
    case 'ArrowUp':
    case 'k':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Enter':
      return 'open';
    case 'e':
      return 'done';
    case 's':
      return 'snooze';
    default:
      return null;
  }
}

/** The index of the next item row from `from` in direction `step` (±1), skipping headers; `from` when none. */
export function nextItemIndex(rows: readonly Row[], from: number, step: 1 | -1): number {
  for (let i = from + step; i >= 0 && i < rows.length; i += step) if (rows[i]!.kind === 'item') return i;
  return from;
}

/** The first (or last) item row, or -1 when there is none. */
export function edgeItemIndex(rows: readonly Row[], edge: 'first' | 'last'): number {
  const found = edge === 'first' ? nextItemIndex(rows, -1, 1) : nextItemIndex(rows, rows.length, -1);
  return found === -1 || found === rows.length ? -1 : found;
}

/**
 * Where focus goes when the item at `index` leaves its place (done, snoozed, dismissed): the next
 * item in the same group, else the one before it, else nothing (null).
 */
export function focusAfterRemoval(rows: readonly Row[], index: number): string | null {
  const row = rows[index];
  if (!row || row.kind !== 'item') return null;
  const next = rows[index + 1];
  if (next?.kind === 'item' && next.group === row.group) return next.item.id;
  const prev = rows[index - 1];
  if (prev?.kind === 'item' && prev.group === row.group) return prev.item.id;
  const after = nextItemIndex(rows, index, 1);
  if (after !== index) return (rows[after] as Extract<Row, { kind: 'item' }>).item.id;
  const before = nextItemIndex(rows, index, -1);
  return before !== index ? (rows[before] as Extract<Row, { kind: 'item' }>).item.id : null;
}
