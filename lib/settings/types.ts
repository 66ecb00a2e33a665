import type { SensitiveTopic } from '../judge/types';
import type { DueRule } from '../schedule/types';
import type { SiteId } from '../sites/types';

/** Which hints Tact shows. */
export interface HintSwitches {
  acknowledgement: boolean;
  sensitive: boolean;
  threadHeat: boolean;
  replyTracking: boolean;
}

/** A sensitive term the user added, with the topic it signals. */
export interface ExtraTerm {
  term: string;
  topic: SensitiveTopic;
}

/** The rule for urgent messages: urgency only ever brings a due time forward. */
export type UrgentRule = { kind: 'same-day' } | { kind: 'working-hours'; hours: number };

/** Reply deadline rules for email, chat and urgent messages. */
export interface ReplyRules {
  email: DueRule;
  chat: DueRule;
  urgent: UrgentRule;
}

/** The user's working calendar; the schedule gets it through `workingCalendar()`. */
export interface CalendarSettings {
  /** IANA zone; '' means the browser's own (detected each time, so travel follows the laptop). */
  timeZone: string;
  /** 0 = Sunday … 6 = Saturday. */
  workingDays: number[];
  /** 'HH:MM', 24-hour clock. */
  dayStart: string;
  /** 'HH:MM'; '24:00' is midnight at the end of the day. After dayStart. */
  dayEnd: string;
  /** Days off, 'YYYY-MM-DD'. */
  holidays: string[];
}

/**
 * Settings (personal ones live in storage.sync; team policy may override any field).
 * Stored at version `SETTINGS_VERSION`; older shapes are migrated in `migrations.ts`.
 */
export interface Settings {
  /** Master switch. */
  enabled: boolean;
  sites: Record<SiteId, boolean>;
  hints: HintSwitches;
  /** Keep a 140-character snippet of each pending message on this device. */
  storeSnippets: boolean;
  /** Inserted by "Suggest a call". Empty: none. Must be an https link. */
  meetingLink: string;
  /** Extra whole-message acknowledgements, e.g. "roger that". */
  ackPhrases: string[];
  extraSensitiveTerms: ExtraTerm[];
  /** Built-in sensitive terms the user does not want flagged. */
  mutedSensitiveTerms: string[];
  /** Favourite reactions per acknowledgement kind, put first in the hint. */
  favouriteReactions: Record<string, string[]>;
  calendar: CalendarSettings;
  /** Time to reply, per kind of site and for urgent messages. */
  rules: ReplyRules;
  /** Per-site overrides of `rules.email` / `rules.chat`; a site not listed follows its kind. */
  siteRules: Partial<Record<SiteId, DueRule>>;
}

/** A problem with a value, shown next to the field at `path` (dot path, e.g. `calendar.dayEnd`). */
export interface SettingsIssue {
  path: string;
  message: string;
}

/** Who set a locked field: browser policy (storage.managed) or team rules imported from a file. */
export type PolicySource = 'managed' | 'imported';

/** What every part of Tact reads: the settings in force, and why they are what they are. */
export interface EffectiveSettings {
  /** defaults ← personal (sync) ← imported team rules (local) ← browser policy (managed). */
  settings: Settings;
  /** The user's own choices, sanitized: what the options page edits. */
  personal: Settings;
  /** Dot paths set by team policy; the options page shows them locked. */
  locked: string[];
  lockedBy: Record<string, PolicySource>;
  /** Team name from the policy, if it gives one. */
  teamName: string;
  /** Whether team rules were imported from a file (and so can be removed by the user). */
  hasImportedRules: boolean;
  /** Readable notes: fields reset because the stored value was damaged, team rules ignored. */
  notices: string[];
}
