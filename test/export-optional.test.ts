import { describe, expect, it, vi } from 'vitest';

// sql.js is an optional peer dependency: without it, --sqlite says what to install instead of failing obscurely.
vi.mock('sql.js', () => {
  throw new Error("Cannot find package 'sql.js'");
});

describe('kehoach export --sqlite without sql.js', () => {
  it('says to install the optional package', async () => {
    const { SqliteWriter } = await import('../src/export/sqlite.js');
    await expect(SqliteWriter.create()).rejects.toThrow('needs the optional package sql.js');
  });

  it('exits 2 from the CLI before writing anything', async () => {
    const { runExport } = await import('../src/cli/export.js');
    const { mkdtempSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-nosql-'));
    let err = '';
    const code = await runExport({ inputs: ['fixtures'], csv: join(dir, 'csv'), sqlite: join(dir, 'x.db'), quiet: false }, { stderr: (t: string) => void (err += t) });
    expect(code).toBe(2);
    expect(err).toContain('npm install sql.js');
    expect(readdirSync(dir)).toEqual([]);
  });
});
