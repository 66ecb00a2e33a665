/**
 * Gmail shows a message's full local date in the `title` of its `span.g3`, formatted for the UI
 * language: "20 Aug 2025, 13:19" (en-GB), "Aug 20, 2025, 1:19 PM" (en-US), "20 ago 2025, 13:19" (es),
 * "20 août 2025, 13:19" (fr), "20. Aug. 2025, 13:19" (de), "20 de ago. de 2025 13:19" (pt).
 */

/** Month-name prefixes (accents stripped) of the languages above, plus it; four letters where three clash. */
const MONTHS: Record<string, number> = {
  jan: 0, ene: 0, gen: 0,
  feb: 1, fev: 1,
  mar: 2,
  apr: 3, abr: 3, avr: 3,
  may: 4, mai: 4, mag: 4,
  jun: 5, giu: 5, juin: 5,
  jul: 6, lug: 6, juil: 6,
  aug: 7, ago: 7, aou: 7,
  sep: 8, set: 8,
  oct: 9, okt: 9, ott: 9, out: 9,
  nov: 10,
  dec: 11, dic: 11, dez: 11,
};

const DAY_MONTH_YEAR = /(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})/u;
const MONTH_DAY_YEAR = /(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})/u;
const YMD = /(\d{4})\s*[年년-]\s*(\d{1,2})\s*[月월-]\s*(\d{1,2})/;
const TIME = /(\d{1,2})[:.h](\d{2})(?:\s*([ap])\.?\s?m\.?)?/i;

export function monthIndex(word: string): number | undefined {
  const key = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return MONTHS[key.slice(0, 4)] ?? MONTHS[key.slice(0, 3)];
}

/** Epoch ms of a Gmail date title in the browser's time zone (as Gmail renders it), or undefined. */
export function parseGmailDate(title: string | null | undefined): number | undefined {
  if (!title) return undefined;
  const date = readDate(title);
  if (!date) return undefined;
  const [year, month, day, rest] = date;
  let hours = 0;
  let minutes = 0;
  const time = TIME.exec(rest);
  if (time) {
    hours = Number(time[1]);
    minutes = Number(time[2]);
    const half = time[3]?.toLowerCase();
    if (half === 'p' && hours < 12) hours += 12;
    if (half === 'a' && hours === 12) hours = 0;
  }
  if (hours > 23 || minutes > 59 || day < 1 || day > 31) return undefined;
  return new Date(year, month, day, hours, minutes).getTime();
}

function readDate(title: string): [number, number, number, string] | null {
  let m = YMD.exec(title);
  if (m) return [Number(m[1]), Number(m[2]) - 1, Number(m[3]), title.slice(m.index + m[0].length)];
  m = DAY_MONTH_YEAR.exec(title);
  if (m) {
    const month = monthIndex(m[2]!);
    if (month !== undefined) return [Number(m[3]), month, Number(m[1]), title.slice(m.index + m[0].length)];
  }
  m = MONTH_DAY_YEAR.exec(title);
  if (m) {
    const month = monthIndex(m[1]!);
    if (month !== undefined) return [Number(m[3]), month, Number(m[2]), title.slice(m.index + m[0].length)];
  }
  return null;
}
