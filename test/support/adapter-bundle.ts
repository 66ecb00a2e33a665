import { build } from 'esbuild';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';

const ROOT = resolve(import.meta.dirname, '../..');
const cache = new Map<string, string>();

/**
 * Bundles `lib/sites/<site>/adapter.ts` for the page's main world and installs it as `window.__tactAdapter`,
 * so the adapter contract suite can call it directly against the replica's real editor.
 * (The product runs the same code in the content script; the behaviour suite tests that path.)
 */
export async function injectAdapter(page: Page, site: string): Promise<void> {
  let code = cache.get(site);
  if (!code) {
    const out = await build({
      stdin: {
        contents: `import { createAdapter } from './lib/sites/${site}/adapter';\nwindow.__tactAdapter = createAdapter();`,
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      target: 'chrome120',
      alias: { '@': ROOT },
      logLevel: 'silent',
    });
    code = out.outputFiles[0]!.text;
    cache.set(site, code);
  }
  // Evaluated through DevTools rather than a <script> tag, so pages that enforce Trusted Types allow it.
  await page.evaluate(code);
}
