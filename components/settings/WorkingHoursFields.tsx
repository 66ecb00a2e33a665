import { useMemo } from 'preact/hooks';
import { t, uiLanguage } from '@/lib/i18n';
import { detectedTimeZone } from '@/lib/settings/bridges';
import { Field, FieldGroup } from './Field';
import { weekdayName } from './format';
import type { SettingsEditor } from './use-settings-editor';

/** Monday first: how most of the world reads a working week. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/** Working days, start and end of the day, and the time zone (detected unless the person picks one). */
export function WorkingHoursFields({ editor }: { editor: SettingsEditor }) {
  const locale = uiLanguage();
  const days = editor.value<number[]>('calendar.workingDays') ?? [];
  const toggleDay = (day: number, on: boolean) =>
    editor.update('calendar.workingDays', on ? [...new Set([...days, day])].sort((a, b) => a - b) : days.filter((d) => d !== day));
  const detected = detectedTimeZone();
  const zone = editor.value<string>('calendar.timeZone');
  const zones = useMemo(() => timeZones(zone), [zone]);
  return (
    <>
      <FieldGroup editor={editor} path="calendar.workingDays" legend={t('fieldWorkingDays')}>
        {(control) => (
          <div class="columns days" data-tact="working-days">
            {WEEK.map((day) => (
              <label key={day} class="check">
                <input
                  type="checkbox"
                  checked={days.includes(day)}
                  disabled={control.disabled}
                  aria-invalid={control['aria-invalid']}
                  data-day={day}
                  onChange={(e) => toggleDay(day, e.currentTarget.checked)}
                />
                {weekdayName(day, locale)}
              </label>
            ))}
          </div>
        )}
      </FieldGroup>
      <div class="pair">
        <Field editor={editor} path="calendar.dayStart" label={t('fieldDayStart')}>
          {(control) => (
            <input {...control} type="time" value={editor.value<string>('calendar.dayStart')} onChange={(e) => editor.update('calendar.dayStart', e.currentTarget.value)} />
          )}
        </Field>
        <Field editor={editor} path="calendar.dayEnd" label={t('fieldDayEnd')}>
          {(control) => (
            <input {...control} type="time" value={editor.value<string>('calendar.dayEnd')} onChange={(e) => editor.update('calendar.dayEnd', e.currentTarget.value)} />
          )}
        </Field>
      </div>
      <Field editor={editor} path="calendar.timeZone" label={t('fieldTimeZone')}>
        {(control) => (
          <select {...control} value={editor.value<string>('calendar.timeZone')} onChange={(e) => editor.update('calendar.timeZone', e.currentTarget.value)}>
            <option value="">{t('timeZoneDetected', detected)}</option>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

/** Every zone the browser knows, plus the chosen one if the list lacks it (so the select shows it). */
function timeZones(current: string): string[] {
  let list: string[];
  try {
    list = Intl.supportedValuesOf('timeZone');
  } catch {
    list = ['UTC'];
  }
  return current && !list.includes(current) ? [current, ...list] : list;
}
