import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getPath, isLocked, setPath } from '@/lib/settings/paths';
import { loadEffectiveSettings, savePersonalSettings, watchEffectiveSettings } from '@/lib/settings/store';
import { validateSettings } from '@/lib/settings/validate';
import type { EffectiveSettings, PolicySource, Settings, SettingsIssue } from '@/lib/settings/types';

export type SaveStatus = 'idle' | 'saved' | 'invalid' | 'failed';

/** What a settings control needs: read a field, change it, its problems and its lock. Passed as a prop. */
export interface SettingsEditor {
  effective: EffectiveSettings;
  /** The value a control shows: the team's where the field is locked, else the user's draft. */
  value<T = unknown>(path: string): T;
  update(path: string, value: unknown): void;
  issuesAt(path: string): string[];
  lockedBy(path: string): PolicySource | null;
  status: SaveStatus;
  /** Notices from every load this page has seen (a repair is written once, but stays explained). */
  notices: string[];
}

/**
 * Edits personal settings live: every valid change is saved at once (open tabs follow through
 * storage events); an invalid field keeps its saved value and shows why, and the rest still saves.
 */
export function useSettingsEditor(): SettingsEditor | null {
  const [effective, setEffective] = useState<EffectiveSettings | null>(null);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [issues, setIssues] = useState<SettingsIssue[]>([]);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [notices, setNotices] = useState<string[]>([]);
  const live = useRef<{ draft: Settings | null; issues: SettingsIssue[]; effective: EffectiveSettings | null }>({ draft: null, issues: [], effective: null });

  useEffect(() => {
    let repaired = false;
    const apply = (next: EffectiveSettings & { resetPaths: string[] }) => {
      // Keep what the user is still fixing; take everything else from storage.
      let merged = next.personal;
      for (const issue of live.current.issues) {
        if (issue.path && live.current.draft) merged = setPath(merged, issue.path, getPath(live.current.draft, issue.path));
      }
      // A field fixed elsewhere (another tab, a team rule) stops being an error here.
      const still = validateSettings(merged).filter((i) => !isLocked(i.path, next.locked));
      live.current = { draft: merged, issues: still, effective: next };
      setEffective(next);
      setDraft(merged);
      setIssues(still);
      if (next.notices.length) setNotices((old) => [...new Set([...old, ...next.notices])]);
      if (next.resetPaths.length && !repaired) {
        // Write the repaired value once, so the damage is fixed for every device, not patched per read.
        repaired = true;
        void savePersonalSettings(next.personal);
      }
    };
    void loadEffectiveSettings().then(apply);
    return watchEffectiveSettings(apply);
  }, []);

  return useMemo(() => {
    if (!effective || !draft) return null;
    const update = (path: string, value: unknown) => {
      const current = live.current;
      if (!current.draft || !current.effective || isLocked(path, current.effective.locked)) return;
      const next = setPath(current.draft, path, value);
      const found = validateSettings(next);
      live.current = { ...current, draft: next, issues: found };
      setDraft(next);
      setIssues(found);
      let toSave = next;
      for (const issue of found) if (issue.path) toSave = setPath(toSave, issue.path, getPath(current.effective.personal, issue.path));
      if (validateSettings(toSave).length) {
        setStatus('invalid');
        return;
      }
      savePersonalSettings(toSave).then(
        (left) => setStatus(found.length || left.length ? 'invalid' : 'saved'),
        () => setStatus('failed'),
      );
    };
    return {
      effective,
      value: <T,>(path: string) => (isLocked(path, effective.locked) ? getPath(effective.settings, path) : getPath(draft, path)) as T,
      update,
      // A locked field shows the team's value, so the user's draft problems there are moot.
      issuesAt: (path: string) => (isLocked(path, effective.locked) ? [] : issues.filter((i) => i.path === path).map((i) => i.message)),
      lockedBy: (path: string) => {
        const hit = effective.locked.find((l) => l === path || l.startsWith(`${path}.`) || path.startsWith(`${l}.`));
        return hit ? (effective.lockedBy[hit] ?? 'managed') : null;
      },
      status,
      notices,
    };
  }, [effective, draft, issues, status, notices]);
}
