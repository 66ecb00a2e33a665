import { useEffect, useState } from 'preact/hooks';
import { readStoreProblem, watchStoreProblem, type StoreProblem } from '@/lib/background/store-problem';
import { s } from './strings';

/**
 * Says that the background could not save something (a message to track, a reply), and whether the
 * browser ran out of space for Tact. Shown on the dashboard and in the popup until a later save works.
 */
export function StoreProblemNote() {
  const [problem, setProblem] = useState<StoreProblem | null>(null);
  useEffect(() => {
    let live = true;
    const stop = watchStoreProblem((p) => setProblem(p));
    void readStoreProblem().then((p) => live && setProblem(p));
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (!problem) return null;
  return (
    <p class="error store-problem" role="alert" data-tact="store-problem" data-reason={problem.reason}>
      {s(problem.reason === 'storage-full' ? 'storeFull' : 'storeFailed')}
    </p>
  );
}
