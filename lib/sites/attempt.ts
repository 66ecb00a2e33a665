/** Adapters never throw into the page: a failure of an unexpected page reads as "nothing found". */
export function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
