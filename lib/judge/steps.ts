// Long compiles written as generators that yield now and then: run at once where a page is not
// waiting (tests, extension pages), or in slices between macrotasks in a content script, so that
// compiling the lexicons never holds a host page's main thread for one long task (issue #7).

/** A computation that yields between small steps and returns `R` at the end. */
export type Steps<R> = Generator<void, R, void>;

/** Runs `steps` to the end at once. */
export function runSteps<R>(steps: Steps<R>): R {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** How a sliced run shares the thread. */
export interface SliceOptions {
  /** Milliseconds of work between two pauses (default 8). */
  yieldEvery?: number;
  /** Hands the thread back (default: `scheduler.yield()` where there is one, else a message to itself). */
  pause?: () => Promise<void>;
  /** The clock slices are measured with (default `performance.now`). */
  now?: () => number;
}

/**
 * Yields to the event loop until the next task. Not a wait: where `scheduler.yield` is missing, a
 * message posted to itself comes back as the next task, whereas a zero timeout is clamped, and
 * throttled to a second per slice in a background tab (boot would take many seconds there).
 */
function defaultPause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  const channel = new MessageChannel();
  const next = new Promise<void>((resume) => {
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
  });
  channel.port2.postMessage(null);
  return next;
}

/** Runs `steps` in slices of about `yieldEvery` ms, pausing between them. */
export async function runStepsSliced<R>(steps: Steps<R>, options: SliceOptions = {}): Promise<R> {
  const budget = options.yieldEvery ?? 8;
  const pause = options.pause ?? defaultPause;
  const now = options.now ?? (() => performance.now());
  let sliceStart = now();
  let r = steps.next();
  while (!r.done) {
    if (now() - sliceStart >= budget) {
      await pause();
      sliceStart = now();
    }
    r = steps.next();
  }
  return r.value;
}
