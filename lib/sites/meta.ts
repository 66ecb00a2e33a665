import { DISCORD_META, GMAIL_META, GOOGLE_CHAT_META, OUTLOOK_META, SLACK_META, TEAMS_META } from './site-metas';
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

/** Every site, in the order the settings and the popup list them. */
export const SITE_METAS: readonly SiteMeta[] = [GMAIL_META, SLACK_META, GOOGLE_CHAT_META, TEAMS_META, DISCORD_META, OUTLOOK_META];

/** Every content-script match pattern, derived from the sites so a site is added in one place. */
// Pure: a content script that reaches this module for a helper does not keep every site's list.
export const CONTENT_MATCHES: string[] = /* @__PURE__ */ SITE_METAS.flatMap((site) => [...site.matches]);

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
