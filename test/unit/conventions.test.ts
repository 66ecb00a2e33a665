import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SITE_METAS, siteForUrl } from '../../lib/sites/meta';
import { SITE_IDS } from '../../lib/store/types';

const root = resolve(import.meta.dirname, '../..');
const at = (...parts: string[]) => resolve(root, ...parts);

/** The project's own rules, checked like code: a site is complete or it is not there. */
describe.each(SITE_METAS.map((s) => [s.id]))('site %s', (id) => {
  it('has an adapter, its selectors and a content script', () => {
    expect(existsSync(at('lib/sites', id, 'adapter.ts'))).toBe(true);
    expect(existsSync(at('lib/sites', id, 'selectors.ts'))).toBe(true);
    const entry = readFileSync(at('entrypoints', `${id}.content.ts`), 'utf8');
    const meta = `${id.replace('-', '_').toUpperCase()}_META`;
    expect(entry).toContain(`defineSiteContentScript(${meta},`);
    expect(readFileSync(at('lib/sites', id, 'adapter.ts'), 'utf8')).toContain(`defineAdapter(${meta},`);
    expect(entry).toContain(`@/lib/sites/${id}/adapter`);
  });

  it('has replicas served at URLs its manifest matches, and an e2e file', () => {
    const pages = JSON.parse(readFileSync(at('test/fixtures/sites', id, 'pages.json'), 'utf8')) as Record<string, { url: string; file: string }>;
    expect(Object.keys(pages).length).toBeGreaterThan(0);
    for (const page of Object.values(pages)) {
      expect(siteForUrl(page.url)?.id, page.url).toBe(id);
      expect(existsSync(at('test/fixtures/sites', id, page.file))).toBe(true);
    }
    expect(existsSync(at('test/e2e/sites', `${id}.e2e.ts`))).toBe(true);
    expect(readFileSync(at('test/e2e/sites.ts'), 'utf8')).toContain(`site: '${id}'`);
  });

  it('keeps its selectors in selectors.ts', () => {
    const dir = at('lib/sites', id);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'selectors.ts' && !f.endsWith('.test.ts'))) {
      const code = readFileSync(resolve(dir, file), 'utf8');
      // A query with a literal attribute selector belongs in selectors.ts.
      expect(code, `${id}/${file}`).not.toMatch(/querySelector(All)?\(\s*['"`][^'"`]*\[(data-|aria-|role)/);
    }
  });
});

it('the store validates backups against the same list of sites', () => {
  expect([...SITE_IDS].sort()).toEqual(SITE_METAS.map((s) => s.id).sort());
});
