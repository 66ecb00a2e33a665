import { useState } from 'preact/hooks';
import { snoozeUntil, type SnoozeOption, type WorkingCalendar } from '@/lib/schedule';
import { firstSnoozeDate, snoozeUntilDate } from './snooze-date';
import { s, type StringKey } from './strings';
import { dueInWords, type TimeLocale } from './time-words';

const OPTIONS: Array<[SnoozeOption, StringKey]> = [
  ['later-today', 'snoozeLaterToday'],
  ['tomorrow-morning', 'snoozeTomorrow'],
  ['next-week', 'snoozeNextWeek'],
];

interface Props {
  now: number;
  calendar: WorkingCalendar;
  where: TimeLocale;
  /** Whose snooze this is, for the group's accessible name. */
  subject: string;
  onPick: (until: number) => void;
  onCancel: () => void;
}

/** The snooze choices, in place of the row's buttons: three presets, a date, and Cancel (or Escape). */
export function SnoozeBar({ now, calendar, where, subject, onPick, onCancel }: Props) {
  const min = firstSnoozeDate(calendar, now);
  const [date, setDate] = useState(min);
  const until = snoozeUntilDate(date, calendar, now);
  return (
    <div class="snooze-bar" role="group" aria-label={`${s('snoozeGroup')}: ${subject}`} data-tact="snooze-menu">
      {OPTIONS.map(([option, label]) => {
        const at = snoozeUntil(option, now, calendar);
        return (
          <button type="button" key={option} data-tact="snooze-option" data-option={option} title={dueInWords(at, now, where)} onClick={() => onPick(at)}>
            {s(label)}
          </button>
        );
      })}
      <form
        class="snooze-date"
        onSubmit={(e) => {
          e.preventDefault();
          if (until !== undefined) onPick(until);
        }}
      >
        <input
          type="date"
          data-tact="snooze-date"
          aria-label={s('snoozeDate')}
          min={min}
          value={date}
          aria-invalid={until === undefined ? 'true' : undefined}
          onInput={(e) => setDate(e.currentTarget.value)}
        />
        <button type="submit" data-tact="snooze-date-apply" disabled={until === undefined}>{s('snoozeDateApply')}</button>
      </form>
      <button type="button" class="quiet" data-tact="snooze-cancel" onClick={onCancel}>{s('snoozeCancel')}</button>
    </div>
  );
}
