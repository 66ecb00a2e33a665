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
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and adapter health; alarms: reply reminders; notifications: what is due soon.
    permissions: ['storage', 'alarms', 'notifications'],
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
