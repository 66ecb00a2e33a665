import { t } from '@/lib/i18n';
import { CalendarSection } from '@/components/settings/CalendarSection';
import { GeneralSection } from '@/components/settings/GeneralSection';
import { HowTactWorksLink } from '@/components/settings/HowTactWorksLink';
import { Notices, SaveState } from '@/components/settings/Notices';
import { ReactionsSection } from '@/components/settings/ReactionsSection';
import { RulesSection } from '@/components/settings/RulesSection';
import { TeamSection } from '@/components/settings/TeamSection';
import { WordsSection } from '@/components/settings/WordsSection';
import { useSettingsEditor } from '@/components/settings/use-settings-editor';

/** Settings: every change applies at once in open tabs; bad values are explained next to their field. */
export function OptionsApp() {
  const editor = useSettingsEditor();
  return (
    <main class="page" aria-busy={editor ? undefined : 'true'} data-tact="options" data-ready={editor ? 'true' : undefined}>
      <header>
        <h1>{t('optionsTitle')}</h1>
        <HowTactWorksLink />
      </header>
      {editor ? (
        <>
          <p class="muted">{t('optionsIntro')}</p>
          <div class="sticky-status">
            <SaveState status={editor.status} />
          </div>
          <Notices notices={editor.notices} />
          <GeneralSection editor={editor} />
          <CalendarSection editor={editor} />
          <RulesSection editor={editor} />
          <WordsSection editor={editor} />
          <ReactionsSection editor={editor} />
          <TeamSection editor={editor} />
        </>
      ) : null}
    </main>
  );
}
