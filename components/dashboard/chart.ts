import type { WeekStats } from '@/lib/store';
import { s } from './strings';
import { durationInWords, percent, shortDate, type TimeLocale } from './time-words';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Round tops for the time axis, so its one label reads "4 hr", never "3.7 hr". */
const NICE = [15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 4 * HOUR, 8 * HOUR, 12 * HOUR, DAY, 2 * DAY, 3 * DAY, 7 * DAY, 14 * DAY, 28 * DAY];

/** The smallest round duration at or above `ms` (a multiple of four weeks beyond the table). */
export function niceCeiling(ms: number): number {
  return NICE.find((n) => n >= ms) ?? Math.ceil(ms / (28 * DAY)) * 28 * DAY;
}

/** Plot area inside the SVG, in user units. */
export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const CHART_BOX: ChartBox = { width: 320, height: 160, left: 44, right: 40, top: 12, bottom: 26 };

export interface ChartBar {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

/** Everything the SVG draws, computed without the DOM so it can be tested. */
export interface ChartModel {
  box: ChartBox;
  /** One bar per week with answers: the median time to reply. */
  bars: ChartBar[];
  /** On-time share as points (weeks without answers have none), and the polyline through them. */
  points: Array<{ x: number; y: number; label: string }>;
  line: string;
  /** Top of the time axis, in words ("4 hr"). */
  maxLabel: string;
  /** Week labels under the x axis (first, middle, last, to keep them legible). */
  ticks: Array<{ x: number; label: string }>;
  /** The chart's text alternative: one sentence per week. */
  description: string[];
  /** The most recent week with answers, in words, or null when there is none. */
  summary: string | null;
  hasData: boolean;
}

/** Lays out the chart of `stats` (oldest week first, as `replyStats` returns them). */
export function chartModel(stats: readonly WeekStats[], where: TimeLocale, box: ChartBox = CHART_BOX): ChartModel {
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const slot = stats.length ? plotW / stats.length : plotW;
  const max = niceCeiling(Math.max(MINUTE, ...stats.map((w) => w.medianReplyMs ?? 0)));
  const baseline = box.top + plotH;
  const centre = (i: number) => box.left + slot * i + slot / 2;
  const bars: ChartBar[] = [];
  const points: ChartModel['points'] = [];
  const description: string[] = [];
  stats.forEach((w, i) => {
    const week = shortDate(w.start, where);
    if (w.medianReplyMs === null || w.onTimeShare === null) {
      description.push(s('chartWeekEmpty', week));
      return;
    }
    const median = durationInWords(w.medianReplyMs, where.locale);
    const share = percent(w.onTimeShare, where.locale);
    const h = Math.max(1, (Math.min(w.medianReplyMs, max) / max) * plotH);
    const label = s('chartWeek', week, w.answered, median, share);
    bars.push({ x: centre(i) - slot * 0.3, y: baseline - h, width: slot * 0.6, height: h, label });
    points.push({ x: centre(i), y: box.top + (1 - w.onTimeShare) * plotH, label });
    description.push(label);
  });
  const tickAt = [...new Set([0, Math.floor((stats.length - 1) / 2), stats.length - 1])].filter((i) => i >= 0 && i < stats.length);
  const latest = [...stats].reverse().find((w) => w.medianReplyMs !== null && w.onTimeShare !== null);
  return {
    box,
    bars,
    points,
    line: points.map((p, i) => `${i ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`).join(' '),
    maxLabel: durationInWords(max, where.locale),
    ticks: tickAt.map((i) => ({ x: centre(i), label: shortDate(stats[i]!.start, where) })),
    description,
    summary: latest ? s('chartSummary', durationInWords(latest.medianReplyMs!, where.locale), percent(latest.onTimeShare!, where.locale)) : null,
    hasData: bars.length > 0,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
