// Public surface of lib/settings: every part of Tact reads its settings through here.
export type { CalendarSettings, EffectiveSettings, ExtraTerm, HintSwitches, PolicySource, ReplyRules, Settings, SettingsIssue, UrgentRule } from './types';
export { defaultSettings, SENSITIVE_TOPICS, ACK_KINDS } from './defaults';
export { sanitizeSettings } from './sanitize';
export { SETTINGS_VERSION, migrateSettings, migrateV1ToV2 } from './migrations';
export { validateSettings, isMeetingLink } from './validate';
export { repairSettings } from './repair';
export { applyPolicy, parsePolicy, combinePolicies, type TeamPolicy } from './policy';
export { resolveEffective, type RawSettingsSources } from './effective';
export {
  settingsItem,
  teamPolicyItem,
  loadSettings,
  watchSettings,
  loadEffectiveSettings,
  watchEffectiveSettings,
  savePersonalSettings,
  saveImportedPolicy,
  readManagedPolicy,
} from './store';
export { exportTeamRules, parseTeamRules, diffSettings, TEAM_FIELDS, type SettingsChange } from './team-file';
export { judgeOptions, workingCalendar, dueRulesFor, runsOn, hintOn, detectedTimeZone, type JudgeWords } from './bridges';
export { fieldLabel } from './labels';
export { isLocked } from './paths';
export { handleInstalled, openOnboarding, ONBOARDING_PATH } from './on-install';
