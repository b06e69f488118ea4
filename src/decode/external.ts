import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Why an external program (soffice, tesseract, pdftoppm) did not give a result. */
export class ToolError extends Error {
  constructor(
    readonly reason: 'missing' | 'timeout' | 'failed',
    message: string,
    /** The first line the program wrote to stderr (or of the error, when it wrote nothing), for `failed`. */
    readonly stderr = '',
  ) {
    super(message);
  }
}

/** Runs a program; every way it can fail becomes a `ToolError`. */
export async function runTool(name: string, args: string[], options: { timeoutMs: number; env?: Record<string, string> }): Promise<{ stdout: string }> {
  try {
    return await run(name, args, { timeout: options.timeoutMs, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...options.env } });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { killed?: boolean; stderr?: string };
    if (e.code === 'ENOENT') throw new ToolError('missing', `${name} is not installed`);
    if (e.killed) throw new ToolError('timeout', `${name} did not finish within ${options.timeoutMs / 1000} s`);
    throw new ToolError('failed', e.message.split('\n')[0] ?? '', (e.stderr ?? e.message).trim().split('\n')[0] ?? '');
  }
}

const versions = new Map<string, Promise<string>>();

/** A program's version, asked once per process: the `word` at `index` of the first line of `NAME --version`. */
export function toolVersion(name: string, index: number): Promise<string> {
  let version = versions.get(name);
  if (!version) {
    version = runTool(name, ['--version'], { timeoutMs: 30_000 })
      .then(({ stdout }) => stdout.split('\n')[0]?.split(' ')[index] ?? 'unknown')
      .catch(() => 'unknown');
    versions.set(name, version);
  }
  return version;
}

/** An npm package's version, read beside the module it resolves to (not every package exports its package.json). */
export function packageVersion(name: string): string {
  try {
    const entry = createRequire(import.meta.url).resolve(name);
    const root = entry.slice(0, entry.lastIndexOf(`${sep}node_modules${sep}${name}${sep}`) + `${sep}node_modules${sep}${name}`.length);
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** A private temporary folder for one conversion, removed whatever happens. */
export async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'kehoach-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
