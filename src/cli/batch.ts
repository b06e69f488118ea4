import { createWriteStream, existsSync, statSync, type WriteStream } from 'node:fs';
import { appendFile, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import type { InputFormat } from '../decode/types.js';
import { formatBytes } from '../decode/index.js';
import { binaryKind } from '../decode/sniff-binary.js';
import { formatFromPath } from '../decode/sniff-format.js';
import { convert, failedResult, type ConvertJob, type ConvertResult } from './convert.js';
import { inlineMaxBytes } from './defaults.js';
import { existsAsOtherFile, expandInputs, safeOutputPath, type WalkStats } from './inputs.js';
import { createPool, defaultTimeoutSeconds, type Pool } from './pool.js';
import { count, createTally, progressLine, summaryLines, type Tally } from './progress.js';

export interface BatchIo {
  stdout: (text: string) => boolean | void;
  stderr: (text: string) => void;
  /** Standard input up to `limit` bytes; null when there is more. */
  readStdin: (limit: number) => Promise<Uint8Array | null>;
  /** Resolves when stdout can take more (backpressure for `--jsonl -`). */
  stdoutDrained?: () => Promise<void>;
  /** Progress redraws in place on a terminal; elsewhere it is a line now and then. */
  isTTY?: boolean;
  /** Calls the handler on Ctrl-C; returns the unsubscriber. */
  onInterrupt?: (handler: () => void) => () => void;
  now?: () => number;
}

export interface BatchOptions {
  inputs: string[];
  ignore: string[];
  out: string | null;
  jsonl: string | null;
  format: InputFormat | null;
  includeText: boolean;
  compact: boolean;
  /** Indent the JSON files written under -o. */
  pretty?: boolean;
  maxBytes: number;
  /** PDFs of more pages are refused before any page is read (default 2,000). */
  maxPages?: number;
  ocr: boolean;
  jobs: number;
  resume: boolean;
  strict: boolean;
  quiet: boolean;
  /**
   * Each file's time budget in seconds (default 120); past it the file fails with decode/timeout.
   * When it is not given, a single printed document of small plain text is parsed on the main thread.
   */
  timeout?: number | undefined;
  /** Print a short human summary of each document (instead of its JSON when nothing is written). */
  summary?: boolean;
}

/**
 * Input a batch hands the pool before it starts another worker. A worker costs about half a second of
 * CPU before it runs at speed (loading the pipeline, its first documents before the JIT has warmed),
 * about what a warm one takes for a megabyte: a smaller batch ends sooner on the workers it has.
 */
const bytesPerWorker = 1 << 20;

/** Exit codes: 0 all parsed; 1 some input failed (or, with --strict, has error diagnostics); 130 interrupted. */
export async function runBatch(options: BatchOptions, io: BatchIo): Promise<number> {
  const now = io.now ?? Date.now;
  // Without -o or --jsonl the documents are printed: the one-file case, no progress or summary.
  const printing = options.out === null && options.jsonl === null;
  const report = !printing && !options.quiet;
  const tally = createTally(now());
  const errorsFile = options.out ? join(resolve(options.out), '_errors.jsonl') : null;
  if (options.jsonl && options.jsonl !== '-' && isRegularFile(options.jsonl) && existsAsOtherFile(resolve(options.jsonl))) {
    io.stderr(`kehoach: error ${options.jsonl} exists and is not kehoach JSONL; refusing to overwrite it (an input?)\n`);
    return 2;
  }
  let errorsFileBroken = false;
  if (errorsFile) {
    try {
      await rm(errorsFile, { force: true });
    } catch (error) {
      errorsFileBroken = true;
      io.stderr(`kehoach: error ${errorsFile} cannot be replaced (${(error as Error).message}); failures are printed only\n`);
    }
  }
  // A run killed mid-write leaves its temporary files; the run that resumes it clears them.
  if (options.out && options.resume) await removeStaleTemporaries(resolve(options.out));
  const jsonl = options.jsonl ? await openJsonl(options.jsonl, io) : null;
  // Workers start only when a file needs one: printing one small text document never pays for a second pipeline.
  let pool: Pool | null = null;
  const onWorker = async (job: ConvertJob): Promise<ConvertResult> => {
    pool ??= createPool(options.jobs, { timeoutMs: (options.timeout ?? defaultTimeoutSeconds) * 1000, growEvery: bytesPerWorker });
    // A size the worker cannot read is its to report; here it only counts as nothing.
    const bytes = job.bytes?.length ?? (await stat(job.path).then((info) => info.size, () => 0));
    return pool.run(job, bytes);
  };
  const inline = printing && options.timeout === undefined && !options.ocr;
  const claimed = new Set<string>();
  const walkStats: WalkStats = { hidden: 0 };
  let interrupted = false;
  const unsubscribe = io.onInterrupt?.(() => {
    interrupted = true;
    io.stderr('\nkehoach: stopping after the files in progress (Ctrl-C again to quit now)\n');
  });
  let lastDraw = tally.started;
  const draw = (force = false): void => {
    if (!report) return;
    const t = now();
    if (io.isTTY && (force || t - lastDraw > 200)) io.stderr(`\r\x1b[K${progressLine(tally, t)}`);
    else if (!io.isTTY && t - lastDraw > 10_000 && tally.done > 0) io.stderr(`kehoach: ${progressLine(tally, t)}\n`);
    else return;
    lastDraw = t;
  };
  const fail = async (path: string, code: string, message: string, line?: number): Promise<void> => {
    if (io.isTTY && report) io.stderr('\r\x1b[K');
    io.stderr(`${path}${line ? `:${line}` : ''}: error ${message} [${code}]\n`);
    if (errorsFile && !errorsFileBroken) {
      try {
        await mkdir(dirname(errorsFile), { recursive: true });
        await appendFile(errorsFile, `${JSON.stringify({ path, code, message, line: line ?? null })}\n`);
      } catch (error) {
        // A full disk must not stop the batch: say so once, and go on.
        errorsFileBroken = true;
        io.stderr(`kehoach: error could not record failures in ${errorsFile}: ${(error as Error).message}\n`);
      }
    }
  };
  const finish = async (result: ConvertResult): Promise<void> => {
    count(tally, result);
    if (result.failure) await fail(result.path, result.failure.code, result.failure.message, result.failure.line);
    for (const line of result.errors) io.stderr(`${line}\n`);
    if (result.print !== undefined) await write(io, result.print);
    if (result.summary !== undefined) await write(io, `${result.summary.join('\n')}\n`);
    if (result.line !== undefined && jsonl) await jsonl.write(`${result.line}\n`);
    draw();
  };

  // In-flight conversions, finished in input order so output order never depends on timing.
  const limit = Math.max(2, options.jobs * 4);
  const pending: Array<Promise<ConvertResult>> = [];
  try {
    for await (const input of expandInputs(options.inputs, options.ignore, options.ocr, walkStats)) {
      if (interrupted) break;
      tally.found++;
      let outPath: string | null = null;
      if (options.out) {
        try {
          outPath = safeOutputPath(options.out, input.output, input.path);
          if (claimed.has(outPath)) throw new Error(`the output ${outPath} is already taken by another input`);
          claimed.add(outPath);
        } catch (error) {
          pending.push(Promise.resolve(failedResult(input.path, 'output/unsafe', (error as Error).message)));
          outPath = null;
        }
        if (outPath === null) continue;
      }
      const job: ConvertJob = {
        path: input.path, outPath, wantLine: jsonl !== null, wantPrint: printing, wantSummary: options.summary ?? false, resume: options.resume,
        format: options.format, includeText: options.includeText, compact: options.compact, pretty: options.pretty ?? false, maxBytes: options.maxBytes, maxPages: options.maxPages, ocr: options.ocr,
      };
      if (input.path === '-') {
        const bytes = await io.readStdin(options.maxBytes);
        if (!bytes) {
          pending.push(Promise.resolve(failedResult('-', 'decode/too-large', `standard input holds more than ${formatBytes(options.maxBytes)} (--max-bytes); reading stopped there`)));
          continue;
        }
        job.bytes = bytes;
      }
      const small = inline ? await smallPlainText(job, Math.min(inlineMaxBytes, options.maxBytes)) : null;
      if (small) {
        job.bytes = small;
        pending.push(convert(job));
      } else pending.push(onWorker(job));
      while (pending.length >= limit) await finish(await pending.shift()!);
    }
    tally.walked = true;
    while (pending.length > 0) await finish(await pending.shift()!);
  } finally {
    unsubscribe?.();
    await (pool as Pool | null)?.close();
  }
  try {
    await jsonl?.close();
  } catch (error) {
    io.stderr(`kehoach: error could not write ${options.jsonl}: ${(error as Error).message}; nothing was written there\n`);
    return 1;
  }
  if (tally.found === 0) {
    io.stderr('kehoach: no input files matched\n');
    return 1;
  }
  if (report) {
    if (io.isTTY) draw(true);
    if (io.isTTY) io.stderr('\n');
    for (const line of summaryLines(tally, now(), (pool as Pool | null)?.size() ?? options.jobs, interrupted)) io.stderr(`kehoach: ${line}\n`);
    if (tally.failed > 0 && errorsFile) io.stderr(`kehoach: failures are listed in ${errorsFile}\n`);
    if (walkStats.hidden > 0) io.stderr(`kehoach: ${walkStats.hidden} hidden ${walkStats.hidden === 1 ? 'file or folder' : 'files or folders'} (names starting with ".") were not walked; name them to convert them\n`);
  }
  return exitCode(tally, options.strict, interrupted);
}

/**
 * The bytes of an input that may be parsed on the main thread: plain text
 * (no Word, PDF or image signature, by name or by content) of at most
 * `limit` bytes. Null sends it to a worker, under the time budget.
 */
export async function smallPlainText(job: ConvertJob, limit: number): Promise<Uint8Array | null> {
  const named = job.format ?? formatFromPath(job.path === '-' ? null : job.path);
  if (named !== null && named !== 'text' && named !== 'markdown' && named !== 'html') return null;
  let bytes = job.bytes ?? null;
  if (!bytes) {
    try {
      const info = await stat(job.path);
      if (!info.isFile() || info.size > limit) return null;
      bytes = await readFile(job.path);
    } catch {
      return null; // the worker reads it again and names the problem
    }
  }
  return bytes.length <= limit && binaryKind(bytes) === null ? bytes : null;
}

/** 130 interrupted; 1 some input failed, or with `strict` some document has error diagnostics; else 0. */
export function exitCode(tally: Pick<Tally, 'failed' | 'withErrors'>, strict: boolean, interrupted: boolean): number {
  if (interrupted) return 130;
  return tally.failed > 0 || (strict && tally.withErrors > 0) ? 1 : 0;
}

async function write(io: BatchIo, text: string): Promise<void> {
  if (io.stdout(text) === false) await io.stdoutDrained?.();
}

interface Jsonl {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/** `-` streams to stdout; a file is written beside itself and renamed into place when the run ends. */
async function openJsonl(target: string, io: BatchIo): Promise<Jsonl> {
  if (target === '-') return { write: (t) => write(io, t), close: async () => undefined };
  const path = resolve(target);
  await mkdir(dirname(path), { recursive: true });
  // A device or FIFO (/dev/stdout, a named pipe) is written as it is: there is nothing to rename into place.
  const direct = existsSync(path) && !isRegularFile(path);
  const tmp = direct ? path : `${path}.${process.pid}.kehoach-tmp`;
  const stream: WriteStream = createWriteStream(tmp);
  // A full disk or a vanished folder: remember the first error, stop writing, and never rename a partial file.
  let failed: Error | null = null;
  stream.on('error', (error) => {
    failed ??= error;
  });
  return {
    async write(text) {
      if (failed) return;
      // once() rejects when the stream errs while we wait: that error is `failed`, reported at close.
      if (!stream.write(text) && !failed) await Promise.race([once(stream, 'drain'), once(stream, 'close')]).catch(() => undefined);
    },
    async close() {
      if (!stream.destroyed) {
        stream.end();
        await once(stream, 'close').catch(() => undefined);
      }
      if (failed) {
        if (!direct) await rm(tmp, { force: true });
        throw failed;
      }
      if (!direct) await rename(tmp, path);
    },
  };
}

function isRegularFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** Deletes the `*.kehoach-tmp` files a killed run left under `out`. */
async function removeStaleTemporaries(out: string): Promise<void> {
  const { default: fg } = await import('fast-glob');
  for await (const entry of fg.stream('**/*.kehoach-tmp', { cwd: out, absolute: true, followSymbolicLinks: false, dot: true, concurrency: 1 })) {
    await rm(String(entry), { force: true });
  }
}
