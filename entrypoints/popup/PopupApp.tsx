import { browser } from 'wxt/browser';
import { useLive, useNow, useWorkingCalendar } from '@/components/dashboard/hooks';
import { StoreProblemNote } from '@/components/dashboard/StoreProblemNote';
import { PopupHealth } from '@/components/popup/PopupHealth';
import { PopupSiteToggle } from '@/components/popup/PopupSiteToggle';
import { PopupSummary } from '@/components/popup/PopupSummary';
import { ps } from '@/components/popup/strings';
import { useActiveTab } from '@/components/popup/use-active-tab';
import { HowTactWorksLink } from '@/components/settings/HowTactWorksLink';
import { endOfToday } from '@/lib/background/pending';
import { uiLanguage } from '@/lib/i18n';
import { detectedTimeZone } from '@/lib/settings';
import { counts, listForDashboard, type TactDb } from '@/lib/store';

const NEXT_ITEMS = 3;

/** The toolbar popup: what is due, Tact on this site, how well it reads this page, and the way on. */
export function PopupApp({ db }: { db: TactDb }) {
  const now = useNow();
  const calendar = useWorkingCalendar();
  const tab = useActiveTab();
  const where = { locale: uiLanguage(), timeZone: calendar?.timeZone ?? detectedTimeZone() };
  const { value: tally } = useLive(async () => (calendar ? counts(db, now, endOfToday(now, calendar)) : undefined), [db, now, calendar]);
  const { value: next } = useLive(() => listForDashboard(db, { now, limit: NEXT_ITEMS }), [db, now]);

  const openDashboard = async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
    window.close();
  };
  return (
    <main class="popup" data-tact="popup" data-ready={tally && tab ? 'true' : undefined}>
      <h1>Tact</h1>
      <StoreProblemNote />
      <PopupSummary counts={tally} next={next} now={now} where={where} />
      {tab ? (
        tab.site ? (
          <>
            <PopupSiteToggle site={tab.site} />
            <PopupHealth health={tab.health} locale={where.locale} />
          </>
        ) : (
          <p class="muted site-toggle" data-tact="no-site">{ps('popupNoSite')}</p>
        )
      ) : null}
      <nav class="links">
        <button type="button" class="link-button" data-tact="open-dashboard" onClick={() => void openDashboard()}>{ps('popupOpenDashboard')}</button>
        <button type="button" class="link-button" data-tact="open-options" onClick={() => void browser.runtime.openOptionsPage()}>{ps('popupOpenOptions')}</button>
        <HowTactWorksLink />
      </nav>
    </main>
  );
}
