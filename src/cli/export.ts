import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createValidator } from '../schema/validate.js';
import { CsvWriter, documentRows, exportTables, failureRows, readDocuments, readParseFailures, SqliteWriter, type CsvDelimiter, type TableRows } from '../export/index.js';
import type { BatchIo } from './batch.js';
import { writeAtomic } from './convert.js';

export interface ExportOptions {
  inputs: string[];
  csv: string | null;
  sqlite: string | null;
  quiet: boolean;
  /** CSV field separator (default ','). */
  delimiter?: CsvDelimiter;
}

/**
 * kehoach JSON → CSV files and/or a SQLite database. Every file is written
 * under a temporary name and renamed when the export ends, so a failed run
 * leaves the previous export in place. Exit 1 when some document was skipped.
 */
export async function runExport(options: ExportOptions, io: Pick<BatchIo, 'stderr'>): Promise<number> {
  // First what can fail for want of a package, so nothing is half-written.
  let sqlite: SqliteWriter | null = null;
  try {
    sqlite = options.sqlite ? await SqliteWriter.create() : null;
  } catch (error) {
    io.stderr(`kehoach: error ${(error as Error).message}\n`);
    return 2;
  }
  const suffix = `${process.pid}.kehoach-tmp`;
  const csvDir = options.csv ? resolve(options.csv) : null;
  if (csvDir) await mkdir(csvDir, { recursive: true });
  const csv = csvDir
    ? exportTables.map((t) => new CsvWriter(join(csvDir, `${t.name}.csv.${suffix}`), t.columns.map(([c]) => c), options.delimiter ?? ','))
    : [];
  const validate = createValidator();
  const ids = new Set<string>();
  const counts = { documents: 0, skipped: 0, rows: new Map<string, number>() };
  const add = async (rows: TableRows) => {
    for (const [i, table] of exportTables.entries()) {
      counts.rows.set(table.name, (counts.rows.get(table.name) ?? 0) + rows[table.name].length);
      for (const row of rows[table.name]) await csv[i]?.write(row);
    }
    sqlite?.add(rows);
  };
  let renamed = false;
  // Closing a CSV writer twice would wait for a second 'close' that never comes.
  let closing: Promise<unknown> | null = null;
  const closeAll = () => (closing ??= Promise.all(csv.map((w) => w.close().catch(() => undefined))));
  try {
    for await (const stored of readDocuments(options.inputs, validate)) {
      if (!stored.doc) {
        counts.skipped++;
        io.stderr(`${stored.file}${stored.line ? `:${stored.line}` : ''}: error skipped: ${stored.problems.slice(0, 3).join('; ')}\n`);
        const code = stored.problems[0]?.startsWith('not JSON') ? 'invalid-json' : 'invalid-document';
        await add(failureRows({ path: stored.file, line: stored.line, stage: 'export', code, message: stored.problems.slice(0, 3).join('; ') }));
        continue;
      }
      let id = stored.id;
      for (let n = 2; ids.has(id); n++) id = `${stored.id}~${n}`;
      ids.add(id);
      await add(documentRows(stored.doc, id));
      counts.documents++;
    }
    // Inputs the parse batch could not read stay visible next to the documents it made.
    for await (const failure of readParseFailures(options.inputs)) await add(failureRows(failure));
    await closeAll();
    if (counts.documents === 0 && counts.skipped === 0) {
      io.stderr('kehoach: no kehoach JSON files found\n');
      return 1;
    }
    for (const w of csv) await rename(w.path, w.path.slice(0, -(suffix.length + 1)));
    renamed = true;
    if (sqlite && options.sqlite) {
      await writeAtomic(resolve(options.sqlite), sqlite.finish());
    }
  } catch (error) {
    // Whatever went wrong, the run says so in one line and leaves the previous export as it was.
    io.stderr(`kehoach: error the export stopped: ${(error as Error).message.split('\n')[0]}\n`);
    return 1;
  } finally {
    await closeAll();
    if (!renamed) await Promise.all(csv.map((w) => rm(w.path, { force: true })));
  }
  if (!options.quiet) {
    const rows = exportTables.map((t) => `${counts.rows.get(t.name) ?? 0} ${t.name}`).join(', ');
    io.stderr(`kehoach: exported ${rows}; ${counts.skipped} files skipped\n`);
    if (csvDir) io.stderr(`kehoach: CSV files in ${csvDir}\n`);
    if (options.sqlite) io.stderr(`kehoach: SQLite database ${resolve(options.sqlite)}\n`);
  }
  return counts.skipped > 0 ? 1 : 0;
}

/** Checks kehoach JSON files against the published schema; errors name the file and JSON path. */
export async function runValidate(inputs: string[], quiet: boolean, io: Pick<BatchIo, 'stderr' | 'stdout'>): Promise<number> {
  const validate = createValidator();
  let valid = 0;
  let invalid = 0;
  try {
    for await (const stored of readDocuments(inputs, validate)) {
      if (stored.doc) {
        valid++;
        continue;
      }
      invalid++;
      const where = `${stored.file}${stored.line ? `:${stored.line}` : ''}`;
      for (const problem of stored.problems.slice(0, 20)) io.stdout(`${where}: ${problem}\n`);
      if (stored.problems.length > 20) io.stdout(`${where}: … and ${stored.problems.length - 20} more\n`);
    }
  } catch (error) {
    io.stderr(`kehoach: error validation stopped: ${(error as Error).message.split('\n')[0]}\n`);
    return 1;
  }
  if (valid + invalid === 0) {
    io.stderr('kehoach: no kehoach JSON files found\n');
    return 1;
  }
  if (!quiet) io.stderr(`kehoach: ${valid} valid, ${invalid} invalid\n`);
  return invalid > 0 ? 1 : 0;
}
