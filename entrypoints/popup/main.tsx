import { render } from 'preact';
import '@/components/page.css';
import '@/components/popup/popup.css';
import { uiLanguage } from '@/lib/i18n';
import { openTactDb } from '@/lib/store';
import { PopupApp } from './PopupApp';

document.documentElement.lang = uiLanguage();
// The popup's one connection to the store, opened here and handed down (no module singleton).
render(<PopupApp db={openTactDb()} />, document.getElementById('app')!);
