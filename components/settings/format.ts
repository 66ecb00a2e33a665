import { t } from '@/lib/i18n';
import type { DueRule } from '@/lib/schedule/types';

/** Weekday name in the UI's language; 0 = Sunday. */
export function weekdayName(day: number, locale: string, style: 'long' | 'short' = 'long'): string {
  // 2024-01-07 was a Sunday; UTC so the zone cannot shift the day.
  return new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + day));
}

/** 'HH:MM' as the locale writes a time of day (9:00 AM, 09:00, 上午9:00). */
export function formatClock(clock: string, locale: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!m) return clock;
  if (clock === '24:00') return formatClock('00:00', locale);
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, Number(m[1]), Number(m[2])));
}

/** 'YYYY-MM-DD' as the locale writes a date. */
export function formatDate(date: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** A reply rule in words: "within 4 working hours". */
export function describeRule(rule: DueRule | undefined, locale: string): string {
  if (!rule) return '—';
  const n = (v: number) => new Intl.NumberFormat(locale).format(v);
  switch (rule.kind) {
    case 'next-business-day-end':
      return t('ruleNextDay');
    case 'same-day':
      return t('ruleSameDay');
    case 'working-hours':
      return t('ruleWithinHours', n(rule.hours));
    case 'business-days':
      return t('ruleWithinDays', n(rule.days));
  }
}

/** A working week in words: "Monday, Tuesday … · 9:00 AM – 5:30 PM". */
export function describeWeek(days: number[], start: string, end: string, locale: string): string {
  const list = new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' });
  const names = [...days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)).map((d) => weekdayName(d, locale, 'short'));
  return `${list.format(names)} · ${formatClock(start, locale)} – ${formatClock(end, locale)}`;
}

/** Any setting's value in words, for the import diff. */
export function formatValue(path: string, value: unknown, locale: string): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  if (typeof value === 'boolean') return value ? t('valueOn') : t('valueOff');
  if (path === 'calendar.workingDays' && Array.isArray(value)) return value.map((d) => weekdayName(Number(d), locale, 'short')).join(', ');
  if (path === 'calendar.holidays' && Array.isArray(value)) return value.map((d) => formatDate(String(d), locale)).join(', ');
  if ((path === 'calendar.dayStart' || path === 'calendar.dayEnd') && typeof value === 'string') return formatClock(value, locale);
  if (path.startsWith('rules.') || path.startsWith('siteRules.')) return describeRule(value as DueRule, locale);
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === 'object' && v !== null && 'term' in v ? String((v as { term: unknown }).term) : String(v))).join(', ');
  }
  return String(value);
}
