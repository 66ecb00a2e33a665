/**
 * Tact on the large replicas (Slack: 5,000 messages through the virtual list; Gmail: a 300-message
 * thread over a 100-row inbox): script time at load, while scrolling and while typing, with and
 * without Tact (DevTools Performance metrics, median of BENCH_RUNS runs), long tasks in each, and
 * from one DevTools trace with the sampling profiler, Tact's own main-thread time and the long tasks
 * it caused. ScriptDuration leaves out some microtask time (an async function's continuation), so
 * the main-thread (TaskDuration) and trace columns are the ones to trust for Tact's total.
 */
import { buildReplicas } from '../test/support/build-replicas';
import { startHarness } from '../test/support/harness';
import { oneRun, PHASES, type LargeSpec, type Phase, type RunFigures } from './bench-large-run';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Profiled runs with Tact: the trace figures are their median Tact time and their most long tasks. */
const TRACED_RUNS = Number(process.env.BENCH_TRACED_RUNS ?? 3);

const SPECS: LargeSpec[] = [
  { site: 'slack', view: 'large', label: 'slack/large (#engineering, 5,000 messages churned through the virtual list)', composer: '[data-qa="message_input"] .ql-editor', scroll: 'up' },
  { site: 'gmail', view: 'large', label: 'gmail/large (a 300-message thread over a 100-row inbox)', composer: 'div[g_editable="true"][role="textbox"]', scroll: 'down-up' },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Per site and phase: the figures the summary prints. */
export interface LargeFigures {
  label: string;
  phases: Record<Phase, { without: number; with: number; taskWithout: number; taskWith: number; longTasksWithout: number; longTasksWith: number; tactScript: number; tactLongTasks: number }>;
}

export async function benchLarge(): Promise<LargeFigures[]> {
  await buildReplicas();
  const results: LargeFigures[] = [];
  for (const spec of SPECS) {
    const runs: Record<'with' | 'without', RunFigures[]> = { with: [], without: [] };
    for (const withExtension of [false, true]) {
      const h = await startHarness({ withExtension });
      for (let i = 0; i < RUNS; i++) runs[withExtension ? 'with' : 'without'].push(await oneRun(h, spec, withExtension, false));
      await h.close();
    }
    const h = await startHarness();
    const traced: RunFigures[] = [];
    for (let i = 0; i < TRACED_RUNS; i++) traced.push(await oneRun(h, spec, true, true));
    if (h.outbound.length) console.log(`  WARNING: outbound requests ${JSON.stringify(h.outbound)}`);
    await h.close();

    const phases = Object.fromEntries(
      PHASES.map((phase) => [
        phase,
        {
          without: median(runs.without.map((r) => r.script[phase])),
          with: median(runs.with.map((r) => r.script[phase])),
          taskWithout: median(runs.without.map((r) => r.task[phase])),
          taskWith: median(runs.with.map((r) => r.task[phase])),
          longTasksWithout: median(runs.without.map((r) => r.longTasks[phase])),
          longTasksWith: median(runs.with.map((r) => r.longTasks[phase])),
          tactScript: median(traced.map((r) => r.trace?.[phase]?.extensionScriptMs ?? 0)),
          tactLongTasks: Math.max(...traced.map((r) => r.trace?.[phase]?.longTasksCausedByExtension ?? 0)),
        },
      ]),
    ) as LargeFigures['phases'];
    console.log(`  ${spec.label}, median of ${RUNS} runs each way; trace columns: median Tact time and most long tasks of ${TRACED_RUNS} profiled runs:`);
    console.table(
      PHASES.map((phase) => {
        const p = phases[phase];
        return {
          phase,
          'script without Tact': `${p.without.toFixed(1)} ms`,
          'script with Tact': `${p.with.toFixed(1)} ms`,
          added: `${(p.with - p.without).toFixed(1)} ms`,
          'main thread without / with': `${p.taskWithout.toFixed(0)} / ${p.taskWith.toFixed(0)} ms`,
          'long tasks without / with (page observer)': `${p.longTasksWithout} / ${p.longTasksWith}`,
          'Tact main-thread (trace)': `${p.tactScript.toFixed(1)} ms`,
          'long tasks caused by Tact (trace)': p.tactLongTasks,
        };
      }),
    );
    results.push({ label: `${spec.site}/${spec.view}`, phases });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) void benchLarge();
