/** The figures of every bench part that ran, side by side at the end of `npm run bench`. */
import type { JudgeFigures } from './bench-judge';
import type { LargeFigures } from './bench-large';
import type { MemoryFigures } from './bench-memory';
import type { DashboardFigures } from './bench-dashboard';

export interface BenchResults {
  judge?: JudgeFigures;
  store?: Map<string, number>;
  keystrokeToHint?: Record<string, number>;
  large?: LargeFigures[];
  memory?: MemoryFigures[];
  dashboard?: DashboardFigures;
}

/** The deliberate typing pause before a hint shows (lib/features/draft-hints.ts, SHOW_AFTER_MS). */
const HINT_PAUSE_MS = 350;
const STORE_LINES = ['bulk insert (one transaction)', 'counts', 'listForDashboard first page (50)', 'listForDashboard search, no match (full scan)', 'exportBackup', 'importBackup into an empty store'];
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

export function printSummary(r: BenchResults): void {
  console.log('\n== Summary');
  if (r.keystrokeToHint || r.judge) {
    console.log('Keystroke → hint painted in the page, beside the judge’s own cost per keystroke (Node):');
    const judge = r.judge ? `${r.judge.keystrokeMedianUs.toFixed(2)} µs median, ${r.judge.keystrokeP99Us.toFixed(2)} µs p99` : '(judge part not run)';
    console.table(
      Object.entries(r.keystrokeToHint ?? { '(content part not run)': NaN }).map(([view, hint]) => ({
        view,
        'keystroke → hint painted': Number.isNaN(hint) ? '' : ms(hint),
        [`beyond the ${HINT_PAUSE_MS} ms pause`]: Number.isNaN(hint) ? '' : ms(hint - HINT_PAUSE_MS),
        'judge per keystroke': judge,
      })),
    );
  }
  if (r.large) {
    console.log('Large replicas: time Tact adds (median with − median without), its own time in a profiled trace, long tasks:');
    console.table(
      r.large.flatMap((site) =>
        Object.entries(site.phases).map(([phase, p]) => ({
          replica: site.label,
          phase,
          'added script': ms(p.with - p.without),
          'added main-thread': ms(p.taskWith - p.taskWithout),
          'Tact main-thread (trace)': ms(p.tactScript),
          'long tasks without / with (page observer)': `${p.longTasksWithout} / ${p.longTasksWith}`,
          'caused by Tact': p.tactLongTasks,
        })),
      ),
    );
  }
  if (r.memory) {
    console.log('Memory after forced GC, start → end of 100 navigations (with Tact; Tact share = with − without):');
    console.table(
      r.memory.map((m) => ({
        replica: m.label,
        'Tact heap share': `${mb(m.start.with.heapUsed - m.start.without.heapUsed)} → ${mb(m.end.with.heapUsed - m.end.without.heapUsed)}`,
        "Tact's heap growth after warm-up": mb(m.tactHeapGrowthSteady),
        listeners: `${m.start.with.jsEventListeners} → ${m.end.with.jsEventListeners} (without Tact ${m.start.without.jsEventListeners} → ${m.end.without.jsEventListeners})`,
        'Tact listeners': `${m.start.with.tactListeners} → ${m.end.with.tactListeners}`,
        'Tact observers': `${m.start.with.tactObservers} → ${m.end.with.tactObservers}`,
      })),
    );
  }
  if (r.store) {
    console.log('Store (fake-indexeddb under Node):');
    console.table(STORE_LINES.filter((l) => r.store!.has(l)).map((l) => ({ operation: l, median: ms(r.store!.get(l)!) })));
  }
  if (r.dashboard) {
    const d = r.dashboard;
    console.log(
      `Dashboard with ${d.count.toLocaleString('en')} items: import ${d.importMs} ms, first render ${d.firstRenderMs} ms (${d.rows} rows in the DOM), scrolling median ${ms(d.frames.median)} / p95 ${ms(d.frames.p95)} / max ${ms(d.frames.max)} per frame`,
    );
  }
}
