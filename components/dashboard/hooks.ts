import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { defaultCalendar, type WorkingCalendar } from '@/lib/schedule';
import { detectedTimeZone, loadSettings, watchSettings, workingCalendar } from '@/lib/settings';

/** The latest result of a Dexie live query, or undefined before the first. */
export interface Live<T> {
  value?: T;
  error?: unknown;
}

/**
 * Runs `querier` inside `liveQuery` and re-renders whenever the data it read changes, in this page
 * or in the background (Dexie broadcasts writes to every context of the origin). A new `deps`
 * starts a new query; the previous value stays on screen until the new one arrives.
 */
export function useLive<T>(querier: () => Promise<T>, deps: unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({});
  useEffect(() => {
    const subscription = liveQuery(querier).subscribe({
      next: (value) => setState({ value }),
      error: (error: unknown) => setState((s) => ({ ...s, error })),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the querier depends on.
  }, deps);
  return state;
}

/** The time, ticking every `everyMs`, so "in 5 minutes" and the groups stay true on an open page. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

/** `value`, once it has stopped changing for `ms`: typing in the search box queries once. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return settled;
}

/** The user's working calendar, following settings changes; null until the settings are read. */
export function useWorkingCalendar(): WorkingCalendar | null {
  const [calendar, setCalendar] = useState<WorkingCalendar | null>(null);
  useEffect(() => {
    let live = true;
    const apply = (settings: Parameters<typeof workingCalendar>[0]) => {
      if (live) setCalendar(workingCalendar(settings, detectedTimeZone()));
    };
    loadSettings().then(apply, () => live && setCalendar(defaultCalendar(detectedTimeZone())));
    const unwatch = watchSettings(apply);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return calendar;
}
