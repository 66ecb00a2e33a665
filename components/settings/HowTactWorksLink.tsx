import { t } from '@/lib/i18n';
import { openOnboarding } from '@/lib/settings/on-install';

/** "How Tact works": opens the onboarding page again (popup and options page). */
export function HowTactWorksLink() {
  return (
    <button type="button" class="link-button" data-tact="open-onboarding" onClick={() => void openOnboarding()}>
      {t('howTactWorks')}
    </button>
  );
}
