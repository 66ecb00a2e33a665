import { dueInWords, type TimeLocale } from '@/components/dashboard/time-words';
import type { PendingCounts, PendingItem } from '@/lib/store';
import { isSafeLink } from '@/lib/store/validate';
import { ps } from './strings';

interface Props {
  counts: PendingCounts | undefined;
  next: PendingItem[] | undefined;
  now: number;
  where: TimeLocale;
}

/** The two numbers that matter and the next few items, each opening its message. */
export function PopupSummary({ counts, next, now, where }: Props) {
  const count = (hook: string, n: number | undefined, label: string, urgent: boolean) => (
    <div class={`count${urgent && n ? ' urgent' : ''}`} data-tact={hook} data-count={n ?? ''}>
      <strong>{n === undefined ? '–' : n.toLocaleString(where.locale)}</strong> <span>{label}</span>
    </div>
  );
  return (
    <>
      <div class="counts" aria-live="polite">
        {count('count-overdue', counts?.overdue, ps('popupOverdue'), true)}
        {count('count-today', counts?.dueToday, ps('popupToday'), false)}
      </div>
      {next?.length ? (
        <section aria-labelledby="next-heading">
          <h2 id="next-heading">{ps('popupNext')}</h2>
          <ul class="next" data-tact="next-items">
            {next.map((item) => {
              const who = item.author.name || '—';
              const due = dueInWords(item.dueAt, now, where);
              const body = (
                <>
                  <span class="who" dir="auto">{who}</span>
                  <span class="what" dir="auto">{item.snippet ?? ''}</span>
                  <span class={`due${item.dueAt < now ? ' overdue' : ''}`}>{due}</span>
                </>
              );
              return (
                <li key={item.id} data-tact="next-item" data-id={item.id}>
                  {isSafeLink(item.permalink) ? <a href={item.permalink} target="_blank" rel="noopener noreferrer">{body}</a> : <div>{body}</div>}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}
