/**
 * What a DevTools trace of a page says about one content script: how much main-thread time its code
 * took and which long tasks it caused, per phase of a benchmark. Phases are marked in the page with
 * `console.timeStamp(PHASE_PREFIX + name)`.
 *
 * Time is attributed from the V8 sampling profiler (category disabled-by-default-v8.cpu_profiler):
 * a sample is the extension's when any frame of its stack comes from the extension's origin. That
 * also catches what trace events cannot name, such as the continuation of an async function run as
 * a microtask. Without a profile in the trace, it falls back to the FunctionCall events that carry
 * a script URL.
 */

/** The fields of a Chrome trace event this reads. */
export interface TraceEvent {
  name: string;
  ph?: string;
  ts: number;
  dur?: number;
  pid?: number;
  tid?: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      message?: string;
      startTime?: number;
      cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { url?: string } }[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

export interface PhaseFigures {
  /** Main-thread time with the extension's code on the stack, ms. */
  extensionScriptMs: number;
  /** Tasks over 50 ms on the page's main thread. */
  longTasks: number;
  /** Long tasks that would have stayed under 50 ms without the extension's part, or that are mostly its part. */
  longTasksCausedByExtension: number;
}

export const PHASE_PREFIX = 'tact-bench:';
const LONG_TASK_US = 50_000;
/** The trace events that carry the URL of the script they run. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript']);
/** A sample stands for the time to the next one, but not for a pause in sampling. */
const MAX_SAMPLE_US = 5_000;

/** Spans of main-thread time [ts, dur] that belong to the extension. */
type Span = { ts: number; dur: number };

/** Figures per phase (the span from one phase mark to the next, the last to the end of the trace). */
export function traceFigures(events: TraceEvent[], extensionOrigin: string, pageOrigin: string): Record<string, PhaseFigures> {
  // The page's main thread: where the page's own scripts ran.
  const pageCall = events.find((e) => SCRIPT_EVENTS.has(e.name) && e.args?.data?.url?.startsWith(pageOrigin));
  if (!pageCall) throw new Error(`No script of ${pageOrigin} in the trace`);
  const onMain = (e: TraceEvent) => e.pid === pageCall.pid && e.tid === pageCall.tid;
  const marks = events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith(PHASE_PREFIX))
    .sort((a, b) => a.ts - b.ts)
    .map((e) => ({ name: e.args!.data!.message!.slice(PHASE_PREFIX.length), ts: e.ts }));
  const phaseOf = (ts: number) => marks.filter((m) => m.ts <= ts).at(-1)?.name ?? 'start';

  const spans = sampledSpans(events, pageCall, extensionOrigin) ?? extensionCalls(events.filter(onMain), extensionOrigin);
  const out: Record<string, PhaseFigures> = {};
  const figures = (phase: string) => (out[phase] ??= { extensionScriptMs: 0, longTasks: 0, longTasksCausedByExtension: 0 });
  for (const m of marks) figures(m.name);
  for (const span of spans) figures(phaseOf(span.ts)).extensionScriptMs += span.dur / 1000;

  for (const task of events.filter((e) => onMain(e) && e.name === 'RunTask' && (e.dur ?? 0) > LONG_TASK_US)) {
    const f = figures(phaseOf(task.ts));
    f.longTasks++;
    const end = task.ts + task.dur!;
    const mine = spans.filter((s) => s.ts >= task.ts && s.ts < end).reduce((sum, s) => sum + s.dur, 0);
    // The extension's doing when the task would be short without its part, or when most of it is its part
    // (the rest then is mostly the garbage collection and compilation its own code brought on).
    if (mine > 0 && (task.dur! - mine <= LONG_TASK_US || mine * 2 >= task.dur!)) f.longTasksCausedByExtension++;
  }
  return out;
}

/** The profiler's samples on the main thread whose stack holds an extension frame; null without a profile. */
function sampledSpans(events: TraceEvent[], main: TraceEvent, origin: string): Span[] | null {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === main.pid && e.tid === main.tid);
  if (!profile) return null;
  const parents = new Map<number, number | undefined>();
  const own = new Map<number, boolean>();
  const memo = new Map<number, boolean>();
  const mine = (id: number): boolean => {
    let found = memo.get(id);
    if (found === undefined) {
      const parent = parents.get(id);
      found = !!own.get(id) || (parent !== undefined && mine(parent));
      memo.set(id, found);
    }
    return found;
  };
  const samples: { ts: number; node: number }[] = [];
  let clock = profile.args?.data?.startTime ?? profile.ts;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === profile.pid && e.id === profile.id).sort((a, b) => a.ts - b.ts)) {
    const data = chunk.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) {
      parents.set(node.id, node.parent);
      own.set(node.id, !!node.callFrame.url?.startsWith(origin));
    }
    const ids = data?.cpuProfile?.samples ?? [];
    ids.forEach((node, i) => {
      clock += data?.timeDeltas?.[i] ?? 0;
      samples.push({ ts: clock, node });
    });
  }
  const spans: Span[] = [];
  samples.forEach((s, i) => {
    const next = samples[i + 1];
    if (next && mine(s.node)) spans.push({ ts: s.ts, dur: Math.min(next.ts - s.ts, MAX_SAMPLE_US) });
  });
  return spans;
}

/** Complete script events of the extension's scripts, outermost only. */
function extensionCalls(events: TraceEvent[], origin: string): Span[] {
  const calls = events
    .filter((e) => SCRIPT_EVENTS.has(e.name) && e.ph === 'X' && e.dur !== undefined && e.args?.data?.url?.startsWith(origin))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const outer: Span[] = [];
  let until = -Infinity;
  for (const e of calls) {
    if (e.ts < until) continue;
    outer.push({ ts: e.ts, dur: e.dur! });
    until = e.ts + e.dur!;
  }
  return outer;
}
