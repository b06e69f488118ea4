import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../src/schema/json-schema.js';

describe('published schema', () => {
  it('matches the zod schema (run `npm run schema:write` after changing it)', () => {
    expect(JSON.parse(readFileSync('schemas/kehoach.schema.json', 'utf8'))).toEqual(jsonSchema());
  });
});
