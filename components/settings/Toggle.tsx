import { Field } from './Field';
import type { SettingsEditor } from './use-settings-editor';

interface Props {
  editor: SettingsEditor;
  path: string;
  label: string;
  help?: string;
}

/** A yes/no setting as a checkbox with its label after it. */
export function Toggle({ editor, path, label, help }: Props) {
  return (
    <Field editor={editor} path={path} label={label} help={help} inline>
      {(control) => (
        <input {...control} type="checkbox" checked={editor.value<boolean>(path)} onChange={(e) => editor.update(path, e.currentTarget.checked)} />
      )}
    </Field>
  );
}
