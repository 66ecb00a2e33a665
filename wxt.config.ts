import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_MATCHES } from './lib/sites/meta';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Several builds can live side by side (e.g. one per engineer or test run): TACT_OUT_DIR=.output-x.
  outDir: process.env.TACT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // App code imports every name explicitly.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: process.env.TACT_SOURCEMAP === '1' },
  }),
  hooks: {
    // webextension-polyfill serves the background and extension pages. Content scripts use the
    // browser's own promise-based API (Chrome MV3's chrome.*, Firefox's browser.*) through WXT's
    // plain `browser` export instead: the polyfill is ~10 KB of code on every page for nothing there.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      // Every page of the supported sites parses this script: terser's second pass buys ~5% more.
      config.build = { ...config.build, minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 2 } } };
      const native = resolve(import.meta.dirname, 'node_modules/wxt/dist/browser.mjs');
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        for (const entry of alias) if (entry.find === 'wxt/browser') entry.replacement = native;
      } else if (alias) {
        (alias as Record<string, string>)['wxt/browser'] = native;
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and adapter health; alarms: reply reminders; notifications: what is due soon;
    // scripting + host_permissions (the content scripts' own matches, so no new install warning): put Tact
    // back into tabs left open across an install, update or reload (lib/background/reinject.ts).
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    host_permissions: CONTENT_MATCHES,
    action: { default_title: 'Tact' },
    // Only the emoji picker page may be framed, and only by the supported sites.
    web_accessible_resources: [{ resources: ['picker.html'], matches: CONTENT_MATCHES }],
    // No frame-ancestors: the emoji picker page is framed inside the sites (and only it is web accessible).
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'",
    },
    // Team policy pushed by administrators (Chrome enterprise policy); Firefox reads policies.json.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'tact@tact.example', strict_min_version: '115.0' } } }
      : {}),
  }),
});
