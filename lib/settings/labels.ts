import { t } from '../i18n';
import { SITE_METAS } from '../sites/meta';
import { ACK_KINDS } from './defaults';

type Key = Parameters<typeof t>[0];

const LABELS: Record<string, Key> = {
  enabled: 'fieldEnabled',
  sites: 'sectionSites',
  hints: 'sectionHints',
  'hints.acknowledgement': 'hintAck',
  'hints.sensitive': 'hintSensitive',
  'hints.threadHeat': 'hintHeat',
  'hints.replyTracking': 'hintReplyTracking',
  storeSnippets: 'fieldStoreSnippets',
  meetingLink: 'fieldMeetingLink',
  ackPhrases: 'fieldAckPhrases',
  extraSensitiveTerms: 'fieldExtraTerms',
  mutedSensitiveTerms: 'fieldMutedTerms',
  favouriteReactions: 'sectionReactions',
  calendar: 'sectionCalendar',
  'calendar.timeZone': 'fieldTimeZone',
  'calendar.workingDays': 'fieldWorkingDays',
  'calendar.dayStart': 'fieldDayStart',
  'calendar.dayEnd': 'fieldDayEnd',
  'calendar.holidays': 'fieldHolidays',
  rules: 'sectionRules',
  'rules.email': 'ruleEmail',
  'rules.chat': 'ruleChat',
  'rules.urgent': 'ruleUrgent',
  siteRules: 'sectionRules',
};

/** A field's name as the options page shows it, for notices and diffs. */
export function fieldLabel(path: string): string {
  const key = LABELS[path];
  if (key) return t(key);
  const [head, tail] = [path.split('.')[0]!, path.split('.').slice(1).join('.')];
  const site = SITE_METAS.find((s) => s.id === tail);
  if (head === 'sites' && site) return site.name;
  if (head === 'siteRules' && site) return t('ruleForSite', site.name);
  if (head === 'favouriteReactions') return t('reactionsFor', t(ackKindKey(tail)));
  return path;
}

/** The message key naming an acknowledgement kind (`ackKind_on_it` for `on-it`). */
export function ackKindKey(kind: string): Key {
  return ((ACK_KINDS as readonly string[]).includes(kind) ? `ackKind_${kind.replace(/-/g, '_')}` : 'ackKind_acknowledgement') as Key;
}
