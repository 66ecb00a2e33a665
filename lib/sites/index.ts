import type { SiteAdapter, SiteId } from './types';
import { createAdapter as gmail } from './gmail/adapter';
import { createAdapter as slack } from './slack/adapter';
import { createAdapter as googleChat } from './google-chat/adapter';
import { createAdapter as teams } from './teams/adapter';
import { createAdapter as discord } from './discord/adapter';
import { createAdapter as outlook } from './outlook/adapter';

/** One adapter factory per site. A new site: its folder, its SITE_METAS entry, and a line here. */
export const ADAPTERS: Record<SiteId, () => SiteAdapter> = {
  gmail,
  slack,
  'google-chat': googleChat,
  teams,
  discord,
  outlook,
};

export { SITE_METAS, CONTENT_MATCHES, siteForUrl } from './meta';
