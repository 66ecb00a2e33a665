import { render } from 'preact';
import '@/components/page.css';
import '@/components/settings/settings.css';
import { t, uiLanguage } from '@/lib/i18n';
import { OptionsApp } from './OptionsApp';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<OptionsApp />, document.getElementById('app')!);
