import { describe, expect, it } from 'vitest';
import type { WeekStats } from '@/lib/store';
import { CHART_BOX, chartModel, niceCeiling } from './chart';

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
const START = Date.parse('2026-01-05T00:00:00Z');
const UTC = { locale: 'en', timeZone: 'UTC' };

const week = (i: number, answered: number, medianReplyMs: number | null, onTimeShare: number | null): WeekStats =>
  ({ start: START + i * WEEK, end: START + (i + 1) * WEEK, answered, medianReplyMs, onTimeShare });

describe('niceCeiling', () => {
  it.each<[number, number]>([[1, 15 * 60_000], [HOUR, HOUR], [HOUR + 1, 2 * HOUR], [3 * HOUR, 4 * HOUR], [30 * HOUR, 48 * HOUR], [40 * 24 * HOUR, 56 * 24 * HOUR]])('%d → %d', (ms, nice) => {
    expect(niceCeiling(ms)).toBe(nice);
  });
});

describe('chartModel', () => {
  const stats = [week(0, 3, 3 * HOUR, 2 / 3), week(1, 0, null, null), week(2, 2, 1 * HOUR, 1)];
  const model = chartModel(stats, UTC);
  const plotH = CHART_BOX.height - CHART_BOX.top - CHART_BOX.bottom;
  const baseline = CHART_BOX.top + plotH;

  it('draws a bar per week with answers, scaled to a round top', () => {
    expect(model.maxLabel).toBe('4 hr');
    expect(model.bars).toHaveLength(2);
    expect(model.bars[0]!.height).toBeCloseTo(plotH * 0.75);
    expect(model.bars[0]!.y + model.bars[0]!.height).toBeCloseTo(baseline);
    expect(model.bars[1]!.height).toBeCloseTo(plotH * 0.25);
    expect(model.bars[0]!.x).toBeLessThan(model.bars[1]!.x);
  });

  it('plots the on-time share from the top (100%) to the baseline (0%)', () => {
    expect(model.points[0]!.y).toBeCloseTo(CHART_BOX.top + plotH / 3);
    expect(model.points[1]!.y).toBe(CHART_BOX.top);
    expect(model.line).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
  });

  it('describes every week in words, and sums up the latest one', () => {
    expect(model.description).toEqual([
      'Week of Jan 5: 3 answered, median time to reply 3 hr, 67% in time.',
      'Week of Jan 12: nothing answered.',
      'Week of Jan 19: 2 answered, median time to reply 1 hr, 100% in time.',
    ]);
    expect(model.summary).toBe('Last week: median 1 hr, 100% in time.');
    expect(model.ticks.map((t) => t.label)).toEqual(['Jan 5', 'Jan 12', 'Jan 19']);
    expect(model.hasData).toBe(true);
  });

  it('has no bars and no summary before any answer', () => {
    const empty = chartModel([week(0, 0, null, null), week(1, 0, null, null)], UTC);
    expect(empty).toMatchObject({ bars: [], points: [], line: '', summary: null, hasData: false });
    expect(empty.description).toHaveLength(2);
    expect(chartModel([], UTC)).toMatchObject({ bars: [], ticks: [], hasData: false });
  });
});
