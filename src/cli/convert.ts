import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { InputFormat } from '../decode/types.js';
import { formatBytes } from '../decode/index.js';
import type { KehoachDocument } from '../schema/document.js';
import { writeJson } from '../schema/serialize.js';
import { schemaVersion } from '../schema/version.js';
import { readFileLimited } from './read-limited.js';
import { documentSummary } from './summary.js';

/** What one input needs; plain data so it crosses to a worker thread. */
export interface ConvertJob {
  path: string;
  /** Absolute output path, or null to return the JSON instead of writing it. */
  outPath: string | null;
  /** Return the document as one JSON line (for --jsonl) besides any file written. */
  wantLine: boolean;
  /** Return the document as printed JSON (single-file mode, no -o). */
  wantPrint: boolean;
  /** Return a short human summary of the document (--summary). */
  wantSummary?: boolean;
  resume: boolean;
  format: InputFormat | null;
  includeText: boolean;
  compact: boolean;
  /** Files written under -o are compact (one line) unless this is set. */
  pretty?: boolean;
  maxBytes: number;
  maxPages?: number | undefined;
  ocr: boolean;
  /** Set only for stdin, which the main thread reads. */
  bytes?: Uint8Array;
}

export interface ConvertResult {
  path: string;
  status: 'ok' | 'failed' | 'skipped';
  /** Why it failed: a diagnostic code or an errno-like code, and a message naming the problem. */
  failure?: { code: string; message: string; line?: number };
  /** Error diagnostics of a parsed document, as "path:line: error message [code]". */
  errors: string[];
  line?: string;
  print?: string;
  /** --summary: the lines of `documentSummary`. */
  summary?: string[];
  bytes: number;
  targets: number;
  /** Counted commitments (schema 3.0.0's countTargets). */
  countTargets: number;
  tasks: number;
  /** The document's quality.needsReview. */
  needsReview: boolean;
  diagnostics: Record<string, number>;
}

/**
 * Inputs larger than this have their JSON written in pieces. Below it the whole JSON is a few MB,
 * and one `JSON.stringify` is faster than the piece writer (about a fifth, on web captures).
 */
const piecewiseFrom = 256 * 1024;

// Inputs that give no document at all: reported as failures, nothing written.
const refusedCodes = new Set(['decode/binary', 'decode/too-large', 'decode/doc-unconverted', 'decode/no-text-layer', 'decode/ocr-failed', 'decode/bad-input']);

function emptyResult(path: string): ConvertResult {
  return { path, status: 'ok', errors: [], bytes: 0, targets: 0, countTargets: 0, tasks: 0, needsReview: false, diagnostics: {} };
}

/** A failure that happened before or around a conversion (an unsafe output, a worker that died). */
export function failedResult(path: string, code: string, message: string): ConvertResult {
  return { ...emptyResult(path), status: 'failed', failure: { code, message } };
}

/** Reads, parses and writes one input. Never throws: every problem is in the result. */
export async function convert(job: ConvertJob): Promise<ConvertResult> {
  const result = emptyResult(job.path);
  try {
    let bytes = job.bytes ?? null;
    if (!bytes) {
      // Refuse a huge file before reading it into memory.
      const info = await stat(job.path);
      if (info.isFile() && info.size > job.maxBytes) {
        const message = `the file is ${formatBytes(info.size)}, over the ${formatBytes(job.maxBytes)} limit (--max-bytes)`;
        return { ...result, status: 'failed', bytes: info.size, failure: { code: 'decode/too-large', message } };
      }
      // A FIFO or a device has no size: read it only up to the limit.
      bytes = info.isFile() ? await readFile(job.path) : await readFileLimited(job.path, job.maxBytes);
      if (!bytes) return { ...result, status: 'failed', failure: { code: 'decode/too-large', message: `more than ${formatBytes(job.maxBytes)} (--max-bytes); reading stopped there` } };
    }
    result.bytes = bytes.length;
    if (job.resume && job.outPath && (await upToDate(job.outPath, bytes))) return { ...result, status: 'skipped' };
    // Loaded on first use, so a thread that only hands files to workers never loads the pipeline.
    const { parse } = await import('../pipeline.js');
    const doc = await parse(bytes, { path: job.path === '-' ? null : job.path, format: job.format, includeText: job.includeText, maxBytes: job.maxBytes, ...(job.maxPages === undefined ? {} : { maxPages: job.maxPages }), ocr: job.ocr });
    for (const d of doc.diagnostics) result.diagnostics[d.code] = (result.diagnostics[d.code] ?? 0) + 1;
    // A bug in one stage costs that stage (the document is still written, with the error); one before any text was read costs the file.
    const refused = doc.diagnostics.find((d) => refusedCodes.has(d.code) || (d.code === 'internal/exception' && isEmpty(doc)));
    if (refused) {
      // A damaged Word file or PDF is refused as binary; the reader's own complaint is the reason worth reading.
      const why = refused.code === 'decode/binary' ? doc.diagnostics.find((d) => d.code === 'decode/adapter-failed') : undefined;
      const message = why ? `${refused.message.replace(/\.$/u, '')}, and it cannot be read: ${why.message}` : refused.message;
      return { ...result, status: 'failed', failure: { code: refused.code, message, line: refused.line ?? 1 } };
    }
    result.errors = doc.diagnostics.filter((d) => d.severity === 'error').map((d) => `${job.path}:${d.line ?? 1}: error ${d.message} [${d.code}]`);
    result.targets = doc.targets.length;
    result.countTargets = doc.countTargets?.length ?? 0;
    result.tasks = doc.tasks.length;
    result.needsReview = doc.quality?.needsReview ?? false;
    if (job.wantSummary) result.summary = documentSummary(doc, job.path);
    // Files for programs are compact (a third of the bytes to encode and write); what a person reads is indented.
    if (job.outPath) await writeDocument(job.outPath, doc, bytes.length, job.pretty ?? false);
    if (job.wantPrint && !job.wantSummary) result.print = `${JSON.stringify(doc, null, job.compact ? undefined : 2)}\n`;
    if (job.wantLine) result.line = JSON.stringify(doc);
    return result;
  } catch (error) {
    // V8 cannot make a string past its length limit: the document's JSON is too large to write.
    if (error instanceof RangeError && /string length/i.test(error.message)) {
      return { ...result, status: 'failed', failure: { code: 'output/too-large', message: 'the JSON of this document is too large to write (past the JavaScript string limit); split the input' } };
    }
    const e = error as NodeJS.ErrnoException;
    const message = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message;
    return { ...result, status: 'failed', failure: { code: e.code ?? 'io/error', message } };
  }
}

function isEmpty(doc: KehoachDocument): boolean {
  return doc.outline.length === 0 && doc.tables.length === 0 && doc.metadata.documentType === null && doc.metadata.issuer === null;
}

/** The output exists, is whole, and came from these bytes under this schema version. */
async function upToDate(outPath: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const previous = JSON.parse(await readFile(outPath, 'utf8')) as { schemaVersion?: string; source?: { sha256?: string } };
    return previous.schemaVersion === schemaVersion && previous.source?.sha256 === createHash('sha256').update(bytes).digest('hex');
  } catch {
    return false; // missing or unreadable: convert again
  }
}

let tmpCounter = 0;
// Folders already made in this thread: a batch writes thousands of files into a few folders.
const made = new Set<string>();

/**
 * Writes a document's JSON file as `-o` does. A large input's JSON is written in pieces: as one
 * string, and its UTF-8 copy, it would cost more memory than the document.
 */
export async function writeDocument(path: string, doc: KehoachDocument, inputBytes: number, pretty: boolean): Promise<void> {
  const indent = pretty ? 2 : 0;
  await writeAtomic(path, inputBytes > piecewiseFrom ? { json: doc, indent } : `${JSON.stringify(doc, null, indent || undefined)}\n`);
}

/** A value to write as JSON (and a final newline), indented by `indent` spaces or compact (0). */
export interface JsonContent {
  json: unknown;
  indent: number;
}

/** Temp file + rename, so an interrupted run never leaves half-written JSON. JSON is written in pieces. */
export async function writeAtomic(path: string, content: string | Uint8Array | JsonContent): Promise<void> {
  const dir = dirname(path);
  if (!made.has(dir)) {
    await mkdir(dir, { recursive: true });
    if (made.size > 10_000) made.clear();
    made.add(dir);
  }
  const tmp = `${path}.${process.pid}-${threadId}-${tmpCounter++}.kehoach-tmp`;
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) await writeFile(tmp, content);
    else writeJsonFile(tmp, content);
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}

/**
 * Written synchronously, piece by piece as the serializer hands them out, so that no more than one
 * piece is held: on a worker thread, whose only other work is the next file, a blocking write of
 * pages the system caches costs nothing that waiting on the write would not.
 */
function writeJsonFile(path: string, content: JsonContent): void {
  const fd = openSync(path, 'w');
  try {
    // One buffer for every piece: a Buffer per piece lives outside V8's heap until a collection finds it, and
    // V8 waits for tens of MB of them (writing a 2 MB table's JSON raised the peak by 4.5 MB more).
    let scratch = Buffer.allocUnsafe(0);
    const write = (piece: string): void => {
      // UTF-8 takes at most three bytes for each UTF-16 unit.
      if (piece.length * 3 > scratch.length) scratch = Buffer.allocUnsafe(piece.length * 3);
      const length = scratch.write(piece, 0);
      for (let at = 0; at < length; ) at += writeSync(fd, scratch, at, length - at);
    };
    writeJson(content.json, content.indent, write);
    write('\n');
  } finally {
    closeSync(fd);
  }
}
