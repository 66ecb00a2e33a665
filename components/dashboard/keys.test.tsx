import { describe, expect, it } from 'vitest';
import { commandFor, edgeItemIndex, focusAfterRemoval, nextItemIndex } from './keys';
import type { Row } from './rows';
import { item } from './testing';

const header = (group: Row['group']): Row => ({ kind: 'group', group, count: 0, more: false });
const at = (n: number, group: Row['group']): Row => ({ kind: 'item', group, item: item(n), status: 'pending' });
// [overdue] 1 2 [today] 3 [done] 4
const rows: Row[] = [header('overdue'), at(1, 'overdue'), at(2, 'overdue'), header('today'), at(3, 'today'), header('done'), at(4, 'done')];

describe('commandFor', () => {
  it.each<[string, string | null]>([
    ['ArrowDown', 'next'], ['j', 'next'], ['ArrowUp', 'prev'], ['k', 'prev'], ['Home', 'first'], ['End', 'last'],
    ['Enter', 'open'], ['e', 'done'], ['s', 'snooze'], ['x', null], ['J', null], [' ', null],
  ])('%s → %s', (key, command) => {
    expect(commandFor({ key })).toBe(command);
  });

  it('leaves modified keys to the browser', () => {
    expect(commandFor({ key: 'j', ctrlKey: true })).toBeNull();
    expect(commandFor({ key: 'ArrowDown', altKey: true })).toBeNull();
    expect(commandFor({ key: 'e', metaKey: true })).toBeNull();
  });
});

describe('moving between items', () => {
  it('skips group headers and stops at the ends', () => {
    expect(nextItemIndex(rows, 2, 1)).toBe(4);
    expect(nextItemIndex(rows, 4, -1)).toBe(2);
    expect(nextItemIndex(rows, 6, 1)).toBe(6);
    expect(nextItemIndex(rows, 1, -1)).toBe(1);
    expect(edgeItemIndex(rows, 'first')).toBe(1);
    expect(edgeItemIndex(rows, 'last')).toBe(6);
    expect(edgeItemIndex([header('done')], 'first')).toBe(-1);
    expect(edgeItemIndex([], 'last')).toBe(-1);
  });

  it('moves focus to the next item of the group when one leaves, else the one before, else the next group', () => {
    expect(focusAfterRemoval(rows, 1)).toBe(item(2).id);
    expect(focusAfterRemoval(rows, 2)).toBe(item(1).id);
    expect(focusAfterRemoval(rows, 4)).toBe(item(4).id);
    expect(focusAfterRemoval([header('today'), at(3, 'today')], 1)).toBeNull();
    expect(focusAfterRemoval(rows, 0)).toBeNull();
  });
});
