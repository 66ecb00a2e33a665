import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BackupPanel } from '@/components/dashboard/BackupPanel';
import { DONE_PAGE, loadDashboard } from '@/components/dashboard/data';
import { Filters } from '@/components/dashboard/Filters';
import { useDebounced, useLive, useNow, useWorkingCalendar } from '@/components/dashboard/hooks';
import { PendingList } from '@/components/dashboard/PendingList';
import { ReplyChart } from '@/components/dashboard/ReplyChart';
import { buildRows } from '@/components/dashboard/rows';
import { StatusLine } from '@/components/dashboard/StatusLine';
import { StoreProblemNote } from '@/components/dashboard/StoreProblemNote';
import { s } from '@/components/dashboard/strings';
import { useRowActions } from '@/components/dashboard/use-row-actions';
import { endOfToday } from '@/lib/background/pending';
import { uiLanguage } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import { detectedTimeZone } from '@/lib/settings';
import type { SiteId, TactDb } from '@/lib/store';

/** After any write, the background brings the badge and reminders up to date. */
const notify = () => sendMessage('pending:changed', {});

/** The dashboard: every message that waits on the user, across sites, live from the store. */
export function DashboardApp({ db }: { db: TactDb }) {
  const now = useNow();
  const calendar = useWorkingCalendar();
  const [site, setSite] = useState<SiteId | ''>('');
  const [search, setSearch] = useState('');
  const query = useDebounced(search, 150);
  const [doneLimit, setDoneLimit] = useState(DONE_PAGE);
  const filters = useRef<HTMLDivElement>(null);
  const { value: lists, error } = useLive(
    () => loadDashboard(db, now, { site: site || undefined, search: query }, doneLimit),
    [db, now, site, query, doneLimit],
  );
  const where = { locale: uiLanguage(), timeZone: calendar?.timeZone ?? detectedTimeZone() };
  const rows = useMemo(() => (lists && calendar ? buildRows(lists, now, endOfToday(now, calendar)) : []), [lists, calendar, now]);
  const { run, announcement } = useRowActions(db, notify, where);

  // "/" focuses the search box, as in most list UIs, unless the user is typing somewhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && e.target.closest('input, select, textarea, [contenteditable="true"]');
      if (e.key !== '/' || typing || e.ctrlKey || e.metaKey || e.altKey) return;
      e.preventDefault();
      filters.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const ready = Boolean(lists && calendar);
  const filtered = Boolean(site || query.trim());
  const openCount = lists ? lists.open.length + lists.snoozed.length : 0;
  return (
    <main class="dash" aria-busy={ready ? undefined : 'true'} data-tact="dashboard" data-ready={ready ? 'true' : undefined}>
      <header class="dash-head">
        <div>
          <h1>{s('dashboardTitle')}</h1>
          <p class="muted">{s('dashboardIntro')}</p>
        </div>
        <button type="button" class="quiet" data-tact="open-options" onClick={() => void browser.runtime.openOptionsPage()}>{s('openSettings')}</button>
      </header>
      <div class="dash-body">
        <section class="dash-list" aria-label={s('dashboardTitle')}>
          <div ref={filters}>
            <Filters site={site} search={search} onSite={setSite} onSearch={setSearch} />
          </div>
          <StoreProblemNote />
          {error ? <p class="error" role="alert">{s('actionFailed', String(error))}</p> : null}
          {!ready ? <p class="muted" data-tact="loading">{s('loading')}</p> : null}
          {ready && !filtered && openCount === 0 ? <p class="empty" data-tact="empty">{s('emptyState')}</p> : null}
          {ready && filtered && rows.length === 0 ? <p class="empty" data-tact="no-match">{s('noMatch')}</p> : null}
          {calendar ? (
            <PendingList rows={rows} now={now} where={where} calendar={calendar} onAction={run} onMore={() => setDoneLimit((n) => n + DONE_PAGE)} />
          ) : null}
          <p class="muted keys">{s('keyboardHelp')}</p>
        </section>
        <aside class="dash-side">
          <ReplyChart db={db} now={now} where={where} />
          <BackupPanel db={db} timeZone={where.timeZone} notify={notify} />
        </aside>
      </div>
      <StatusLine announcement={announcement} />
    </main>
  );
}
