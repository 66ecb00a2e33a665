import { describe, expect, it } from 'vitest';
import { SITE_METAS } from '../sites/meta';
import { reinjectOpenTabs, scriptsForUrl, shouldReinject, type ContentScriptEntry, type ReinjectDeps } from './reinject';

/** The content_scripts of the built manifest: one per site, named after it (as WXT builds them). */
const MANIFEST: ContentScriptEntry[] = SITE_METAS.map((site) => ({ matches: [...site.matches], js: [`content-scripts/${site.id}.js`] }));

describe('scriptsForUrl', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgz', 'gmail'],
    ['https://app.slack.com/client/T0ACME/C0GEN', 'slack'],
    ['https://chat.google.com/u/0/app/chat/AAQA9J3tZPg', 'google-chat'],
    ['https://teams.microsoft.com/v2/', 'teams'],
    ['https://teams.cloud.microsoft/v2/', 'teams'],
    ['https://discord.com/channels/1/2', 'discord'],
    ['https://outlook.office.com/mail/inbox', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
  ])('%s gets the %s content script', (url, site) => {
    expect(scriptsForUrl(url, MANIFEST)).toEqual([`content-scripts/${site}.js`]);
  });

  it.each([
    ['a supported host outside the app', 'https://app.slack.com/signin'],
    ['Discord outside the channels', 'https://discord.com/login'],
    ['Gmail outside /mail/', 'https://mail.google.com/chat/'],
    ['a look-alike host', 'https://app.slack.com.evil.example/client/T/C'],
    ['plain http', 'http://app.slack.com/client/T/C'],
    ['an unsupported site', 'https://example.com/'],
    ['the extension itself', 'chrome-extension://abc/dashboard.html'],
    ['no URL (no host permission for the tab)', undefined],
    ['not a URL', 'not a url'],
  ])('%s gets nothing', (_, url) => {
    expect(scriptsForUrl(url, MANIFEST)).toEqual([]);
  });

  it('gets nothing when the manifest has no content script for the site', () => {
    expect(scriptsForUrl('https://app.slack.com/client/T/C', MANIFEST.filter((c) => !c.js![0]!.includes('slack')))).toEqual([]);
  });
});

describe('shouldReinject', () => {
  it.each([
    ['install', true],
    ['update', true],
    ['chrome_update', false],
    ['shared_module_update', false],
  ])('%s → %s', (reason, expected) => {
    expect(shouldReinject(reason)).toBe(expected);
  });
});

describe('reinjectOpenTabs', () => {
  it('injects each open supported tab once, with its own site\'s script, and skips the rest', async () => {
    const injected: Array<[number, string[]]> = [];
    const deps: ReinjectDeps = {
      tabsMatching: async () => [
        { id: 1, url: 'https://app.slack.com/client/T0ACME/C0GEN' },
        { id: 2, url: 'https://mail.google.com/mail/u/0/#inbox' },
        { id: 3, url: 'https://app.slack.com/signin' },
        { id: 4, url: 'https://discord.com/channels/1/2', discarded: true },
        { url: 'https://teams.microsoft.com/v2/' },
        { id: 6, url: 'https://outlook.office.com/mail/' },
      ],
      inject: async (tabId, files) => {
        if (tabId === 6) throw new Error('Frame with ID 0 is showing error page');
        injected.push([tabId, files]);
      },
      contentScripts: MANIFEST,
    };
    expect(await reinjectOpenTabs(deps)).toBe(2);
    expect(injected).toEqual([[1, ['content-scripts/slack.js']], [2, ['content-scripts/gmail.js']]]);
  });

  it('asks only for tabs of the supported sites', async () => {
    let asked: string[] = [];
    await reinjectOpenTabs({ tabsMatching: async (p) => ((asked = p), []), inject: async () => undefined, contentScripts: MANIFEST });
    expect(asked.sort()).toEqual(SITE_METAS.flatMap((s) => s.matches).sort());
  });

  it('does nothing where the browser has no scripting API', async () => {
    expect(await reinjectOpenTabs(null)).toBe(0);
  });
});
