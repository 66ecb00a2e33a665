import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, extname } from 'node:path';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures/sites');

/** One page of a site replica: served at `url` (its real address) from `file`. */
export interface ReplicaPage {
  url: string;
  file: string;
}

/** `test/fixtures/sites/<site>/pages.json`: view name → page. */
export function replicaPages(site: string): Record<string, ReplicaPage> {
  const path = join(FIXTURES_DIR, site, 'pages.json');
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, ReplicaPage>;
}

export function replicaSites(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES_DIR, d.name, 'pages.json')))
    .map((d) => d.name)
    .sort();
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** What the interceptor answers for a URL, or null when the URL is not part of any replica. */
export interface Served {
  status: number;
  contentType: string;
  body: Buffer;
}

/**
 * Maps real site URLs to replica files. Pages are matched by URL without the hash;
 * `/__replica/<name>` on a site's host serves `test/fixtures/sites/<site>/<name>` (bundles and assets).
 */
export function createReplicaServer(sites: string[] = replicaSites()) {
  const pages = new Map<string, string>();
  const assetRoots = new Map<string, string>();
  for (const site of sites) {
    for (const page of Object.values(replicaPages(site))) {
      const url = new URL(page.url);
      url.hash = '';
      pages.set(url.href, join(FIXTURES_DIR, site, page.file));
      assetRoots.set(url.origin, join(FIXTURES_DIR, site));
    }
  }
  return {
    isReplicaOrigin(href: string): boolean {
      return assetRoots.has(new URL(href).origin);
    },
    serve(href: string): Served | null {
      const url = new URL(href);
      url.hash = '';
      const pageFile = pages.get(url.href);
      if (pageFile) return file(pageFile);
      const root = assetRoots.get(url.origin);
      if (root && url.pathname.startsWith('/__replica/')) {
        const name = url.pathname.slice('/__replica/'.length);
        if (/^[\w.-]+$/.test(name)) {
          const path = join(root, name);
          if (existsSync(path)) return file(path);
        }
      }
      return null;
    },
  };
}

function file(path: string): Served {
  return { status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(path) };
}
