import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { KehoachDocument } from '../src/schema/document.js';
import { createValidator, maxItemsForAllErrors, maxJsonDepth } from '../src/schema/validate.js';

const run = (...args: string[]) => spawnSync('node', ['bin/kehoach.js', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const validate = createValidator();
let doc: KehoachDocument;

/** The document with its outline replaced by one chain of `depth` nested items. */
function deepOutline(base: KehoachDocument, depth: number): string {
  const node = base.outline[0]!;
  // Built as text: a recursive JSON.stringify of it would overflow the stack itself.
  const open = JSON.stringify({ ...node, children: [] }).replace(/"children":\[\]\}$/u, '"children":[');
  const chain = `${open.repeat(depth)}${']}'.repeat(depth)}`;
  return JSON.stringify({ ...base, outline: ['@@'] }).replace('"@@"', chain);
}

beforeAll(async () => {
  doc = await parse(readFileSync('fixtures/hau-giang-50-kh-ubnd-2022.txt'), { path: 'hau-giang.txt' });
});

// Issue 15, items 9 and 15: validate and export must stay linear and name a hostile file in one line.
describe('hostile JSON', () => {
  it('lists every error of a moderate document, and only the first past the size where listing them all is quadratic', () => {
    const withExtra = (n: number) => ({ ...doc, diagnostics: Array.from({ length: n }, () => ({ ...doc.diagnostics[0]!, extra: 1 })) });
    expect(validate(doc)).toEqual([]);
    expect(validate(withExtra(100))).toHaveLength(100);
    const large = validate(withExtra(maxItemsForAllErrors + 1));
    expect(large).toEqual([{ path: '/diagnostics/0', message: 'must NOT have additional properties: "extra"' }]);
  });

  it('refuses an outline nested 50,000 deep with one error, without throwing', () => {
    const errors = validate(JSON.parse(deepOutline(doc, 50_000)));
    expect(errors).toEqual([{ path: '/', message: `nested more than ${maxJsonDepth} levels deep (the limit): not a kehoach document` }]);
    expect(validate(JSON.parse(deepOutline(doc, 50)))).toEqual([]);
  });

  describe('on the command line', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'kehoach-hostile-json-'));
      writeFileSync(join(dir, 'a-good.json'), JSON.stringify(doc));
      writeFileSync(join(dir, 'b-deep.json'), deepOutline(doc, 50_000));
      writeFileSync(join(dir, 'c-good.jsonl'), `${JSON.stringify(doc)}\n`);
    });

    it('validate: one line per bad file, the others checked, exit 1', () => {
      const missing = join(dir, 'missing.jsonl');
      const r = run('validate', join(dir, 'a-good.json'), join(dir, 'b-deep.json'), missing, join(dir, 'c-good.jsonl'));
      expect(r.stdout).toBe(`${join(dir, 'b-deep.json')}: /: nested more than ${maxJsonDepth} levels deep (the limit): not a kehoach document\n${missing}: no such file\n`);
      expect(r.stderr).toBe('kehoach: 2 valid, 2 invalid\n');
      expect(r.status).toBe(1);
    });

    it('export: the good documents are written, each bad file named once, no temporary file left, exit 1', () => {
      const out = join(dir, 'csv');
      const db = join(dir, 'corpus.db');
      const missing = join(dir, 'missing.jsonl');
      const r = run('export', join(dir, 'a-good.json'), join(dir, 'b-deep.json'), missing, join(dir, 'c-good.jsonl'), '--csv', out, '--sqlite', db, '-q');
      expect(r.stderr).toBe(`${join(dir, 'b-deep.json')}: error skipped: /: nested more than ${maxJsonDepth} levels deep (the limit): not a kehoach document\n${missing}: error skipped: no such file\n`);
      expect(r.status).toBe(1);
      expect(existsSync(db)).toBe(true);
      expect(readFileSync(join(out, 'documents.csv'), 'utf8').trim().split('\r\n')).toHaveLength(3);
      expect([...readdirSync(out), ...readdirSync(dir)].filter((f) => f.includes('kehoach-tmp'))).toEqual([]);
    });
  });
});
