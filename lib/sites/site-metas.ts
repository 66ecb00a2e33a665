import type { SiteMeta } from './meta';

// One constant per site, so a site's content script carries its own meta and not the five others'.

/** Gmail also hosts Google Chat at #chat/...: the Gmail adapter handles both. */
export const GMAIL_META: SiteMeta = {
  id: 'gmail',
  name: 'Gmail',
  kind: 'email',
  matches: ['https://mail.google.com/*'],
  servesRoute: (url) => url.pathname.startsWith('/mail/'),
};

export const SLACK_META: SiteMeta = {
  id: 'slack',
  name: 'Slack',
  kind: 'chat',
  matches: ['https://app.slack.com/*'],
  servesRoute: (url) => url.pathname.startsWith('/client/'),
};

export const GOOGLE_CHAT_META: SiteMeta = {
  id: 'google-chat',
  name: 'Google Chat',
  kind: 'chat',
  matches: ['https://chat.google.com/*'],
  servesRoute: () => true,
};

export const TEAMS_META: SiteMeta = {
  id: 'teams',
  name: 'Microsoft Teams',
  kind: 'chat',
  matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
  servesRoute: () => true,
};

export const DISCORD_META: SiteMeta = {
  id: 'discord',
  name: 'Discord',
  kind: 'chat',
  matches: ['https://discord.com/*'],
  servesRoute: (url) => url.pathname.startsWith('/channels/'),
};

export const OUTLOOK_META: SiteMeta = {
  id: 'outlook',
  name: 'Outlook',
  kind: 'email',
  matches: ['https://outlook.office.com/*', 'https://outlook.live.com/*', 'https://outlook.office365.com/*'],
  servesRoute: (url) => url.pathname.startsWith('/mail'),
};
