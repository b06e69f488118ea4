import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync('node', ['bin/kehoach.js', ...args], { encoding: 'utf8' });

describe('kehoach CLI', () => {
  it('prints one document as JSON', () => {
    const r = run('parse', 'fixtures/hau-giang-50-kh-ubnd-2022.txt');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).metadata.documentNumber).toBe('50/KH-UBND');
  });

  it('writes DIR/<name>.json per input and still writes the others when one is missing', () => {
    const out = mkdtempSync(join(tmpdir(), 'kehoach-'));
    const r = run('parse', 'fixtures/hai-duong-4707-kh-ubnd-2021.txt', 'fixtures/missing.txt', '-o', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('fixtures/missing.txt');
    expect(JSON.parse(readFileSync(join(out, 'hai-duong-4707-kh-ubnd-2021.json'), 'utf8')).metadata.documentType).toBe('Kế hoạch');
  });

  it('prints the schema and exits 2 on bad usage', () => {
    expect(JSON.parse(run('schema').stdout).$schema).toContain('2020-12');
    expect(run('parse').status).toBe(2);
  });
});
