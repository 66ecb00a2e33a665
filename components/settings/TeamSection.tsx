import { useState } from 'preact/hooks';
import { t, uiLanguage } from '@/lib/i18n';
import { resolveEffective } from '@/lib/settings/effective';
import { readManagedPolicy, saveImportedPolicy } from '@/lib/settings/store';
import { diffSettings, exportTeamRules, parseTeamRules } from '@/lib/settings/team-file';
import { ImportPreview, type Pending } from './ImportPreview';
import type { SettingsEditor } from './use-settings-editor';


/**
 * Team rules without device management: export this browser's rules to a file, import a colleague's
 * (validated, with a diff before anything applies), and remove imported rules. Browser policy is shown
 * here too, but only an administrator can remove it.
 */
export function TeamSection({ editor }: { editor: SettingsEditor }) {
  const { effective } = editor;
  const [teamName, setTeamName] = useState(effective.teamName);
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const locale = uiLanguage();
  const managedCount = Object.values(effective.lockedBy).filter((s) => s === 'managed').length;
  const importedCount = Object.values(effective.lockedBy).filter((s) => s === 'imported').length;

  const download = () => {
    const text = exportTeamRules(effective.settings, teamName, new Date());
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'tact-team-rules.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const read = async (file: File | undefined) => {
    setPending(null);
    setErrors([]);
    if (!file) return;
    const parsed = parseTeamRules(await file.text());
    if (!parsed.ok) return setErrors(parsed.errors);
    const managed = await readManagedPolicy();
    const after = resolveEffective({ personal: effective.personal, imported: parsed.stored, managed }).settings;
    setPending({ changes: diffSettings(effective.settings, after), stored: parsed.stored, name: parsed.policy.name });
  };

  return (
    <section aria-labelledby="s-team" data-tact="team">
      <h2 id="s-team">{t('sectionTeam')}</h2>
      <p class="muted">{t('sectionTeamHelp')}</p>
      {managedCount ? <p data-tact="policy-summary">{t('teamManagedCount', [String(managedCount), effective.teamName || t('yourTeam')])}</p> : null}
      {importedCount ? (
        <p>
          {t('teamImportedCount', [String(importedCount), effective.teamName || t('yourTeam')])}{' '}
          <button type="button" data-tact="remove-team-rules" onClick={() => void saveImportedPolicy(null)}>
            {t('teamRemove')}
          </button>
        </p>
      ) : null}
      <div class="field">
        <label for="team-name">{t('teamName')}</label>
        <div class="add-row">
          <input id="team-name" type="text" maxLength={80} value={teamName} onInput={(e) => setTeamName(e.currentTarget.value)} />
          <button type="button" data-tact="export-rules" onClick={download}>
            {t('teamExport')}
          </button>
        </div>
      </div>
      <div class="field">
        <label for="team-import">{t('teamImport')}</label>
        <input id="team-import" type="file" accept="application/json,.json" data-tact="import-rules" onChange={(e) => void read(e.currentTarget.files?.[0])} />
      </div>
      {errors.length ? (
        <div role="alert" class="error" data-tact="import-errors">
          <p>{t('importRefused')}</p>
          <ul>{errors.map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      ) : null}
      {pending ? <ImportPreview pending={pending} locale={locale} onDone={() => setPending(null)} /> : null}
    </section>
  );
}
