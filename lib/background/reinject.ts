import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { CONTENT_MATCHES, matchesPattern, siteForUrl } from '../sites/meta';

/** A manifest `content_scripts` entry, as much of it as this module reads. */
export interface ContentScriptEntry {
  matches?: string[];
  js?: string[];
}

/** What reinjection needs from the browser; tests pass their own. */
export interface ReinjectDeps {
  /** Open tabs whose URL matches one of these patterns. */
  tabsMatching(patterns: string[]): Promise<Array<{ id?: number; url?: string; discarded?: boolean }>>;
  inject(tabId: number, files: string[]): Promise<unknown>;
  contentScripts: readonly ContentScriptEntry[];
}

/**
 * The script files for a tab at `url`: those of the manifest's content script whose matches cover it,
 * and only when Tact serves that route (the same rule the content script applies when Chrome injects it).
 */
export function scriptsForUrl(url: string | undefined, contentScripts: readonly ContentScriptEntry[]): string[] {
  if (!url || !siteForUrl(url)) return [];
  const parsed = new URL(url);
  const entry = contentScripts.find((c) => (c.matches ?? []).some((pattern) => matchesPattern(pattern, parsed)));
  return [...(entry?.js ?? [])];
}

/** An install puts Tact into tabs opened before it; an update or reload replaces the old, now disconnected, Tact. */
export function shouldReinject(reason: string): boolean {
  return reason === 'install' || reason === 'update';
}

/**
 * Chrome injects content scripts only into pages loaded after an install or update: tabs already open
 * would have no Tact (or one whose extension context is gone) until reloaded. This injects each open
 * supported tab's content script; the new script retires any old overlay itself (overlay.ts).
 * Returns how many tabs got it. A tab that cannot take it (loading, crashed, an error page) is skipped.
 */
export async function reinjectOpenTabs(deps: ReinjectDeps | null = browserDeps()): Promise<number> {
  if (!deps) return 0;
  const tabs = await deps.tabsMatching(CONTENT_MATCHES).catch(() => []);
  const done = await Promise.all(
    tabs.map(async (tab) => {
      const files = scriptsForUrl(tab.url, deps.contentScripts);
      if (tab.id === undefined || tab.discarded || !files.length) return false;
      return deps.inject(tab.id, files).then(() => true, () => false);
    }),
  );
  return done.filter(Boolean).length;
}

/**
 * The real browser, or null where reinjection is not needed or not possible: Firefox injects declared
 * content scripts into open tabs itself on install and update, and a browser may lack the scripting API.
 */
function browserDeps(): ReinjectDeps | null {
  const scripting = browser.scripting;
  if (import.meta.env.FIREFOX || !scripting?.executeScript) return null;
  return {
    tabsMatching: (patterns) => browser.tabs.query({ url: patterns }),
    // The files come from the built manifest's own content_scripts: scripts the extension ships.
    inject: (tabId, files) => scripting.executeScript({ target: { tabId }, files: files as ScriptPublicPath[] }),
    contentScripts: browser.runtime.getManifest().content_scripts ?? [],
  };
}
