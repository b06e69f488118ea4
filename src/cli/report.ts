import { readFile, mkdir } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { rule } from '../grammar/registry.js';
import { parse } from '../pipeline.js';
import type { KehoachDocument } from '../schema/document.js';
import { reportCss, reportJs } from '../report/assets.js';
import { indexPage, type IndexEntry } from '../report/index-page.js';
import { documentPage } from '../report/page.js';
import type { BatchIo } from './batch.js';
import { writeAtomic } from './convert.js';
import { existsAsOtherFile, expandInputs } from './inputs.js';
import { createValidator, type ValidationError } from '../schema/validate.js';

export interface ReportOptions {
  inputs: string[];
  out: string;
  maxBytes: number;
  maxPages?: number;
  quiet: boolean;
}

/**
 * Documents (parsed here) or kehoach JSON made with --text, to a static site
 * under `out`: index.html, one page per document, report.css and report.js.
 * Opens from disk, no server, no network. Exit 1 when some input failed.
 */
export async function runReport(options: ReportOptions, io: Pick<BatchIo, 'stderr'>): Promise<number> {
  const out = resolve(options.out);
  await mkdir(out, { recursive: true });
  const entries: IndexEntry[] = [];
  const failures: { name: string; message: string }[] = [];
  const used = new Set<string>();
  const files = collect(options.inputs);
  for await (const path of files) {
    const name = path;
    let doc: KehoachDocument;
    try {
      doc = path.endsWith('.json') ? await readJson(path) : await parse(await readFile(path), { path, includeText: true, maxBytes: options.maxBytes, ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }) });
    } catch (error) {
      failures.push({ name, message: (error as Error).message });
      io.stderr(`${path}: error ${(error as Error).message}\n`);
      continue;
    }
    const refused = doc.diagnostics.find((d) => d.severity === 'error' && doc.outline.length === 0 && !doc.source.text);
    if (refused) {
      failures.push({ name, message: refused.message });
      io.stderr(`${path}:${refused.line ?? 1}: error ${refused.message} [${refused.code}]\n`);
      continue;
    }
    const href = pageName(path, used);
    await writeAtomic(join(out, href), documentPage(doc, name));
    entries.push({ href, name, doc });
  }
  if (entries.length === 0 && failures.length === 0) {
    io.stderr('kehoach: no input files matched\n');
    return 1;
  }
  await writeAtomic(join(out, 'report.css'), reportCss);
  await writeAtomic(join(out, 'report.js'), reportJs);
  await writeAtomic(join(out, 'index.html'), indexPage(entries, failures));
  if (!options.quiet) {
    const review = entries.filter((x) => x.doc.quality?.needsReview).length;
    io.stderr(`kehoach: report of ${entries.length} documents (${review} need review${failures.length ? `, ${failures.length} failed` : ''}): open ${join(out, 'index.html')}\n`);
  }
  return failures.length > 0 ? 1 : 0;
}

/**
 * The inputs: kehoach .json files (named, or matched by a glob), and documents.
 * A folder that holds kehoach JSON is read for that JSON only (its documents
 * would be reported twice); any other folder is walked for documents.
 */
async function* collect(inputs: readonly string[]): AsyncGenerator<string> {
  const { default: fg } = await import('fast-glob');
  const documents: string[] = [];
  for (const input of inputs) {
    if (input.endsWith('.json') && fg.isDynamicPattern(input)) {
      for await (const entry of fg.stream(input, { followSymbolicLinks: false, concurrency: 1 })) yield String(entry);
    } else if (input.endsWith('.json')) {
      yield input;
    } else if (statSync(input, { throwIfNoEntry: false })?.isDirectory()) {
      const json = fg.sync('**/*.json', { cwd: input, followSymbolicLinks: false, ignore: ['**/_errors.jsonl'] }).sort();
      const ours = json.map((f) => join(input, f)).filter(isKehoachJson);
      if (ours.length > 0) yield* ours;
      else documents.push(input);
    } else documents.push(input);
  }
  if (documents.length === 0) return;
  for await (const file of expandInputs(documents)) yield file.path;
}

/** Starts like kehoach JSON: a folder's package.json or settings are not reports' inputs. */
function isKehoachJson(path: string): boolean {
  return !existsAsOtherFile(path);
}

let validate: ((doc: unknown) => ValidationError[]) | null = null;

async function readJson(path: string): Promise<KehoachDocument> {
  const json = JSON.parse(await readFile(path, 'utf8')) as unknown;
  // The page escapes what it shows, but only valid documents are shown: a hostile JSON's fields are checked first.
  validate ??= createValidator();
  const problems = validate(json);
  if (problems.length > 0) throw new Error(`not a valid kehoach document: ${problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const doc = json as KehoachDocument;
  if (typeof doc.source.text !== 'string') throw new Error('made without --text: run kehoach parse with --text, or give the input document itself');
  return doc;
}

/** A file name for the document's page, unique within the report. */
function pageName(path: string, used: Set<string>): string {
  const unsafe = rule('formats.fileNameUnsafe');
  const stem = Array.from(basename(path), (ch) => (unsafe.test(ch) ? '-' : ch)).join('').slice(0, 80) || 'document';
  let name = `${stem}.html`;
  for (let n = 2; used.has(name) || name === 'index.html'; n++) name = `${stem}-${n}.html`;
  used.add(name);
  return name;
}

