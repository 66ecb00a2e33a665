import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleInstalled, ONBOARDING_PATH } from './on-install';

const openUrls = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url).filter(Boolean);

describe('handleInstalled', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('opens the onboarding page on a fresh install', async () => {
    await handleInstalled({ reason: 'install' });
    expect(await openUrls()).toEqual([fakeBrowser.runtime.getURL(ONBOARDING_PATH)]);
  });

  it.each(['update', 'chrome_update', 'browser_update', 'shared_module_update'])('opens nothing on %s', async (reason) => {
    await handleInstalled({ reason, previousVersion: '0.1.0' });
    expect(await openUrls()).toEqual([]);
  });
});
