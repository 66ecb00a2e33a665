import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from './replicas';

/**
 * Bundles each `test/fixtures/sites/<site>/<name>.replica.ts(x)` into `<name>.bundle.js` beside it.
 * These scripts are the sites' own behaviour (their real editors from npm: Quill, Slate, CKEditor 5),
 * never part of the extension.
 */
export async function buildReplicas(): Promise<string[]> {
  const entries: string[] = [];
  for (const site of readdirSync(FIXTURES_DIR, { withFileTypes: true })) {
    if (!site.isDirectory()) continue;
    for (const name of readdirSync(join(FIXTURES_DIR, site.name))) {
      if (/\.replica\.tsx?$/.test(name)) entries.push(join(FIXTURES_DIR, site.name, name));
    }
  }
  await Promise.all(
    entries.map((entry) =>
      build({
        entryPoints: [entry],
        outfile: entry.replace(/\.replica\.tsx?$/, '.bundle.js'),
        bundle: true,
        format: 'iife',
        target: 'chrome120',
        jsx: 'automatic',
        loader: { '.css': 'text', '.svg': 'text' },
        define: { 'process.env.NODE_ENV': '"production"' },
        minify: true,
        logLevel: 'warning',
      }),
    ),
  );
  return entries;
}
