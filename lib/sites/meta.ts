import type { SiteId, SiteKind } from './types';

/** What the manifest and the router need to know of a site, without loading its adapter. */
export interface SiteMeta {
  id: SiteId;
  name: string;
  kind: SiteKind;
  /** Manifest match patterns. */
  matches: readonly string[];
  /** Routes on those hosts where Tact works (the app, not marketing or login pages). */
  servesRoute(url: URL): boolean;
}

/** Gmail also hosts Google Chat at #chat/...: the Gmail adapter handles both. */
export const SITE_METAS: readonly SiteMeta[] = [
  {
    id: 'gmail',
    name: 'Gmail',
    kind: 'email',
    matches: ['https://mail.google.com/*'],
    servesRoute: (url) => url.pathname.startsWith('/mail/'),
  },
  {
    id: 'slack',
    name: 'Slack',
    kind: 'chat',
    matches: ['https://app.slack.com/*'],
    servesRoute: (url) => url.pathname.startsWith('/client/'),
  },
  {
    id: 'google-chat',
    name: 'Google Chat',
    kind: 'chat',
    matches: ['https://chat.google.com/*'],
    servesRoute: () => true,
  },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    kind: 'chat',
    matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
    servesRoute: () => true,
  },
  {
    id: 'discord',
    name: 'Discord',
    kind: 'chat',
    matches: ['https://discord.com/*'],
    servesRoute: (url) => url.pathname.startsWith('/channels/'),
  },
  {
    id: 'outlook',
    name: 'Outlook',
    kind: 'email',
    matches: ['https://outlook.office.com/*', 'https://outlook.live.com/*', 'https://outlook.office365.com/*'],
    servesRoute: (url) => url.pathname.startsWith('/mail'),
  },
];

/** Every content-script match pattern, derived from the sites so a site is added in one place. */
export const CONTENT_MATCHES: string[] = SITE_METAS.flatMap((site) => [...site.matches]);

/** The site whose match patterns cover this URL, when Tact serves that route. */
export function siteForUrl(href: string, sites: readonly SiteMeta[] = SITE_METAS): SiteMeta | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  for (const site of sites) {
    if (site.matches.some((pattern) => matchesPattern(pattern, url)) && site.servesRoute(url)) return site;
  }
  return null;
}

/** Match patterns of the form `https://host/*` (the only form Tact uses). */
export function matchesPattern(pattern: string, url: URL): boolean {
  const m = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m;
  if (url.protocol !== `${scheme}:` || url.hostname !== host) return false;
  return path === '/*' || url.pathname.startsWith(path!.replace(/\*$/, ''));
}
