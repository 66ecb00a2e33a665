import { describe, expect, it } from 'vitest';
import { CONTENT_MATCHES, SITE_METAS, siteForUrl } from './meta';

describe('siteForUrl', () => {
  const cases: [string, string | null][] = [
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzq', 'gmail'],
    ['https://mail.google.com/chat/u/0/', null],
    ['https://app.slack.com/client/T0ACME/C0GEN', 'slack'],
    ['https://slack.com/intl/en-gb/', null],
    ['https://chat.google.com/u/0/app/chat/AAQA9J3tZPg', 'google-chat'],
    ['https://teams.microsoft.com/v2/', 'teams'],
    ['https://teams.live.com/v2/', 'teams'],
    ['https://discord.com/channels/111/222', 'discord'],
    ['https://discord.com/app', null],
    ['https://discord.com/', null],
    ['https://outlook.office.com/mail/inbox/id/AAQk', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://outlook.office.com/calendar/view/week', null],
    ['https://example.com/mail/', null],
    ['https://mail.google.com.evil.example/mail/', null],
    ['http://mail.google.com/mail/', null],
    ['not a url', null],
  ];
  it.each(cases)('%s → %s', (url, site) => {
    expect(siteForUrl(url)?.id ?? null).toBe(site);
  });
});

describe('site metadata', () => {
  it('has one entry per site id and only https host matches', () => {
    const ids = SITE_METAS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const pattern of CONTENT_MATCHES) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(CONTENT_MATCHES).not.toContain('<all_urls>');
  });
});
