import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';

type Key = keyof typeof en;

/**
 * The interface's words, from the browser's i18n (`_locales/`), in the browser's language.
 * Falls back to English where a message is missing or the API is not there (unit tests).
 */
export function t(key: Key, substitutions?: string | string[]): string {
  let message = '';
  try {
    message = browser.i18n.getMessage(key, substitutions);
  } catch {
    message = '';
  }
  if (message) return message;
  const fallback = en[key]?.message ?? key;
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return fallback.replace(/\$p(\d)\$/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** The UI language, for Intl formatting. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
