/**
 * Wall-clock ↔ instant conversion in an IANA time zone, with nothing but Intl.
 * Local dates are handled as day numbers (days since 1970-01-01 in the civil calendar),
 * so date arithmetic never goes through a time zone and cannot be bent by DST.
 */

const DAY_MS = 86_400_000;

// Intl.DateTimeFormat construction is slow (~50 µs); formatting with a built one is cheap.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows this IANA time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of local time from UTC at instant t, in ms (e.g. +19 800 000 for Asia/Kolkata). */
export function offsetAt(t: number, timeZone: string): number {
  const whole = Math.floor(t / 1000) * 1000;
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(whole)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return asUtc - whole;
}

/** The local date (day number) of instant t. */
export function localDay(t: number, timeZone: string): number {
  return Math.floor((t + offsetAt(t, timeZone)) / DAY_MS);
}

/** Milliseconds since local midnight of instant t (wall clock). */
export function localTimeOfDay(t: number, timeZone: string): number {
  const local = t + offsetAt(t, timeZone);
  return local - Math.floor(local / DAY_MS) * DAY_MS;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Day number of a 'YYYY-MM-DD' string, or undefined when it is not a real date. */
export function parseLocalDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return ms / DAY_MS;
}

/** 'YYYY-MM-DD' of a day number. */
export function formatLocalDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The first instant at which the wall clock in timeZone reads `minutes` past midnight of local
 * `day` or later. A time repeated by a DST overlap resolves to its first occurrence; a time
 * skipped by a DST gap resolves to the moment the clocks jump (a 02:30 start on a day that goes
 * from 02:00 to 03:00 starts at 03:00), so a working day never starts late or ends late.
 */
export function zonedInstant(day: number, minutes: number, timeZone: string): number {
  const wall = day * DAY_MS + minutes * 60_000;
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after].filter((t) => t + offsetAt(t, timeZone) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  return transitionBetween(wall - after, wall - before, timeZone);
}

/** The first whole second in (lo, hi] whose offset differs from lo's: the clocks' jump. */
function transitionBetween(lo: number, hi: number, timeZone: string): number {
  const from = offsetAt(lo, timeZone);
  let [a, b] = [Math.floor(lo / 1000), Math.ceil(hi / 1000)];
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (offsetAt(mid * 1000, timeZone) === from) a = mid;
    else b = mid;
  }
  return b * 1000;
}
