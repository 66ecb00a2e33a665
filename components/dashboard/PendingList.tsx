import type { JSX } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { WorkingCalendar } from '@/lib/schedule';
import { commandFor, edgeItemIndex, focusAfterRemoval, nextItemIndex } from './keys';
import { GroupRow, MoreRow } from './ListRows';
import { PendingRow, type RowHandlers } from './PendingRow';
import type { Row } from './rows';
import { s } from './strings';
import type { TimeLocale } from './time-words';
import { useVirtualWindow } from './use-virtual-window';

type ItemRow = Extract<Row, { kind: 'item' }>;
/** What a row asks for: resolve it, reopen it, or snooze it until a time. */
export type RowAction = 'done' | 'dismiss' | 'reopen' | { snoozeUntil: number };

interface Props {
  rows: Row[];
  now: number;
  where: TimeLocale;
  calendar: WorkingCalendar;
  /** Runs an action; the list has already moved focus to the row that takes the item's place. */
  onAction: (item: ItemRow['item'], action: RowAction) => void;
  onMore: () => void;
}

const rowSelector = (id: string) => `[data-tact="pending-item"][data-id="${CSS.escape(id)}"]`;
const isOpenRow = (row: Row | undefined): row is ItemRow => row?.kind === 'item' && (row.status === 'pending' || row.status === 'snoozed');

/**
 * The list of pending items, virtualized (see useVirtualWindow), with one roving tab stop:
 * ↑/↓ or j/k move, Home/End jump, Enter opens, e marks done, s opens the snooze choices,
 * Escape closes them. Focus follows an item that leaves its place to the one that takes it.
 */
export function PendingList({ rows, now, where, calendar, onAction, onMore }: Props) {
  const view = useVirtualWindow(rows);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [snoozeId, setSnoozeId] = useState<string | null>(null);
  // What to focus after the next render, and whether focus was in the list (so that a row
  // re-rendered elsewhere, or a window that moved, gives it back).
  const focusWanted = useRef<'row' | 'snooze' | null>(null);
  const hadFocus = useRef(false);

  const indexById = useMemo(() => {
    const map = new Map<string, number>();
    rows.forEach((r, i) => r.kind === 'item' && map.set(r.item.id, i));
    return map;
  }, [rows]);
  // The rows as last rendered. Handlers find their item here by id, so a click handled with a
  // closure from an earlier render still acts on the item it names, as the list has it now.
  const latest = useRef({ rows, indexById });
  latest.current = { rows, indexById };
  const itemRow = (id: string): ItemRow | undefined => {
    const row = latest.current.rows[latest.current.indexById.get(id) ?? -1];
    return row?.kind === 'item' ? row : undefined;
  };
  const itemCount = indexById.size;
  const activeIndex = activeId === null ? -1 : (indexById.get(activeId) ?? -1);
  const tabStop = activeIndex >= 0 ? activeIndex : edgeItemIndex(rows, 'first');

  useLayoutEffect(() => {
    const id = tabStop >= 0 ? (rows[tabStop] as ItemRow).item.id : null;
    const lost = hadFocus.current && (document.activeElement === document.body || document.activeElement === null);
    if (!id || (!focusWanted.current && !lost)) return;
    const rowEl = view.scroller.current?.querySelector<HTMLElement>(rowSelector(id));
    if (!rowEl) return;
    const target = focusWanted.current === 'snooze' ? (rowEl.querySelector<HTMLElement>('[data-tact="snooze-option"]') ?? rowEl) : rowEl;
    focusWanted.current = null;
    target.focus({ preventScroll: true });
  });

  const focusIndex = (index: number) => {
    const row = rows[index];
    if (row?.kind !== 'item') return;
    view.show(index);
    focusWanted.current = 'row';
    setActiveId(row.item.id);
    // The same id as before changes no state: focus it now, if it is rendered.
    if (row.item.id === activeId) view.scroller.current?.querySelector<HTMLElement>(rowSelector(row.item.id))?.focus({ preventScroll: true });
  };
  const leave = (id: string) => {
    const next = focusAfterRemoval(latest.current.rows, latest.current.indexById.get(id) ?? -1);
    setSnoozeId(null);
    if (next && view.scroller.current?.contains(document.activeElement)) {
      focusWanted.current = 'row';
      setActiveId(next);
    }
  };

  // An item that has left the list meanwhile (a filter, another tab) is not acted on.
  const handlers: RowHandlers = {
    act(id, action) {
      const row = itemRow(id);
      if (!row) return;
      leave(id);
      onAction(row.item, action);
    },
    snooze(id, until) {
      const row = itemRow(id);
      if (!row) return;
      leave(id);
      onAction(row.item, { snoozeUntil: until });
    },
    openSnooze(id) {
      if (!itemRow(id)) return;
      focusWanted.current = 'snooze';
      setActiveId(id);
      setSnoozeId(id);
    },
    closeSnooze() {
      focusWanted.current = 'row';
      setSnoozeId(null);
    },
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Escape' && snoozeId !== null) {
      e.preventDefault();
      handlers.closeSnooze();
      return;
    }
    if (target.dataset.tact !== 'pending-item') return;
    const command = commandFor(e);
    const id = target.dataset.id;
    const index = id === undefined ? -1 : (indexById.get(id) ?? -1);
    if (!command || id === undefined || index < 0) return;
    e.preventDefault();
    if (command === 'next') focusIndex(nextItemIndex(rows, index, 1));
    else if (command === 'prev') focusIndex(nextItemIndex(rows, index, -1));
    else if (command === 'first' || command === 'last') focusIndex(edgeItemIndex(rows, command));
    else if (command === 'open') target.querySelector<HTMLAnchorElement>('a[data-tact="open"]')?.click();
    else if (!isOpenRow(rows[index])) return;
    else if (command === 'done') handlers.act(id, 'done');
    else handlers.openSnooze(id);
  };

  const rendered: JSX.Element[] = [];
  for (let i = view.start; i < view.end; i++) {
    const row = rows[i]!;
    const placed = { index: i, top: view.offsets[i]!, setSize: rows.length };
    if (row.kind === 'group') rendered.push(<GroupRow key={`group:${row.group}`} {...placed} group={row.group} count={row.count} more={row.more} />);
    else if (row.kind === 'more') rendered.push(<MoreRow key="more" {...placed} onMore={onMore} />);
    else {
      rendered.push(
        <PendingRow key={row.item.id} row={row} {...placed} active={i === tabStop} snoozeOpen={snoozeId === row.item.id}
          now={now} where={where} calendar={calendar} on={handlers} />,
      );
    }
  }

  return (
    <div
      class="list"
      ref={view.scroller}
      onScroll={view.onScroll}
      onKeyDown={onKeyDown}
      onFocusIn={(e) => {
        hadFocus.current = true;
        const id = (e.target as HTMLElement).closest<HTMLElement>('[data-tact="pending-item"]')?.dataset.id;
        if (id && id !== activeId) setActiveId(id);
      }}
      onFocusOut={(e) => {
        const next = e.relatedTarget as Node | null;
        if (next && !view.scroller.current?.contains(next)) hadFocus.current = false;
      }}
      data-tact="pending-list"
    >
      <div role="list" aria-label={s('listLabel', itemCount)} class="list-inner" style={{ height: `${view.total}px` }}>
        {rendered}
      </div>
    </div>
  );
}
