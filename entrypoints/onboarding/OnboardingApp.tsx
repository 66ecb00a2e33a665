import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { DueExample } from '@/components/settings/DueExample';
import { Notices, SaveState } from '@/components/settings/Notices';
import { PracticeComposer } from '@/components/settings/PracticeComposer';
import { SitesFields } from '@/components/settings/SitesFields';
import { WorkingHoursFields } from '@/components/settings/WorkingHoursFields';
import { useSettingsEditor } from '@/components/settings/use-settings-editor';

/**
 * First run: the three ideas of the guide Tact supports, a practice composer where the hints work,
 * and the two settings that matter on day one (working hours, sites), each saved at once.
 */
export function OnboardingApp({ now }: { now: number }) {
  const editor = useSettingsEditor();
  return (
    <main class="page onboarding" data-tact="onboarding" data-ready={editor ? 'true' : undefined}>
      <h1>{t('welcomeTitle')}</h1>
      <p class="lead">{t('welcomeIntro')}</p>
      <ol class="ideas">
        <li>
          <h2>
            <span aria-hidden="true">👍 </span>
            {t('idea1Title')}
          </h2>
          <p>{t('idea1Text')}</p>
        </li>
        <li>
          <h2>
            <span aria-hidden="true">⏰ </span>
            {t('idea2Title')}
          </h2>
          <p>{t('idea2Text')}</p>
          {editor ? <DueExample settings={editor.effective.settings} now={now} /> : null}
        </li>
        <li>
          <h2>
            <span aria-hidden="true">📞 </span>
            {t('idea3Title')}
          </h2>
          <p>{t('idea3Text')}</p>
        </li>
      </ol>
      {editor ? (
        <>
          <section aria-labelledby="s-practice">
            <h2 id="s-practice">{t('practiceTitle')}</h2>
            <PracticeComposer settings={editor.effective.settings} />
          </section>
          <section aria-labelledby="s-setup">
            <h2 id="s-setup">{t('setupTitle')}</h2>
            <p class="muted">{t('setupIntro')}</p>
            <Notices notices={editor.notices} />
            <WorkingHoursFields editor={editor} />
            <SitesFields editor={editor} />
            <SaveState status={editor.status} />
          </section>
        </>
      ) : null}
      <p>
        <button type="button" class="link-button" data-tact="open-options" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openAllSettings')}
        </button>
      </p>
      <p class="muted">{t('privacyNote')}</p>
    </main>
  );
}
