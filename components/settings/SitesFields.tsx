import { t } from '@/lib/i18n';
import { SITE_METAS } from '@/lib/sites/meta';
import { Toggle } from './Toggle';
import type { SettingsEditor } from './use-settings-editor';

/** Which sites Tact works on: one checkbox per site, each lockable on its own. */
export function SitesFields({ editor }: { editor: SettingsEditor }) {
  return (
    <fieldset class="field-group" data-tact="sites">
      <legend>{t('sectionSites')}</legend>
      <div class="columns">
        {SITE_METAS.map((site) => (
          <Toggle key={site.id} editor={editor} path={`sites.${site.id}`} label={site.name} />
        ))}
      </div>
    </fieldset>
  );
}
