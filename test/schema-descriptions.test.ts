import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../src/schema/json-schema.js';

interface Node {
  properties?: Record<string, Node & { description?: string }>;
  items?: Node;
  anyOf?: Node[];
  $defs?: Record<string, Node>;
  [key: string]: unknown;
}

describe('the published schema documents its contract', () => {
  const schema = jsonSchema() as Node;

  it('has an $id naming its version', () => {
    expect(schema['$id']).toMatch(/^urn:kehoach:schema:\d+\.\d+\.\d+$/);
  });

  it('describes every field', () => {
    const missing: string[] = [];
    const walk = (node: Node | undefined, path: string) => {
      if (!node) return;
      for (const [name, prop] of Object.entries(node.properties ?? {})) {
        if (!prop.description) missing.push(`${path}.${name}`);
        walk(prop, `${path}.${name}`);
        walk(prop.items, `${path}.${name}[]`);
        for (const alt of prop.anyOf ?? []) walk(alt, `${path}.${name}`);
      }
    };
    for (const [name, def] of Object.entries(schema.$defs ?? {})) walk(def, name);
    expect(missing).toEqual([]);
  });

  it('has its field reference (docs/schema.md) generated from the committed schema', () => {
    const made = spawnSync('node', ['scripts/schema-reference.js'], { encoding: 'utf8' });
    expect(made.status).toBe(0);
    expect(readFileSync('docs/schema.md', 'utf8'), 'run npm run schema:write').toBe(made.stdout);
  });
});
