import { browser } from 'wxt/browser';

/** What `runtime.onInstalled` passes that matters here. */
export interface InstalledDetails {
  reason: string;
  previousVersion?: string;
}

/** The onboarding page, opened on install and from the popup ("How Tact works"). */
export const ONBOARDING_PATH = '/onboarding.html';

/**
 * On a fresh install, opens the onboarding page so the person learns Tact's three ideas and sets
 * their hours and sites. Updates and browser updates open nothing: settings migrate on first read.
 * For the background: `browser.runtime.onInstalled.addListener(handleInstalled)`.
 */
export async function handleInstalled(details: InstalledDetails): Promise<void> {
  if (details.reason !== 'install') return;
  try {
    await browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PATH) });
  } catch {
    // No tabs here (a headless context): the popup still links to the page.
  }
}

/** Opens the onboarding page again (the popup's "How Tact works"). */
export async function openOnboarding(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PATH) });
}
