import { describe, expect, it } from 'vitest';
import { cardPlacement, markerPlacement } from './position';

const box = (top: number, bottom: number, right: number, width = 400) => ({ top, bottom, right, width, height: bottom - top });

describe('cardPlacement', () => {
  it('sits above a composer with room over it, right-aligned with it, its bottom 8px over the top edge', () => {
    expect(cardPlacement(box(600, 700, 1000), 1200, 800)).toEqual({ right: '200px', bottom: '208px', top: '', display: '' });
  });

  it('goes below a composer near the top of the window (140px or less above it)', () => {
    expect(cardPlacement(box(140, 240, 1000), 1200, 800)).toEqual({ right: '200px', top: '248px', bottom: '', display: '' });
    expect(cardPlacement(box(141, 240, 1000), 1200, 800).top).toBe('');
  });

  it('keeps 8px from the window edge when the composer reaches it or beyond', () => {
    expect(cardPlacement(box(600, 700, 1200), 1200, 800).right).toBe('8px');
    expect(cardPlacement(box(600, 700, 1300), 1200, 800).right).toBe('8px');
  });

  it('hides while the composer has no box (not rendered), and only then', () => {
    expect(cardPlacement({ top: 0, bottom: 0, right: 0, width: 0, height: 0 }, 1200, 800).display).toBe('none');
    expect(cardPlacement({ top: 0, bottom: 20, right: 0, width: 0, height: 20 }, 1200, 800).display).toBe('');
  });
});

describe('markerPlacement', () => {
  it('puts the dot at the top-right corner of a message in view', () => {
    expect(markerPlacement(box(100, 180, 900), 800)).toEqual({ top: '102px', left: '886px' });
  });

  it('never places the dot left of the window', () => {
    expect(markerPlacement(box(100, 180, 10, 10), 800)).toEqual({ top: '102px', left: '0px' });
  });

  it('has no dot for a message above, below or not rendered, and one for a message partly in view', () => {
    expect(markerPlacement(box(-200, -1, 900), 800)).toBeNull();
    expect(markerPlacement(box(801, 900, 900), 800)).toBeNull();
    expect(markerPlacement(box(100, 180, 900, 0), 800)).toBeNull();
    expect(markerPlacement(box(-50, 10, 900), 800)).toEqual({ top: '-48px', left: '886px' });
    expect(markerPlacement(box(800, 900, 900), 800)).not.toBeNull();
  });
});
