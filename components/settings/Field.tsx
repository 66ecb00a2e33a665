import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';
import type { SettingsEditor } from './use-settings-editor';

/** The attributes a control gets from its field: label link, described-by, invalid and locked state. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
  disabled?: boolean;
}

interface FieldProps {
  editor: SettingsEditor;
  path: string;
  label: string;
  help?: string;
  /** Checkbox rows put the label after the control. */
  inline?: boolean;
  children: (control: ControlProps) => ComponentChildren;
}

/**
 * One setting: its label, its control, and beside it what the person must know: help, a lock set by
 * the team, and any problem with the value (linked by aria-describedby so screen readers say it).
 */
export function Field({ editor, path, label, help, inline, children }: FieldProps) {
  const id = `f-${path.replace(/\W/g, '-')}`;
  const notes = FieldNotes({ editor, path, id, help });
  const control = children({ id, ...notes.attrs });
  return (
    <div class={inline ? 'field field-inline' : 'field'} data-path={path}>
      {inline ? control : null}
      <label for={id}>{label}</label>
      {inline ? null : control}
      {notes.nodes}
    </div>
  );
}

interface GroupProps {
  editor: SettingsEditor;
  path: string;
  legend: string;
  help?: string;
  children: (control: ControlProps) => ComponentChildren;
}

/** A group of controls for one setting (working days, sites), as a fieldset with a legend. */
export function FieldGroup({ editor, path, legend, help, children }: GroupProps) {
  const id = `f-${path.replace(/\W/g, '-')}`;
  const notes = FieldNotes({ editor, path, id, help });
  return (
    <fieldset class="field-group" data-path={path} aria-describedby={notes.attrs['aria-describedby']}>
      <legend>{legend}</legend>
      {children({ id, ...notes.attrs })}
      {notes.nodes}
    </fieldset>
  );
}

function FieldNotes({ editor, path, id, help }: { editor: SettingsEditor; path: string; id: string; help?: string }) {
  const errors = editor.issuesAt(path);
  const lock = editor.lockedBy(path);
  const ids = [help ? `${id}-help` : '', lock ? `${id}-lock` : '', errors.length ? `${id}-error` : ''].filter(Boolean);
  const team = editor.effective.teamName || t('yourTeam');
  const nodes = (
    <>
      {help ? <p id={`${id}-help`} class="help">{help}</p> : null}
      {lock ? (
        <p id={`${id}-lock`} class="lock" data-tact="locked">
          <span aria-hidden="true">🔒 </span>
          {lock === 'managed' ? t('lockedByPolicy', team) : t('lockedByImport', team)}
        </p>
      ) : null}
      {errors.length ? (
        <p id={`${id}-error`} class="error" data-tact="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
  const attrs: Omit<ControlProps, 'id'> = {
    ...(ids.length ? { 'aria-describedby': ids.join(' ') } : {}),
    ...(errors.length ? { 'aria-invalid': 'true' as const } : {}),
    ...(lock ? { disabled: true } : {}),
  };
  return { nodes, attrs };
}
