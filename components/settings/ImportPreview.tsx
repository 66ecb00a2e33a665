import { t } from '@/lib/i18n';
import { fieldLabel } from '@/lib/settings/labels';
import { saveImportedPolicy } from '@/lib/settings/store';
import type { SettingsChange } from '@/lib/settings/team-file';
import { formatValue } from './format';

/** A parsed rules file waiting for the person's yes: what would change, and what to store. */
export interface Pending {
  changes: SettingsChange[];
  stored: Record<string, unknown>;
  name: string;
}

/** The diff of an import, field by field in words, with Apply and Cancel. Nothing applies before Apply. */
export function ImportPreview({ pending, locale, onDone }: { pending: Pending; locale: string; onDone: () => void }) {
  return (
    <div class="import-preview" data-tact="import-diff" role="region" aria-label={t('importPreview')}>
      <h3>{t('importPreview')}</h3>
      {pending.name ? <p>{t('importFrom', pending.name)}</p> : null}
      {pending.changes.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('diffField')}</th>
              <th scope="col">{t('diffNow')}</th>
              <th scope="col">{t('diffAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {pending.changes.map((c) => (
              <tr key={c.path} data-path={c.path}>
                <th scope="row">{fieldLabel(c.path)}</th>
                <td>{formatValue(c.path, c.before, locale)}</td>
                <td>{formatValue(c.path, c.after, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('importNoChanges')}</p>
      )}
      <p class="muted">{t('importLockNote')}</p>
      <div class="add-row">
        <button type="button" class="primary" data-tact="apply-import" onClick={() => void saveImportedPolicy(pending.stored).then(onDone)}>
          {t('importApply')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
