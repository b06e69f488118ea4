import { AsyncLocalStorage } from 'node:async_hooks';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { threadId } from 'node:worker_threads';

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

const maxOutputBytes = 64 * 1024 * 1024;
/** The file, inside a conversion's temporary folder, that lists the process groups of the programs still running for it. */
const pidsFile = '.kehoach-pids';

interface TempDir {
  path: string;
  pids: Set<number>;
}

const current = new AsyncLocalStorage<TempDir>();

/**
 * Runs a program; every way it can fail becomes a `ToolError`. It leads its
 * own process group, so that stopping it also stops what it started
 * (soffice's launcher starts soffice.bin), and its pid is written into the
 * conversion's temporary folder while it runs, so that a thread that stops
 * this one can stop it too (`cleanUpAfterThread`).
 */
export function runTool(name: string, args: string[], options: { timeoutMs: number; env?: Record<string, string> }): Promise<{ stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(name, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const dir = current.getStore();
    const pid = child.pid;
    if (dir && pid !== undefined) track(dir, pid, true);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let size = 0;
    let stopped: 'timeout' | 'output' | null = null;
    const stop = (why: 'timeout' | 'output'): void => {
      stopped ??= why;
      if (pid !== undefined) killGroup(pid);
    };
    const timer = setTimeout(() => stop('timeout'), options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxOutputBytes) stop('output');
      else stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const settle = (error: ToolError | null): void => {
      clearTimeout(timer);
      if (dir && pid !== undefined) track(dir, pid, false);
      if (error) reject(error);
      else resolve({ stdout: Buffer.concat(stdout).toString('utf8') });
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      settle(error.code === 'ENOENT' ? new ToolError('missing', `${name} is not installed`) : new ToolError('failed', error.message, error.message));
    });
    child.on('close', (code, signal) => {
      if (stopped === 'timeout') return settle(new ToolError('timeout', `${name} did not finish within ${options.timeoutMs / 1000} s`));
      if (stopped === 'output') return settle(new ToolError('failed', `${name} wrote more than ${maxOutputBytes} bytes`, 'output too large'));
      if (code === 0) return settle(null);
      const said = Buffer.concat(stderr).toString('utf8').trim().split('\n')[0] ?? '';
      const message = `${name} exited with ${code === null ? `signal ${signal}` : `code ${code}`}`;
      settle(new ToolError('failed', message, said || message));
    });
  });
}

/** Kept on disk at once (not batched): the thread may be stopped at any moment after. */
function track(dir: TempDir, pid: number, running: boolean): void {
  if (running) dir.pids.add(pid);
  else dir.pids.delete(pid);
  try {
    writeFileSync(join(dir.path, pidsFile), [...dir.pids].join('\n'));
  } catch {
    // The folder is already gone: nothing left to clean.
  }
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already ended.
    }
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

/** Temporary folders carry the process and thread that made them, so that what a stopped worker thread left can be found. */
function tempPrefix(thread: number): string {
  return `kehoach-${process.pid}.${thread}-`;
}

/** A private temporary folder for one conversion, removed whatever happens (and by `cleanUpAfterThread` if its thread is stopped). */
export async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir: TempDir = { path: await mkdtemp(join(tmpdir(), tempPrefix(threadId))), pids: new Set() };
  try {
    return await current.run(dir, () => work(dir.path));
  } finally {
    for (const pid of dir.pids) killGroup(pid);
    await rm(dir.path, { recursive: true, force: true });
  }
}

/**
 * What a worker thread that was stopped mid-conversion left behind: its
 * programs still running (killed with all they started) and its temporary
 * folders (removed). Called by the thread that stopped it, once it has
 * stopped, so that nothing new can appear.
 */
export async function cleanUpAfterThread(thread: number): Promise<void> {
  const prefix = tempPrefix(thread);
  const names = await readdir(tmpdir()).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const path = join(tmpdir(), name);
    const pids = await readFile(join(path, pidsFile), 'utf8').catch(() => '');
    for (const pid of pids.split('\n')) if (/^\d+$/.test(pid)) killGroup(Number(pid));
    await rm(path, { recursive: true, force: true });
  }
}

/**
 * The same for every worker thread of this process, at once: for the
 * process's `exit` (a second Ctrl-C), when there is no time to wait. The
 * programs run in their own process groups, so the terminal's Ctrl-C does not
 * reach them.
 */
export function cleanUpAfterAllThreadsSync(): void {
  const prefix = `kehoach-${process.pid}.`;
  let names: string[] = [];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const path = join(tmpdir(), name);
    try {
      for (const pid of readFileSync(join(path, pidsFile), 'utf8').split('\n')) if (/^\d+$/.test(pid)) killGroup(Number(pid));
    } catch {
      // No program running for it.
    }
    rmSync(path, { recursive: true, force: true });
  }
}
