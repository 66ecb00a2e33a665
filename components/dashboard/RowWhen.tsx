import type { PendingItem, PendingStatus } from '@/lib/store';
import { s, type StringKey } from './strings';
import { agoInWords, dueInWords, fullTime, type TimeLocale } from './time-words';

const RESOLVED: Partial<Record<PendingStatus, StringKey>> = {
  replied: 'resolvedReplied',
  reacted: 'resolvedReacted',
  done: 'resolvedDone',
  dismissed: 'resolvedDismissed',
};

export const iso = (t: number) => new Date(t).toISOString();

interface Props {
  item: PendingItem;
  status: PendingStatus;
  now: number;
  where: TimeLocale;
}

/**
 * The row's time in words, with the exact instant in `datetime` and a tooltip: when it is due
 * (or how overdue), when a snooze ends, or when it was resolved and how.
 */
export function RowWhen({ item, status, now, where }: Props) {
  const resolved = RESOLVED[status];
  if (resolved) {
    const at = item.resolvedAt ?? item.updatedAt;
    return <time class="when muted" data-tact="resolved" dateTime={iso(at)} title={fullTime(at, where)}>{s(resolved, agoInWords(at, now, where))}</time>;
  }
  if (status === 'snoozed' && item.snoozedUntil) {
    return (
      <time class="when muted" data-tact="snoozed-until" dateTime={iso(item.snoozedUntil)} title={fullTime(item.snoozedUntil, where)}>
        {s('snoozedUntil', dueInWords(item.snoozedUntil, now, where))}
      </time>
    );
  }
  const late = item.dueAt < now;
  const words = dueInWords(item.dueAt, now, where);
  return (
    <time class={`when${late ? ' overdue' : ''}`} data-tact="due" dateTime={iso(item.dueAt)} title={fullTime(item.dueAt, where)}>
      {late ? words : s('due', words)}
    </time>
  );
}
