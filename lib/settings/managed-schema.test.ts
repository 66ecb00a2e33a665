import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultSettings } from './defaults';
import { fieldPaths } from './paths';
import { ACK_KINDS } from './defaults';
import { SITE_METAS } from '../sites/meta';

interface Schema {
  type: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema;
  items?: Schema;
  enum?: string[];
  pattern?: string;
}

const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/managed_schema.json'), 'utf8')) as Schema;

/** The schema node for a dot path, following `properties` and `additionalProperties`. */
function nodeAt(path: string): Schema | undefined {
  let node: Schema | undefined = schema;
  for (const key of path.split('.')) node = node?.properties?.[key] ?? node?.additionalProperties;
  return node;
}

describe('public/managed_schema.json (browser policy)', () => {
  it('describes every settings field, so an administrator can set any of them', () => {
    const sample = { ...defaultSettings(), favouriteReactions: Object.fromEntries(ACK_KINDS.map((k) => [k, ['👍']])), siteRules: Object.fromEntries(SITE_METAS.map((s) => [s.id, { kind: 'same-day' }])) };
    const missing = fieldPaths(sample).filter((p) => !nodeAt(p));
    expect(missing).toEqual([]);
  });

  it('names no field the settings do not have', () => {
    const known = new Set([...Object.keys(defaultSettings()), 'teamName']);
    expect(Object.keys(schema.properties ?? {}).filter((k) => !known.has(k))).toEqual([]);
  });

  // Chrome refuses to load an extension whose schema breaks these rules (e.g. "Only integers can have minimum and maximum").
  it("follows Chrome's policy schema rules", () => {
    const types = new Set(['object', 'array', 'string', 'boolean', 'integer', 'number']);
    const keys = new Set(['type', 'title', 'description', 'properties', 'additionalProperties', 'items', 'enum', 'minimum', 'maximum', 'pattern']);
    const walk = (node: Schema | undefined): void => {
      if (!node) return;
      expect(types.has(node.type)).toBe(true);
      expect(Object.keys(node).filter((k) => !keys.has(k))).toEqual([]);
      if ('minimum' in node || 'maximum' in node) expect(node.type).toBe('integer');
      if (node.enum) expect(['string', 'integer']).toContain(node.type);
      if (node.pattern !== undefined) expect(node.type).toBe('string');
      Object.values(node.properties ?? {}).forEach(walk);
      walk(node.additionalProperties);
      walk(node.items);
    };
    walk(schema);
  });
});
