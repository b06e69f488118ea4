import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { createPool } from '../src/cli/pool.js';
import type { ConvertJob } from '../src/cli/convert.js';
import { cleanUpAfterAllThreadsSync, runTool, ToolError, withTempDir } from '../src/decode/external.js';

const job = (path: string): ConvertJob => ({ path, outPath: null, wantLine: false, wantPrint: false, resume: false, format: null, includeText: false, compact: false, maxBytes: 1024, ocr: false });
const script = new URL('./helpers/tool-stall-worker.mjs', import.meta.url);
const built = existsSync('dist/src/decode/external.js');
if (!built) console.warn('hostile-leftovers.test.ts: dist/ is missing (npm run build); the stopped-worker test is skipped.');

/** A sleep length no other process uses, so that its processes can be found by their command line. */
const marker = (): string => `7777.${process.pid}${Math.floor(Math.random() * 1e6)}`;

function processesNamed(mark: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', `sleep ${mark}`], { encoding: 'utf8' }).trim().split('\n');
  } catch {
    return [];
  }
}

/** A killed process takes a moment to leave the process table: asks again a bounded number of times, never reading the clock. */
async function settledProcesses(mark: string): Promise<string[]> {
  for (let i = 0; i < 100 && processesNamed(mark).length > 0; i++) await new Promise((r) => setTimeout(r, 20));
  return processesNamed(mark);
}

const ourTempDirs = (): string[] => readdirSync(tmpdir()).filter((name) => name.startsWith(`kehoach-${process.pid}.`));

// Issue 15: a worker stopped for --timeout never runs its `finally` blocks; the pool removes what it left.
describe('what a stopped worker leaves behind', () => {
  it.skipIf(!built)('kills the programs it started (with their children) and removes its temporary folders', async () => {
    const marks = [marker(), marker()];
    const pool = createPool(1, { timeoutMs: 50, script });
    try {
      const results = await Promise.all(marks.map((m) => pool.run(job(m))));
      expect(results.map((r) => r.failure?.code)).toEqual(['decode/timeout', 'decode/timeout']);
    } finally {
      await pool.close();
    }
    for (const m of marks) expect(await settledProcesses(m)).toEqual([]);
    expect(ourTempDirs()).toEqual([]);
  });
});

describe('external programs', () => {
  it('stop with every process they started when their own deadline passes', async () => {
    const m = marker();
    const error = await withTempDir(() => runTool('sh', ['-c', `sleep ${m} & sleep ${m}`], { timeoutMs: 200 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolError);
    expect((error as ToolError).reason).toBe('timeout');
    expect(await settledProcesses(m)).toEqual([]);
    expect(ourTempDirs()).toEqual([]);
  });

  it('report a missing program, a failure with its first line of stderr, and a success with its output', async () => {
    await expect(runTool('kehoach-no-such-program', [], { timeoutMs: 5000 })).rejects.toMatchObject({ reason: 'missing' });
    await expect(runTool('sh', ['-c', 'echo first >&2; echo second >&2; exit 3'], { timeoutMs: 5000 })).rejects.toMatchObject({ reason: 'failed', stderr: 'first', message: 'sh exited with code 3' });
    await expect(withTempDir(() => runTool('sh', ['-c', 'echo hello'], { timeoutMs: 5000 }))).resolves.toEqual({ stdout: 'hello\n' });
    expect(ourTempDirs()).toEqual([]);
  });
});

describe('on exit', () => {
  it('kills the programs still running and removes the temporary folders at once', async () => {
    const m = marker();
    const conversion = withTempDir(() => runTool('sh', ['-c', `sleep ${m} & sleep ${m}`], { timeoutMs: 3_600_000 })).catch((e: unknown) => e);
    for (let i = 0; i < 500 && processesNamed(m).length < 3; i++) await new Promise((r) => setTimeout(r, 10));
    expect(processesNamed(m)).toHaveLength(3);
    cleanUpAfterAllThreadsSync();
    expect(ourTempDirs()).toEqual([]);
    expect(await conversion).toMatchObject({ reason: 'failed', message: 'sh exited with signal SIGKILL' });
    expect(await settledProcesses(m)).toEqual([]);
  });
});

describe('the default --timeout', () => {
  it('is larger with --ocr, and --help says so', async () => {
    const { createProgram } = await import('../src/cli/program.js');
    const { defaultOcrTimeoutSeconds, defaultTimeoutSeconds } = await import('../src/cli/defaults.js');
    expect(defaultOcrTimeoutSeconds).toBeGreaterThan(defaultTimeoutSeconds);
    let help = '';
    const program = createProgram({ stdout: (t) => void (help += t), stderr: () => true, readStdin: async () => null }, () => undefined);
    program.exitOverride();
    const parse = program.commands.find((c) => c.name() === 'parse')!;
    parse.exitOverride().configureOutput({ writeOut: (t) => void (help += t) });
    await program.parseAsync(['node', 'kehoach', 'parse', '--help']).catch(() => undefined);
    expect(help.replace(/\s+/g, ' ')).toContain(`(default ${defaultTimeoutSeconds}, or ${defaultOcrTimeoutSeconds} with --ocr)`);
  });
});
