import { t, uiLanguage } from '@/lib/i18n';
import { detectedTimeZone } from '@/lib/settings/bridges';
import { ListEditor } from './ListEditor';
import { WorkingHoursFields } from './WorkingHoursFields';
import { describeWeek, formatDate } from './format';
import type { SettingsEditor } from './use-settings-editor';

/** When the person works: the week, the hours, the zone and days off, with the result in words. */
export function CalendarSection({ editor }: { editor: SettingsEditor }) {
  const locale = uiLanguage();
  const c = editor.effective.settings.calendar;
  return (
    <section aria-labelledby="s-calendar">
      <h2 id="s-calendar">{t('sectionCalendar')}</h2>
      <p class="muted" data-tact="week-summary">
        {describeWeek(c.workingDays, c.dayStart, c.dayEnd, locale)} · {c.timeZone || detectedTimeZone()}
      </p>
      <WorkingHoursFields editor={editor} />
      <ListEditor
        editor={editor}
        path="calendar.holidays"
        label={t('fieldHolidays')}
        help={t('fieldHolidaysHelp')}
        type="date"
        display={(d) => formatDate(d, locale)}
        hook="holidays"
      />
    </section>
  );
}
