import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { Field } from './Field';
import type { SettingsEditor } from './use-settings-editor';

interface Props {
  editor: SettingsEditor;
  path: string;
  label: string;
  help?: string;
  placeholder?: string;
  /** 'date' for holidays. */
  type?: 'text' | 'date';
  /** How an entry reads in the list (dates in the user's locale). */
  display?: (entry: string) => string;
  hook?: string;
}

/** A list of short entries (phrases, terms, dates): add with Enter or the button, remove each by its button. */
export function ListEditor({ editor, path, label, help, placeholder, type = 'text', display = (e) => e, hook }: Props) {
  const items = editor.value<string[]>(path) ?? [];
  const [entry, setEntry] = useState('');
  const add = () => {
    const value = entry.trim();
    if (!value) return;
    editor.update(path, [...items, value]);
    setEntry('');
  };
  const inputProps = {
    value: entry,
    onInput: (e: Event) => setEntry((e.currentTarget as HTMLInputElement).value),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        add();
      }
    },
  };
  return (
    <Field editor={editor} path={path} label={label} help={help}>
      {(control) => (
        <div class="list-editor" data-tact={hook}>
          {items.length ? (
            <ul class="chips" aria-label={label}>
              {items.map((item, i) => (
                <li key={`${item}-${i}`} class="chip">
                  <span>{display(item)}</span>
                  <button
                    type="button"
                    class="chip-remove"
                    aria-label={t('removeItem', display(item))}
                    disabled={control.disabled}
                    onClick={() => editor.update(path, items.filter((_, j) => j !== i))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div class="add-row">
            {type === 'date' ? <input {...control} type="date" {...inputProps} /> : <input {...control} type="text" placeholder={placeholder} maxLength={80} {...inputProps} />}
            <button type="button" disabled={control.disabled || !entry.trim()} onClick={add} data-tact={hook ? `${hook}-add` : undefined}>
              {t('add')}
            </button>
          </div>
        </div>
      )}
    </Field>
  );
}
