import { describe, expect, it } from 'vitest';
import { createPool } from '../src/cli/pool.js';
import { createProgram } from '../src/cli/program.js';
import type { ConvertJob } from '../src/cli/convert.js';

const job = (path: string): ConvertJob => ({ path, outPath: null, wantLine: false, wantPrint: false, resume: false, format: null, includeText: false, compact: false, maxBytes: 1024, ocr: false });
const script = new URL('./helpers/stall-worker.mjs', import.meta.url);

// Issue 15, item 4: one file that never finishes must not hold a batch.
describe('per-file time budget', () => {
  it('stops a file past its budget, fails it with decode/timeout, and goes on with the others', async () => {
    const pool = createPool(1, { timeoutMs: 300, script });
    try {
      const results = await Promise.all(['a.txt', 'stall-1.docx', 'b.txt', 'c.txt', 'stall-2.docx', 'd.txt'].map((path) => pool.run(job(path))));
      expect(results.map((r) => [r.path, r.status, r.failure?.code ?? null])).toEqual([
        ['a.txt', 'ok', null],
        ['stall-1.docx', 'failed', 'decode/timeout'],
        ['b.txt', 'ok', null],
        ['c.txt', 'ok', null],
        ['stall-2.docx', 'failed', 'decode/timeout'],
        ['d.txt', 'ok', null],
      ]);
      expect(results[1]!.failure?.message).toBe('reading the file took longer than 0.3 seconds (--timeout); it was stopped');
    } finally {
      await pool.close();
    }
  });

  it('keeps working with several workers after replacing a stopped one', async () => {
    const pool = createPool(2, { timeoutMs: 300, script });
    try {
      const paths = Array.from({ length: 12 }, (_, i) => (i % 4 === 1 ? `stall-${i}` : `ok-${i}`));
      const results = await Promise.all(paths.map((path) => pool.run(job(path))));
      expect(results.map((r) => r.failure?.code ?? r.status)).toEqual(paths.map((p) => (p.startsWith('stall') ? 'decode/timeout' : 'ok')));
    } finally {
      await pool.close();
    }
  });

  it('with growEvery, starts one worker and adds the next as the input handed to it passes each step', async () => {
    const pool = createPool(3, { timeoutMs: 300, script, growEvery: 1000 });
    try {
      await pool.run(job('a.txt'), 600);
      expect(pool.size()).toBe(1);
      await pool.run(job('b.txt'), 600);
      expect(pool.size()).toBe(2);
      await Promise.all(['c.txt', 'd.txt', 'e.txt', 'f.txt'].map((path) => pool.run(job(path), 600)));
      expect(pool.size()).toBe(3);
    } finally {
      await pool.close();
    }
  });

  it('takes --timeout in seconds and refuses what is not a positive number', async () => {
    const run = async (args: string[]) => {
      let err = '';
      let code = 0;
      const program = createProgram({ stdout: () => true, stderr: (t) => void (err += t), readStdin: async () => null }, (c) => void (code = c));
      try {
        await program.parseAsync(['node', 'kehoach', ...args]);
      } catch (error) {
        code = (error as { exitCode?: number }).exitCode ?? 1;
      }
      return { code, err };
    };
    const bad = await run(['parse', 'x.txt', '--timeout', '0']);
    expect([bad.code, bad.err]).toEqual([1, "error: option '--timeout <seconds>' argument '0' is invalid. expected a positive number of seconds.\n"]);
    const missing = await run(['parse', 'no-such-file.txt', '--timeout', '2.5']);
    expect(missing.err).toBe('no-such-file.txt: error no such file [ENOENT]\n');
  });
});
