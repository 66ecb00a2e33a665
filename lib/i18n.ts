import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

type Key = keyof typeof en;

/**
 * The interface's words, from the browser's i18n (`_locales/`), in the browser's language.
 */
export function t(key: Key, substitutions?: string | string[]): string {
  let message = '';
  try {
    message = browser.i18n.getMessage(key, substitutions);
  } catch {
    message = '';
  }
  // Without the i18n API (unit tests) the key stands in; the messages themselves stay out of the
  // content script's bundle.
  return message || key;
}

/** The UI language, for Intl formatting. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
