import { readFile } from 'node:fs/promises';
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { relative } from 'node:path';
import type { KehoachDocument } from '../schema/document.js';
import type { ValidationError } from '../schema/validate.js';
import type { Failure } from './rows.js';

export interface StoredDocument {
  /** The file under the folder, without `.json`; `#<line>` for a JSONL line. */
  id: string;
  file: string;
  line: number | null;
  doc: KehoachDocument | null;
  /** Why the document could not be used: bad JSON or schema errors, naming the JSON path. */
  problems: string[];
}

/**
 * Streams the kehoach documents under folders, globs or files: every `*.json`
 * (one document each) and `*.jsonl` (one per line), skipping `_errors.jsonl`.
 * One document in memory at a time.
 */
export async function* readDocuments(inputs: readonly string[], validate: (doc: unknown) => ValidationError[]): AsyncGenerator<StoredDocument> {
  const { default: fg } = await import('fast-glob');
  for (const input of inputs) {
    const isDir = statSync(input, { throwIfNoEntry: false })?.isDirectory() ?? false;
    const files = isDir
      ? fg.stream('**/*.{json,jsonl}', { cwd: input, absolute: true, followSymbolicLinks: false, ignore: ['**/_errors.jsonl'], concurrency: 1 })
      : fg.isDynamicPattern(input) ? fg.stream(input, { absolute: true, followSymbolicLinks: false, concurrency: 1 }) : [input];
    for await (const entry of files) {
      const file = String(entry);
      const base = isDir ? relative(input, file) : file;
      if (file.endsWith('.jsonl')) {
        let n = 0;
        try {
          const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
          for await (const text of lines) {
            n++;
            if (text.trim() !== '') yield check(`${base}#${n}`, file, n, text, validate);
          }
        } catch (error) {
          // A missing or unreadable file is one problem named by its file; the other inputs go on.
          yield { id: base, file, line: n > 0 ? n + 1 : null, doc: null, problems: [readProblem(error)] };
        }
      } else {
        let text: string;
        try {
          text = await readFile(file, 'utf8');
        } catch (error) {
          yield { id: base, file, line: null, doc: null, problems: [readProblem(error)] };
          continue;
        }
        yield check(base.endsWith('.json') ? base.slice(0, -5) : base, file, null, text, validate);
      }
    }
  }
}

/**
 * The inputs a parse batch could not convert, from the `_errors.jsonl` it left
 * in each output folder (one `{path, code, message, line}` per line).
 */
export async function* readParseFailures(inputs: readonly string[]): AsyncGenerator<Failure> {
  const { default: fg } = await import('fast-glob');
  for (const input of inputs) {
    if (!(statSync(input, { throwIfNoEntry: false })?.isDirectory() ?? false)) continue;
    for await (const entry of fg.stream('**/_errors.jsonl', { cwd: input, absolute: true, followSymbolicLinks: false, concurrency: 1 })) {
      const lines = createInterface({ input: createReadStream(String(entry)), crlfDelay: Infinity });
      let n = 0;
      for await (const text of lines) {
        n++;
        if (text.trim() === '') continue;
        try {
          const record = JSON.parse(text) as { path?: unknown; code?: unknown; message?: unknown; line?: unknown };
          yield {
            path: String(record.path ?? ''),
            line: typeof record.line === 'number' ? record.line : null,
            stage: 'parse',
            code: String(record.code ?? 'unknown'),
            message: String(record.message ?? ''),
          };
        } catch {
          yield { path: String(entry), line: n, stage: 'export', code: 'invalid-json', message: 'a line of _errors.jsonl is not JSON' };
        }
      }
    }
  }
}

function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
}

function check(id: string, file: string, line: number | null, text: string, validate: (doc: unknown) => ValidationError[]): StoredDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { id, file, line, doc: null, problems: [`not JSON: ${(error as Error).message}`] };
  }
  const errors = validate(json);
  if (errors.length > 0) return { id, file, line, doc: null, problems: errors.map((e) => `${e.path}: ${e.message}`) };
  return { id, file, line, doc: json as KehoachDocument, problems: [] };
}
