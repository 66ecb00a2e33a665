import { render } from 'preact';
import '@/components/page.css';
import '@/components/settings/settings.css';
import './onboarding.css';
import { t, uiLanguage } from '@/lib/i18n';
import { OnboardingApp } from './OnboardingApp';

document.documentElement.lang = uiLanguage();
document.title = t('welcomeTitle');
render(<OnboardingApp now={Date.now()} />, document.getElementById('app')!);
