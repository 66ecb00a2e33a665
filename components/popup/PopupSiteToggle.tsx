import { useEffect, useState } from 'preact/hooks';
import { savePersonalSettings, watchEffectiveSettings, loadEffectiveSettings, type EffectiveSettings } from '@/lib/settings';
import type { SiteMeta } from '@/lib/sites/meta';
import { siteToggleState, withSite } from './site-toggle';
import { ps } from './strings';

/** "Tact on Slack" for the active tab's site: writes the user's own settings, unless policy locks it. */
export function PopupSiteToggle({ site }: { site: SiteMeta }) {
  const [effective, setEffective] = useState<EffectiveSettings>();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadEffectiveSettings().then((e) => live && setEffective(e));
    const unwatch = watchEffectiveSettings(setEffective);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  if (!effective) return null;
  const state = siteToggleState(effective, site.id);

  const toggle = async (on: boolean) => {
    setProblem(null);
    const issues = await savePersonalSettings(withSite(effective.personal, site.id, on)).catch((e: unknown) => [{ path: '', message: String(e) }]);
    if (issues.length) setProblem(ps('popupSaveFailed', issues.map((i) => i.message).join('; ')));
  };

  return (
    <div class="site-toggle">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          data-tact="site-toggle"
          data-site={site.id}
          checked={state.on}
          disabled={state.locked || state.allOff}
          aria-describedby={state.locked || state.allOff ? 'site-toggle-note' : undefined}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        <span>{ps('popupOnSite', site.name)}</span>
      </label>
      {state.locked ? <p id="site-toggle-note" class="note" data-tact="site-locked">{effective.teamName ? ps('popupLockedBy', effective.teamName) : ps('popupLocked')}</p> : null}
      {!state.locked && state.allOff ? <p id="site-toggle-note" class="note">{ps('popupAllOff')}</p> : null}
      {problem ? <p class="error" role="alert">{problem}</p> : null}
    </div>
  );
}
