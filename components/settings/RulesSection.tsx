import { t } from '@/lib/i18n';
import { SITE_METAS } from '@/lib/sites/meta';
import { RuleSelect } from './RuleSelect';
import type { SettingsEditor } from './use-settings-editor';

/** How long a message may wait: by kind of site, for urgent messages, and per site where it differs. */
export function RulesSection({ editor }: { editor: SettingsEditor }) {
  return (
    <section aria-labelledby="s-rules">
      <h2 id="s-rules">{t('sectionRules')}</h2>
      <p class="muted">{t('sectionRulesHelp')}</p>
      <RuleSelect editor={editor} path="rules.email" label={t('ruleEmail')} kinds={['next-business-day-end', 'same-day', 'business-days', 'working-hours']} />
      <RuleSelect editor={editor} path="rules.chat" label={t('ruleChat')} kinds={['working-hours', 'same-day', 'next-business-day-end', 'business-days']} />
      <RuleSelect editor={editor} path="rules.urgent" label={t('ruleUrgent')} kinds={['same-day', 'working-hours']} />
      <details class="per-site">
        <summary>{t('rulesPerSite')}</summary>
        {SITE_METAS.map((site) => (
          <RuleSelect
            key={site.id}
            editor={editor}
            path={`siteRules.${site.id}`}
            label={site.name}
            kinds={['next-business-day-end', 'same-day', 'business-days', 'working-hours']}
            inherit={site.kind === 'email' ? t('ruleSameAsEmail') : t('ruleSameAsChat')}
          />
        ))}
      </details>
    </section>
  );
}
