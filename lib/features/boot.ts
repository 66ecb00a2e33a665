import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { installLexiconsAsync, prepareCompiled, type EmojiTables } from '../judge/engine';
import { judgeOptions } from '../settings/bridges';
import { pageLocale } from './page-locale';
import { sendMessage } from '../messaging';
import type { Settings } from '../settings/types';

/**
 * What a content script needs before it can judge anything, asked of the background: the judge's
 * lexicons and emoji tables (data, ~150 KB, parsed once per page instead of shipped as code in every site's script)
 * and the settings in force (the background merges personal settings, team rules and policy, so the
 * validation and policy code stays out of the page too).
 */
export async function bootFromBackground(ctx: Pick<ContentScriptContext, 'isValid'>): Promise<Settings> {
  const data = await askWithRetry(ctx, () => sendMessage('judge:lexicons', {}));
  if (!Array.isArray(data?.lexicons) || data.lexicons.length === 0) throw new Error('the background sent no lexicons');
  // Compiled in slices of a few ms: one compile of every lexicon would be a long task on each page load.
  // Odd emoji tables are left out (none, in a fresh page): sensitive hints still work, and no acknowledgement is offered without reactions.
  await installLexiconsAsync(data.lexicons, { yieldEvery: 8 }, isEmojiTables(data.emoji) ? data.emoji : undefined);
  // Read after the compile, which can take a while in a background tab: a change made meanwhile counts.
  const settings = await askWithRetry(ctx, () => sendMessage('settings:get', {}));
  if (!isSettings(settings)) throw new Error('the background sent no settings');
  await prepareWords(settings);
  return settings;
}

/**
 * Compiles the user's own phrases and terms in slices before the settings that hold them take
 * effect, so the first keystroke after a page load or a settings change does not compile them in
 * one long task. The same words give the same options object (see `judgeOptions`), which the
 * draft hints then find compiled.
 */
function prepareWords(settings: Settings): Promise<void> {
  return prepareCompiled(judgeOptions(settings, pageLocale()), { yieldEvery: 8 }).catch(() => undefined);
}

/** The emoji tables' shape, as the judge reads them (it reads a missing kind as no reactions). */
export function isEmojiTables(value: unknown): value is EmojiTables {
  const t = value as Partial<EmojiTables> | null;
  return !!t && [t.reactions, t.emojiKinds, t.shortcodes].every((x) => !!x && typeof x === 'object' && !Array.isArray(x)) && Array.isArray(t.negative);
}

/** The shape a content script relies on; anything else (an error passed along as data) is refused. */
export function isSettings(value: unknown): value is Settings {
  const s = value as Settings | null;
  return !!s && typeof s === 'object' && typeof s.enabled === 'boolean' && !!s.hints && typeof s.hints === 'object' && !!s.sites && typeof s.sites === 'object';
}

/**
 * Pauses before each retry: a background that is starting (a browser restart, an update, a
 * temporary add-on's page on a busy machine) misses early messages. About 30 s in all: past that
 * the page goes without Tact until it is reloaded.
 */
const RETRY_AFTER_MS = [500, 1000, 2000, 4000, 8000, 15_000];

async function askWithRetry<T>(ctx: Pick<ContentScriptContext, 'isValid'>, ask: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask();
    } catch (error) {
      const wait = RETRY_AFTER_MS[attempt];
      if (wait === undefined || !ctx.isValid) throw error;
      await new Promise<void>((resume) => {
        setTimeout(resume, wait);
      });
    }
  }
}

/** Where the settings in force can change: personal settings, an imported team file, browser policy. */
function touchesSettings(changes: Record<string, unknown>, area: string): boolean {
  if (area === 'managed') return true;
  if (area === 'sync') return Object.keys(changes).some((key) => key.startsWith('settings'));
  if (area === 'local') return 'teamPolicy' in changes;
  return false;
}

/** Calls back with the settings in force after each change, in any tab; stops when the script is invalidated. */
export function watchSettingsFromBackground(ctx: ContentScriptContext, callback: (settings: Settings) => void): void {
  let latest = 0;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (!touchesSettings(changes, area)) return;
    const mine = ++latest;
    void sendMessage('settings:get', {})
      .then(async (settings) => {
        if (!isSettings(settings)) return;
        await prepareWords(settings);
        // Answers can arrive out of order; only the newest one speaks, and only to a live script.
        if (mine === latest && ctx.isValid) callback(settings);
      })
      .catch(() => undefined);
  };
  browser.storage.onChanged.addListener(onChanged);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
}
