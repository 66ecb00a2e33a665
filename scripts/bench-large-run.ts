/**
 * One visit to a large replica, measured phase by phase (bench-large.ts runs it many times): DevTools
 * Performance metrics, the page's long-task observer, and optionally a trace with the sampling profiler.
 */
import type { Page } from 'puppeteer-core';
import type { Harness } from '../test/support/harness';
import { replicaPages } from '../test/support/replicas';
import { clearFocused, focusComposer } from '../test/support/spa-use';
import { PHASE_PREFIX, traceFigures, type PhaseFigures } from '../test/support/trace-figures';

/** The phases of a visit, in order. */
export const PHASES = ['load', 'scroll', 'typing'] as const;
export type Phase = (typeof PHASES)[number];
const REPLY = 'Thanks, that works for me. I will send the numbers tomorrow.';
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];

/** A large replica view and how a person works in it. */
export interface LargeSpec {
  site: string;
  view: string;
  label: string;
  composer: string;
  /** Scroll the conversation end to end: 'up' from the newest message, 'down-up' from the top and back. */
  scroll: 'up' | 'down-up';
}

/** In the page before its scripts: long tasks from the start, phase marks for the trace. */
const PAGE_SETUP = `
  self.__name = (f) => f;
  self.__bench = { longTasks: [], phases: { load: 0 } };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) self.__bench.longTasks.push(e.startTime); }).observe({ type: 'longtask', buffered: true });
  console.timeStamp('${PHASE_PREFIX}load');
`;

/** Main-thread time so far, in ms: script, and all work (script, style, layout, paint…). */
interface Clock {
  script: number;
  task: number;
}

/** Starts the DevTools Performance domain before the page loads, so its counters cover the whole visit. */
async function clockOf(page: Page): Promise<() => Promise<Clock>> {
  const session = await page.createCDPSession();
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { script: ms('ScriptDuration'), task: ms('TaskDuration') };
  };
}

/** One visit's figures per phase (script and main-thread ms, long tasks), and the trace's when traced. */
export interface RunFigures {
  script: Record<Phase, number>;
  task: Record<Phase, number>;
  longTasks: Record<Phase, number>;
  trace?: Record<string, PhaseFigures>;
}

const idle = (page: Page, ms: number) => page.evaluate((t) => new Promise((done) => setTimeout(done, t)), ms);
const startPhase = (page: Page, phase: Phase) =>
  page.evaluate(
    (name, prefix) => {
      (self as unknown as { __bench: { phases: Record<string, number> } }).__bench.phases[name] = performance.now();
      console.timeStamp(`${prefix}${name}`);
    },
    phase,
    PHASE_PREFIX,
  );

/** Scrolls the open conversation from end to end, one step of 600 px a frame. */
function scrollThrough(page: Page, how: LargeSpec['scroll']): Promise<unknown> {
  return page.evaluate(async (mode) => {
    const box = window.__replicaNav.scroller();
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const step = async (delta: number) => {
      for (let i = 0; i < 5000; i++) {
        const before = box.scrollTop;
        box.scrollTop += delta;
        await frame();
        if (box.scrollTop === before) return;
      }
    };
    if (mode === 'up') {
      box.scrollTop = box.scrollHeight;
      await frame();
      await step(-600);
    } else {
      box.scrollTop = 0;
      await frame();
      await step(600);
      await step(-600);
    }
  }, how);
}

/** One visit: load, scroll end to end, type a reply; each phase measured on its own. */
export async function oneRun(h: Harness, spec: LargeSpec, withExtension: boolean, traced: boolean): Promise<RunFigures> {
  let read: () => Promise<Clock> = async () => ({ script: 0, task: 0 });
  const page = await h.openReplica(spec.site, spec.view, {
    beforeLoad: async (p) => {
      read = await clockOf(p);
      await p.evaluateOnNewDocument(PAGE_SETUP);
      if (traced) await p.tracing.start({ categories: TRACE_CATEGORIES });
    },
  });
  const script = {} as Record<Phase, number>;
  const task = {} as Record<Phase, number>;
  let last: Clock = { script: 0, task: 0 };
  const lap = async (phase: Phase) => {
    const now = await read();
    script[phase] = now.script - last.script;
    task[phase] = now.task - last.task;
    last = now;
  };

  await page.waitForFunction(() => typeof window.__replicaNav === 'object');
  if (withExtension) await page.waitForSelector('tact-overlay');
  await idle(page, 2000);
  await lap('load');

  await startPhase(page, 'scroll');
  await scrollThrough(page, spec.scroll);
  // Tact reads new rows 600 ms after the last change: wait for that to land in this phase.
  await idle(page, 1000);
  await lap('scroll');

  await startPhase(page, 'typing');
  if (!(await focusComposer(page, spec.composer))) throw new Error(`${spec.site}/${spec.view}: no composer`);
  await page.keyboard.type(REPLY);
  await idle(page, 1000);
  await clearFocused(page);
  await idle(page, 500);
  await lap('typing');

  const longTasks = await page.evaluate((phases) => {
    const bench = (self as unknown as { __bench: { longTasks: number[]; phases: Record<string, number> } }).__bench;
    const starts = phases.map((p) => bench.phases[p] ?? Infinity);
    return Object.fromEntries(phases.map((p, i) => [p, bench.longTasks.filter((t) => t >= starts[i]! && t < (starts[i + 1] ?? Infinity)).length]));
  }, [...PHASES]);

  let trace: Record<string, PhaseFigures> | undefined;
  if (traced) {
    const data = await page.tracing.stop();
    const events = (JSON.parse(new TextDecoder().decode(data!)) as { traceEvents: Parameters<typeof traceFigures>[0] }).traceEvents;
    trace = traceFigures(events, `chrome-extension://${h.extensionId}`, new URL(replicaPages(spec.site)[spec.view]!.url).origin);
  }
  await page.close();
  return { script, task, longTasks: longTasks as Record<Phase, number>, trace };
}
