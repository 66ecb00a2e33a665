import { t } from '@/lib/i18n';
import { SitesFields } from './SitesFields';
import { Toggle } from './Toggle';
import type { SettingsEditor } from './use-settings-editor';

/** On/off: Tact itself, the sites, each kind of hint, and whether snippets are kept. */
export function GeneralSection({ editor }: { editor: SettingsEditor }) {
  return (
    <section aria-labelledby="s-general">
      <h2 id="s-general">{t('sectionGeneral')}</h2>
      <Toggle editor={editor} path="enabled" label={t('fieldEnabled')} />
      <SitesFields editor={editor} />
      <fieldset class="field-group" data-tact="hints">
        <legend>{t('sectionHints')}</legend>
        <Toggle editor={editor} path="hints.acknowledgement" label={t('hintAck')} help={t('hintAckHelp')} />
        <Toggle editor={editor} path="hints.sensitive" label={t('hintSensitive')} help={t('hintSensitiveHelp')} />
        <Toggle editor={editor} path="hints.threadHeat" label={t('hintHeat')} help={t('hintHeatHelp')} />
        <Toggle editor={editor} path="hints.replyTracking" label={t('hintReplyTracking')} help={t('hintReplyTrackingHelp')} />
      </fieldset>
      <Toggle editor={editor} path="storeSnippets" label={t('fieldStoreSnippets')} help={t('fieldStoreSnippetsHelp')} />
    </section>
  );
}
