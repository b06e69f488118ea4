import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/**
 * Fixture pairs: fixtures/<name>.<txt|md|html|htm|pdf|docx> beside fixtures/<name>.json,
 * the expected document, reviewed by eye against the input. On a mismatch the
 * actual output goes to fixtures/<name>.actual.json (git-ignored); accept it
 * only after reading the diff: `npm run fixtures:accept -- <name>`.
 */
// A JSON belongs to the input it records (source.path): a Word source beside its own print shares the print's name.
const expectedFor = (f: string): string => f.replace(/\.[^.]+$/, '.json');
const inputs = fg
  .sync('fixtures/*.{txt,md,html,htm,pdf,docx}')
  .sort()
  .filter((f) => existsSync(expectedFor(f)) && (JSON.parse(readFileSync(expectedFor(f), 'utf8')) as { source: { path: string | null } }).source.path === f);

describe('fixtures', () => {
  it('has reviewed expected output for the corpus documents', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(5);
  });

  it('compares every expected JSON with the input it records: none is left unchecked', () => {
    const expected = fg.sync('fixtures/*.json').filter((f) => !f.endsWith('.actual.json'));
    const checked = new Set(inputs.map(expectedFor));
    expect(expected.filter((f) => !checked.has(f))).toEqual([]);
  });

  it.each(inputs)('%s: the reviewed JSON validates against the committed schema', (input) => {
    // The committed file, not the zod source: an expected JSON that stops validating means a breaking change.
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormatsModule.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/kehoach.schema.json', 'utf8')));
    const ok = validate(JSON.parse(readFileSync(input.replace(/\.[^.]+$/, '.json'), 'utf8')));
    expect(validate.errors ?? [], String(ok)).toEqual([]);
  });

  it.each(inputs)('%s matches its reviewed JSON', async (input) => {
    const expectedPath = input.replace(/\.[^.]+$/, '.json');
    const actual = await parse(readFileSync(input), { path: input });
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
    const same = JSON.stringify(actual) === JSON.stringify(expected);
    if (!same) writeFileSync(input.replace(/\.[^.]+$/, '.actual.json'), `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(expected);
  });
});
