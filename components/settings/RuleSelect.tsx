import { t } from '@/lib/i18n';
import type { DueRule } from '@/lib/schedule/types';
import { Field } from './Field';
import type { SettingsEditor } from './use-settings-editor';

type Kind = DueRule['kind'];

const KIND_LABEL: Record<Kind, Parameters<typeof t>[0]> = {
  'next-business-day-end': 'ruleNextDay',
  'same-day': 'ruleSameDay',
  'working-hours': 'ruleKindHours',
  'business-days': 'ruleKindDays',
};

interface Props {
  editor: SettingsEditor;
  path: string;
  label: string;
  kinds: Kind[];
  /** For per-site rules: the option that removes the override, with its label. */
  inherit?: string;
}

/** A reply deadline: a kind, and its number of hours or days where the kind has one. */
export function RuleSelect({ editor, path, label, kinds, inherit }: Props) {
  const rule = editor.value<DueRule | undefined>(path);
  const setKind = (kind: string) => {
    if (kind === '') return editor.update(path, undefined);
    if (kind === 'working-hours') return editor.update(path, { kind, hours: rule?.kind === 'working-hours' ? rule.hours : 4 });
    if (kind === 'business-days') return editor.update(path, { kind, days: rule?.kind === 'business-days' ? rule.days : 2 });
    return editor.update(path, { kind });
  };
  return (
    <Field editor={editor} path={path} label={label}>
      {(control) => (
        <div class="rule">
          <select {...control} value={rule?.kind ?? ''} onChange={(e) => setKind(e.currentTarget.value)}>
            {inherit !== undefined ? <option value="">{inherit}</option> : null}
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(KIND_LABEL[kind])}
              </option>
            ))}
          </select>
          {rule?.kind === 'working-hours' || rule?.kind === 'business-days' ? (
            <input
              type="number"
              class="rule-amount"
              aria-label={rule.kind === 'working-hours' ? t('ruleHoursLabel', label) : t('ruleDaysLabel', label)}
              aria-describedby={control['aria-describedby']}
              aria-invalid={control['aria-invalid']}
              disabled={control.disabled}
              min={rule.kind === 'working-hours' ? 1 : 0}
              max={rule.kind === 'working-hours' ? 200 : 30}
              step={rule.kind === 'working-hours' ? 0.5 : 1}
              value={rule.kind === 'working-hours' ? rule.hours : rule.days}
              onChange={(e) => {
                const n = e.currentTarget.valueAsNumber;
                editor.update(path, rule.kind === 'working-hours' ? { kind: rule.kind, hours: n } : { kind: rule.kind, days: n });
              }}
            />
          ) : null}
          {rule?.kind === 'working-hours' ? <span class="rule-unit">{t('unitHours')}</span> : null}
          {rule?.kind === 'business-days' ? <span class="rule-unit">{t('unitDays')}</span> : null}
        </div>
      )}
    </Field>
  );
}
