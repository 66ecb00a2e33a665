import { describe, expect, it } from 'vitest';
import { runSteps, runStepsSliced, type Steps } from './steps';

function* sum(n: number): Steps<number> {
  let total = 0;
  for (let i = 1; i <= n; i++) {
    total += i;
    yield;
  }
  return total;
}

describe('runStepsSliced', () => {
  it('with its default pause (no scheduler.yield here: a message to itself), gets the same result as a run at once', async () => {
    // A clock that says every step took a slice, so the default pause runs between all of them.
    let t = 0;
    const result = await runStepsSliced(sum(200), { yieldEvery: 1, now: () => (t += 1) });
    expect(result).toBe(runSteps(sum(200)));
  });

  it('gives the thread back between slices: a task queued meanwhile runs before the end', async () => {
    let t = 0;
    let ranBetween = false;
    setTimeout(() => {
      ranBetween = true;
    }, 0);
    // Steps until the timer has run (a zero timeout is clamped to a millisecond or more, so a fixed
    // number of slices could all finish first on a fast machine): run whole, it never would.
    const LIMIT = 1_000_000;
    function* watch(): Steps<number> {
      let i = 0;
      while (!ranBetween && i < LIMIT) {
        i++;
        yield;
      }
      return i;
    }
    const steps = await runStepsSliced(watch(), { yieldEvery: 1, now: () => (t += 1) });
    expect(ranBetween).toBe(true);
    expect(steps).toBeLessThan(LIMIT);
  });
});
