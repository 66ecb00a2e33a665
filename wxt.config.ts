import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // App code imports every name explicitly.
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: 'Tact',
    description:
      'Async manners where you write: react instead of "got it", reply on time, and take sensitive talks to a call. Nothing leaves your device.',
    // storage: settings and adapter health; alarms: reply reminders; notifications: what is due soon.
    permissions: ['storage', 'alarms', 'notifications'],
    action: { default_title: 'Tact' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'tact@tact.example', strict_min_version: '115.0' } } }
      : {}),
  }),
});
