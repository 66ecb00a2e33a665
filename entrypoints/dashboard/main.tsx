import { render } from 'preact';
import '@/components/page.css';
import '@/components/dashboard/dashboard.css';
import { s } from '@/components/dashboard/strings';
import { uiLanguage } from '@/lib/i18n';
import { openTactDb } from '@/lib/store';
import { DashboardApp } from './DashboardApp';

document.documentElement.lang = uiLanguage();
document.title = `Tact — ${s('dashboardTitle')}`;
// The page's one connection to the store, opened here and handed down (no module singleton).
render(<DashboardApp db={openTactDb()} />, document.getElementById('app')!);
