import { t } from '../i18n';
import { defaultSettings } from './defaults';
import { fieldLabel } from './labels';
import { applyPolicy, combinePolicies, parsePolicy } from './policy';
import { sanitizeSettings } from './sanitize';
import { repairSettings } from './repair';
import type { EffectiveSettings } from './types';

/** What was read from storage, untouched: each may be anything, including nothing. */
export interface RawSettingsSources {
  /** storage.sync `settings`, already migrated to the current version. */
  personal: unknown;
  /** storage.local `teamPolicy`: team rules imported from a file. */
  imported: unknown;
  /** storage.managed, everything in it: browser policy. */
  managed: unknown;
}

/**
 * The settings in force, from what storage holds: defaults ← personal ← imported team rules ←
 * browser policy. Pure, and total: damaged values become defaults and each becomes a notice.
 */
export function resolveEffective(raw: RawSettingsSources): EffectiveSettings & { resetPaths: string[] } {
  const personalClean = sanitizeSettings(raw.personal);
  const personalRepair = repairSettings(personalClean.settings);
  const personal = personalRepair.settings;
  const resetPaths = [...personalClean.reset, ...personalRepair.reset];

  const managed = parsePolicy(isEmptyObject(raw.managed) ? null : raw.managed);
  const imported = parsePolicy(raw.imported);
  const { policy, lockedBy } = combinePolicies(imported.policy, managed.policy);
  const applied = applyPolicy(personal, policy);
  const final = repairSettings(applied.settings, applied.locked);

  const notices: string[] = [];
  if (resetPaths.length) notices.push(t('noticeReset', labels(resetPaths)));
  const droppedPolicy = [...managed.dropped, ...imported.dropped, ...final.ignoredPolicy];
  if (droppedPolicy.length) notices.push(t('noticePolicyIgnored', labels(droppedPolicy)));
  // A team value can make a personal one unusable (its day starts after mine ends): mine yields.
  if (final.reset.length) notices.push(t('noticeReset', labels(final.reset)));

  return {
    settings: final.settings,
    personal,
    locked: applied.locked,
    lockedBy,
    teamName: policy.name,
    hasImportedRules: Object.keys(imported.policy.values).length > 0,
    notices,
    resetPaths,
  };
}

/** The defaults with nothing stored and no policy. */
export function emptyEffective(): EffectiveSettings {
  const settings = defaultSettings();
  return { settings, personal: defaultSettings(), locked: [], lockedBy: {}, teamName: '', hasImportedRules: false, notices: [] };
}

function labels(paths: string[]): string {
  return [...new Set(paths.map((p) => (p === '*' ? t('allSettings') : fieldLabel(p))))].join(', ');
}

function isEmptyObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && Object.keys(v).length === 0;
}
