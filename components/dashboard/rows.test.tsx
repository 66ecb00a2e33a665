import { describe, expect, it } from 'vitest';
import { ROW_HEIGHT, buildRows, effectiveStatus, rowAt, rowOffsets, scrollToShow, visibleRange, type Row } from './rows';
import { HOUR, NOW, item } from './testing';

const END_OF_TODAY = NOW + 12 * HOUR;
const label = (rows: Row[]) => rows.map((r) => (r.kind === 'group' ? `[${r.group} ${r.count}]` : r.kind === 'item' ? `${r.item.id}:${r.status}` : '[more]'));

describe('buildRows', () => {
  it('splits open items by due time and adds a header per non-empty group', () => {
    const rows = buildRows({
      open: [item(1, { dueAt: NOW - 2 * HOUR }), item(2, { dueAt: NOW - 1 }), item(3, { dueAt: NOW }), item(4, { dueAt: END_OF_TODAY }), item(5, { dueAt: END_OF_TODAY + 1 })],
      snoozed: [],
      done: [item(6, { status: 'replied', resolvedAt: NOW - HOUR })],
      doneMore: false,
    }, NOW, END_OF_TODAY);
    expect(label(rows)).toEqual([
      '[overdue 2]', 'slack:C1:M1:pending', 'slack:C2:M2:pending',
      '[today 2]', 'slack:C3:M3:pending', 'slack:C4:M4:pending',
      '[later 1]', 'slack:C5:M5:pending',
      '[done 1]', 'slack:C6:M6:replied',
    ]);
  });

  it('shows a run-out snooze as pending and ends Done with "more" when there is more', () => {
    const woken = item(1, { status: 'snoozed', snoozedUntil: NOW - 1, dueAt: NOW - HOUR });
    const asleep = item(2, { status: 'snoozed', snoozedUntil: NOW + HOUR });
    const rows = buildRows({ open: [woken], snoozed: [asleep], done: [item(3, { status: 'done', resolvedAt: NOW })], doneMore: true }, NOW, END_OF_TODAY);
    expect(label(rows)).toEqual(['[overdue 1]', 'slack:C1:M1:pending', '[snoozed 1]', 'slack:C2:M2:snoozed', '[done 1]', 'slack:C3:M3:done', '[more]']);
    expect(rows.find((r) => r.kind === 'group' && r.group === 'done')).toMatchObject({ more: true });
  });

  it('is empty for an empty store', () => {
    expect(buildRows({ open: [], snoozed: [], done: [], doneMore: false }, NOW, END_OF_TODAY)).toEqual([]);
  });
});

describe('effectiveStatus', () => {
  it('keeps every status but a snooze that has run out', () => {
    expect(effectiveStatus(item(1, { status: 'snoozed', snoozedUntil: NOW }), NOW)).toBe('pending');
    expect(effectiveStatus(item(1, { status: 'snoozed', snoozedUntil: NOW + 1 }), NOW)).toBe('snoozed');
    expect(effectiveStatus(item(1, { status: 'reacted', resolvedAt: NOW }), NOW)).toBe('reacted');
  });
});

describe('windowing', () => {
  // A header then 10 000 items: the shape the dashboard must stay smooth with.
  const rows: Row[] = [{ kind: 'group', group: 'overdue', count: 10_000, more: false }, ...Array.from({ length: 10_000 }, (_, i): Row => ({ kind: 'item', group: 'overdue', item: item(i), status: 'pending' }))];
  const offsets = rowOffsets(rows);
  const G = ROW_HEIGHT.group;
  const I = ROW_HEIGHT.item;

  it('places rows by arithmetic', () => {
    expect(offsets[0]).toBe(0);
    expect(offsets[1]).toBe(G);
    expect(offsets[2]).toBe(G + I);
    expect(offsets[rows.length]).toBe(G + 10_000 * I);
  });

  it('finds the row under a pixel', () => {
    expect(rowAt(offsets, 0)).toBe(0);
    expect(rowAt(offsets, G - 1)).toBe(0);
    expect(rowAt(offsets, G)).toBe(1);
    expect(rowAt(offsets, G + I * 500 + 3)).toBe(501);
    expect(rowAt(offsets, 1e12)).toBe(rows.length - 1);
    expect(rowAt(rowOffsets([]), 10)).toBe(0);
  });

  it('renders only the rows in view plus the overscan', () => {
    expect(visibleRange(offsets, 0, 600, 5)).toEqual({ start: 0, end: 1 + Math.ceil((600 - G) / I) + 5 });
    const middle = visibleRange(offsets, G + I * 5000, 600, 5);
    expect(middle.start).toBe(5001 - 5);
    expect(middle.end - middle.start).toBeLessThan(30);
    expect(visibleRange(offsets, offsets[rows.length]! - 600, 600, 5).end).toBe(rows.length);
    expect(visibleRange(rowOffsets([]), 0, 600, 5)).toEqual({ start: 0, end: 0 });
  });

  it('scrolls just enough to show a row', () => {
    expect(scrollToShow(offsets, 3, 0, 600)).toBe(0);
    expect(scrollToShow(offsets, 100, 0, 600)).toBe(G + 100 * I - 600);
    expect(scrollToShow(offsets, 2, 1000, 600)).toBe(G + I);
  });
});
