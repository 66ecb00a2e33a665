import { replyStats, type TactDb } from '@/lib/store';
import { chartModel } from './chart';
import { useLive } from './hooks';
import { s } from './strings';
import type { TimeLocale } from './time-words';

const WEEKS = 8;
const HOUR = 3_600_000;

interface Props {
  db: TactDb;
  now: number;
  where: TimeLocale;
}

/**
 * The user's own reply habits over the last eight weeks, as a small hand-drawn SVG: bars for the
 * median time to reply, a line for the share answered in time. `<title>` and `<desc>` carry the
 * same numbers in words for screen readers.
 */
export function ReplyChart({ db, now, where }: Props) {
  // The weeks end at the next full hour, not at `now`: liveQuery only re-runs for writes inside the
  // range a query read, so a range ending now would never see the answer given a minute later.
  const end = Math.floor(now / HOUR) * HOUR + HOUR;
  const { value: stats } = useLive(() => replyStats(db, end, WEEKS), [db, end]);
  const model = chartModel(stats ?? [], where);
  const { box } = model;
  const plotBottom = box.height - box.bottom;
  const plotRight = box.width - box.right;
  return (
    <section class="panel chart" aria-labelledby="chart-heading">
      <h2 id="chart-heading">{s('chartTitle')}</h2>
      <svg data-tact="reply-chart" data-weeks={stats?.length ?? 0} viewBox={`0 0 ${box.width} ${box.height}`} role="img"
        aria-labelledby="chart-title" aria-describedby="chart-desc">
        <title id="chart-title">{s('chartTitle')}</title>
        <desc id="chart-desc">{[s('chartDescTitle', WEEKS), ...model.description].join(' ')}</desc>
        <line class="axis" x1={box.left} y1={plotBottom} x2={plotRight} y2={plotBottom} />
        <line class="grid" x1={box.left} y1={box.top} x2={plotRight} y2={box.top} />
        <text class="label" x={box.left - 4} y={box.top + 4} text-anchor="end">{model.maxLabel}</text>
        <text class="label" x={box.left - 4} y={plotBottom} text-anchor="end">0</text>
        <text class="label share" x={plotRight + 4} y={box.top + 4}>100%</text>
        <text class="label share" x={plotRight + 4} y={plotBottom}>0%</text>
        {model.bars.map((bar) => (
          <rect class="bar" data-tact="chart-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} rx={2}>
            <title>{bar.label}</title>
          </rect>
        ))}
        {model.line ? <path class="share-line" d={model.line} fill="none" /> : null}
        {model.points.map((p) => (
          <circle class="share-point" cx={p.x} cy={p.y} r={3}>
            <title>{p.label}</title>
          </circle>
        ))}
        {model.ticks.map((t) => (
          <text class="label" x={t.x} y={box.height - 8} text-anchor="middle">{t.label}</text>
        ))}
      </svg>
      <p class="legend muted">
        <span class="key bar-key" aria-hidden="true" /> {s('chartLegendMedian')}{' '}
        <span class="key line-key" aria-hidden="true" /> {s('chartLegendShare')}
      </p>
      <p class="muted" data-tact="chart-summary">{model.summary ?? s('chartNoData')}</p>
    </section>
  );
}
