import { describe, expect, it } from 'vitest';
import { PHASE_PREFIX, traceFigures, type TraceEvent } from '../support/trace-figures';

const EXT = 'chrome-extension://abc';
const PAGE = 'https://app.slack.com';
const main = { pid: 1, tid: 7 };
const call = (ts: number, dur: number, url: string, where = main): TraceEvent => ({ name: 'FunctionCall', ph: 'X', ts, dur, ...where, args: { data: { url: `${url}/x.js` } } });
const task = (ts: number, dur: number, where = main): TraceEvent => ({ name: 'RunTask', ph: 'X', ts, dur, ...where });
const mark = (ts: number, phase: string): TraceEvent => ({ name: 'TimeStamp', ph: 'I', ts, ...main, args: { data: { message: `${PHASE_PREFIX}${phase}` } } });

describe('traceFigures', () => {
  it('adds up the extension’s outermost calls per phase, on the page’s main thread only', () => {
    const events = [
      mark(0, 'load'),
      call(100, 2_000, PAGE),
      call(5_000, 3_000, EXT),
      call(5_500, 1_000, EXT), // nested in the call above: already counted
      call(6_000, 500, PAGE), // the page's code called from the extension's: the extension's time
      mark(10_000, 'scroll'),
      call(11_000, 4_000, EXT),
      call(12_000, 9_000, EXT, { pid: 2, tid: 3 }), // another renderer (the service worker)
    ];
    const figures = traceFigures(events, EXT, PAGE);
    expect(figures.load!.extensionScriptMs).toBe(3);
    expect(figures.scroll!.extensionScriptMs).toBe(4);
  });

  it('blames a long task on the extension when it would be short without the extension’s part, or is mostly that part', () => {
    const events = [
      mark(0, 'scroll'),
      call(10, 1_000, PAGE),
      // 80 ms task, 40 ms of it the extension's: 40 ms left, so the extension made it long.
      task(1_000_000, 80_000),
      call(1_000_100, 40_000, EXT),
      // 120 ms task, 30 ms of it the extension's: 90 ms left, long anyway.
      task(2_000_000, 120_000),
      call(2_000_100, 30_000, EXT),
      call(2_040_000, 80_000, PAGE),
      // 300 ms task, 200 ms of it the extension's: long even without it, but mostly the extension's doing.
      task(2_500_000, 300_000),
      call(2_500_100, 200_000, EXT),
      // A long task with no extension script at all.
      task(3_000_000, 60_000),
      // Short tasks are not counted.
      task(4_000_000, 50_000),
      call(4_000_100, 45_000, EXT),
    ];
    const figures = traceFigures(events, EXT, PAGE).scroll!;
    expect(figures.longTasks).toBe(4);
    expect(figures.longTasksCausedByExtension).toBe(2);
  });

  it('names every marked phase, even one where the extension did nothing', () => {
    const figures = traceFigures([mark(0, 'load'), call(10, 5, PAGE), mark(100, 'typing')], EXT, PAGE);
    expect(figures.typing).toEqual({ extensionScriptMs: 0, longTasks: 0, longTasksCausedByExtension: 0 });
  });

  it('finds the page’s main thread from its top-level script when no function of it was called', () => {
    const load: TraceEvent = { name: 'EvaluateScript', ph: 'X', ts: 10, dur: 5, ...main, args: { data: { url: `${PAGE}/bundle.js` } } };
    expect(traceFigures([mark(0, 'load'), load, call(100, 2_000, EXT)], EXT, PAGE).load!.extensionScriptMs).toBe(2);
  });

  describe('with the sampling profiler in the trace', () => {
    // root(1) → program(2); root(1) → page bundle(3) ; root(1) → content script(4) → a DOM call with no URL(5)
    const nodes = [
      { id: 1, callFrame: {} },
      { id: 2, parent: 1, callFrame: {} },
      { id: 3, parent: 1, callFrame: { url: `${PAGE}/bundle.js` } },
      { id: 4, parent: 1, callFrame: { url: `${EXT}/content.js` } },
      { id: 5, parent: 4, callFrame: {} },
    ];
    const profile: TraceEvent = { name: 'Profile', ph: 'P', ts: 0, ...main, id: '0x1', args: { data: { startTime: 1_000_000 } } };
    /** Samples 1 ms apart from t = 1 s: `ids` in order. */
    const chunk = (ids: number[], withNodes = true): TraceEvent => ({
      name: 'ProfileChunk', ph: 'P', ts: 1, pid: main.pid, tid: 99, id: '0x1',
      args: { data: { cpuProfile: { nodes: withNodes ? nodes : [], samples: ids }, timeDeltas: ids.map((_, i) => (i === 0 ? 0 : 1_000)) } },
    });

    it('counts the samples with an extension frame anywhere on the stack, microtasks included', () => {
      // A 100 ms task of nothing but microtasks (no FunctionCall names the extension): 80 of its samples are the extension's.
      const samples = [...Array(10).fill(3), ...Array(40).fill(4), ...Array(40).fill(5), ...Array(11).fill(2)];
      const events = [mark(0, 'load'), call(500_000, 1_000, PAGE), profile, chunk(samples), task(1_000_000, 100_000)];
      const figures = traceFigures(events, EXT, PAGE).load!;
      expect(figures.extensionScriptMs).toBe(80);
      expect(figures.longTasks).toBe(1);
      expect(figures.longTasksCausedByExtension).toBe(1);
    });

    it('reads nodes declared in an earlier chunk, and leaves a long task of the page’s own to the page', () => {
      const events = [mark(0, 'scroll'), call(500_000, 1_000, PAGE), profile, chunk([3, 3]), { ...chunk([...Array(60).fill(3), 4, 4, 4, 2], false), ts: 2 }, task(1_000_000, 70_000)];
      const figures = traceFigures(events, EXT, PAGE).scroll!;
      expect(figures.extensionScriptMs).toBe(3);
      expect(figures.longTasksCausedByExtension).toBe(0);
    });
  });

  it('refuses a trace without the page in it', () => {
    expect(() => traceFigures([call(0, 5, EXT)], EXT, PAGE)).toThrow(/No script/);
  });
});
