import type { Settings } from './types';

/** Every setting has a default, so a new install works with no setup. */
export function defaultSettings(): Settings {
  return {
    enabled: true,
    sites: { gmail: true, slack: true, 'google-chat': true, teams: true, discord: true, outlook: true },
    hints: { acknowledgement: true, sensitive: true, threadHeat: true, replyTracking: true },
    storeSnippets: true,
    meetingLink: '',
    ackPhrases: [],
    extraSensitiveTerms: [],
    mutedSensitiveTerms: [],
    favouriteReactions: {},
    calendar: { timeZone: '', workingDays: [1, 2, 3, 4, 5], dayStart: '09:00', dayEnd: '17:30', holidays: [] },
    rules: {
      email: { kind: 'next-business-day-end' },
      chat: { kind: 'working-hours', hours: 4 },
      urgent: { kind: 'same-day' },
    },
    siteRules: {},
  };
}

/**
 * Topics a user may file an extra sensitive term under, and the kinds of acknowledgement that get
 * favourite reactions: the judge's own lists, so a kind it adds shows up here by itself.
 */
export { ACK_KINDS, SENSITIVE_TOPICS } from '../judge/types';
