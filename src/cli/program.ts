import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { inputFormats, type InputFormat } from '../decode/types.js';
import { defaultMaxBytes, defaultMaxPages } from '../options.js';
import { packageVersion, schemaVersion } from '../schema/version.js';
import { csvDelimiters, type CsvDelimiter } from '../export/csv.js';
import type { BatchIo } from './batch.js';
import { defaultOcrTimeoutSeconds, defaultTimeoutSeconds } from './defaults.js';

export type Io = BatchIo;

/** The `kehoach` command line, built without side effects so tests can run it in-process. */
export function createProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command('kehoach')
    .description('Turn Vietnamese plan decrees (Kế hoạch, Chương trình, Quyết định) into structured JSON.')
    .version(`kehoach ${packageVersion} (output schema ${schemaVersion})`)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  program
    .command('parse')
    .description('Parse decree files (.txt, .md, .html, .htm, .docx, .doc, .pdf with a text layer) or "-" for stdin.')
    .argument('<inputs...>', 'files, directories or globs (quote globs); "-" reads one document from stdin')
    .option('-o, --out <dir>', 'write one JSON per input under DIR, mirroring the input folders')
    .option('--jsonl <file>', 'write one document per line to FILE ("-" for stdout), for pipelines')
    .option('--ignore <glob>', 'skip files matching this glob when walking directories and globs (repeatable)', (glob: string, previous: string[] = []) => [...previous, glob])
    .option('-j, --jobs <n>', `worker threads for a batch, at most (default: the ${availableParallelism()} cores; at most ${maxJobs()}, 4 per core); a batch starts one and adds one per MB of input`, jobCount)
    .option('--resume', 'skip inputs whose output already exists with the same source.sha256 and schemaVersion')
    .option('--strict', 'also exit 1 when a document has error diagnostics')
    .option('-q, --quiet', 'no progress and no summary; errors only')
    .addOption(new Option('--format <format>', 'read every input as this format').choices(inputFormats))
    .option('--ocr', 'read scanned PDFs and page images (.png .jpg .tif) with Tesseract (Vietnamese model); slow')
    .option('--text', 'include the normalized text (source.text) so spans can be checked')
    .option('--compact', 'print JSON on one line (files written with -o are always one line unless --pretty)')
    .option('--pretty', 'indent the JSON files written with -o (they are one line by default)')
    .option('--summary', 'print a short summary of each document for a person (what it is, counts, what is missing, whether it needs review) instead of its JSON; with -o or --jsonl, besides writing it')
    .addOption(maxBytesOption())
    .addOption(maxPagesOption())
    .option('--timeout <seconds>', `give up on a file that takes longer than this to read (default ${defaultTimeoutSeconds}, or ${defaultOcrTimeoutSeconds} with --ocr); the batch goes on`, positiveSeconds)
    .addHelpText(
      'after',
      `
Examples:
  kehoach parse plan.txt                      print one document as JSON
  kehoach parse plans/ -o out/                one JSON per file, out/ mirrors plans/
  kehoach parse "corpus/**/*.{txt,md,html,htm,docx}" -o out/ --ignore "**/drafts/**"
  kehoach parse plans/ -o out/ --resume       convert only what is new or changed
  kehoach parse plans/ --jsonl - | jq .metadata.documentNumber
  cat plan.html | kehoach parse - --format html
  kehoach parse scans/ -o out/ --ocr            scanned PDFs and page images, with Tesseract

A batch (-o or --jsonl) runs on worker threads, shows progress on a terminal
(a line every 10 s otherwise), and ends with a summary; every file is written
to a temporary name and renamed, so an interrupted run leaves no partial JSON.
One bad file never stops a batch: it is named on stderr and in DIR/_errors.jsonl;
a file still being read after --timeout seconds is stopped and fails (decode/timeout);
with --ocr the default budget is ${defaultOcrTimeoutSeconds} s, as Tesseract takes seconds per page.
One printed document of text, Markdown or HTML up to 256 KB is parsed on the
main thread, which starts faster, unless --timeout is given.
Ctrl-C stops after the files in progress.

Exit codes: 0 all inputs parsed; 1 some input could not be read, is not a text
document (a PDF, an image, an archive) or is over --max-bytes or --max-pages (with --strict: or
has error diagnostics); 2 bad usage; 130 interrupted.
Every span indexes source.text (add --text to include it); its line is the input file's line.`,
    )
    .action(async (inputs: string[], opts: ParseFlags, command: Command) => {
      if (opts.resume && !opts.out) command.error('error: --resume needs -o: it compares each input with its output file.', { exitCode: 2 });
      const batch = opts.out !== undefined || opts.jsonl !== undefined;
      // Loaded here, so --help, export and validate never load the pipeline.
      const { runBatch } = await import('./batch.js');
      const code = await runBatch(
        {
          inputs,
          ignore: opts.ignore ?? [],
          out: opts.out ?? null,
          jsonl: opts.jsonl ?? null,
          format: opts.format ?? null,
          includeText: opts.text ?? false,
          compact: opts.compact ?? false,
          pretty: opts.pretty ?? false,
          summary: opts.summary ?? false,
          maxBytes: opts.maxBytes ?? defaultMaxBytes,
          maxPages: opts.maxPages ?? defaultMaxPages,
          // Left unset when not given: a small single document may then be parsed on the main thread (never with --ocr).
          timeout: opts.timeout ?? (opts.ocr ? defaultOcrTimeoutSeconds : undefined),
          ocr: opts.ocr ?? false,
          jobs: batch ? (opts.jobs ?? availableParallelism()) : 1,
          resume: opts.resume ?? false,
          strict: opts.strict ?? false,
          quiet: opts.quiet ?? false,
        },
        io,
      );
      setExitCode(code);
    });

  program
    .command('export')
    .description('Turn kehoach JSON (a folder, globs, .json or .jsonl files) into CSV files and/or a SQLite database.')
    .argument('<inputs...>', 'folders, globs or files of kehoach JSON (from parse -o or --jsonl)')
    .option('--csv <dir>', 'write documents.csv, targets.csv, tasks.csv, agencies.csv, responsibilities.csv, failures.csv (UTF-8 with BOM; text starting with = + - @ gets a leading \' so spreadsheets never run it)')
    .option('--delimiter <char>', 'CSV field separator: "," (default), ";" (Excel in a Vietnamese or other comma-decimal locale) or "tab"', csvDelimiter)
    .option('--sqlite <file>', 'write the same tables to a SQLite database, indexed by agency and year')
    .option('-q, --quiet', 'no summary')
    .addHelpText(
      'after',
      `
Examples:
  kehoach export out/ --csv tables/
  kehoach export out/ --sqlite corpus.db
  sqlite3 corpus.db "SELECT agency, count(*) FROM agencies WHERE role = 'lead' GROUP BY agency ORDER BY 2 DESC LIMIT 10"

Every row carries document_id and, for items, span_offset/span_length/span_line.
A file that is not valid kehoach JSON is skipped and named on stderr (exit 1).`,
    )
    .action(async (inputs: string[], opts: { csv?: string; sqlite?: string; quiet?: boolean; delimiter?: CsvDelimiter }, command: Command) => {
      if (!opts.csv && !opts.sqlite) command.error('error: say where to export: --csv DIR and/or --sqlite FILE', { exitCode: 2 });
      const { runExport } = await import('./export.js');
      setExitCode(await runExport({ inputs, csv: opts.csv ?? null, sqlite: opts.sqlite ?? null, quiet: opts.quiet ?? false, delimiter: opts.delimiter ?? ',' }, io));
    });

  program
    .command('report')
    .description('Write a static review site: an index of the documents and, for each, its source text with every extracted item marked beside the lists of what was extracted.')
    .argument('<inputs...>', 'documents (files, folders, globs) to parse, or kehoach JSON made with --text')
    .requiredOption('-o, --out <dir>', 'the folder to write index.html, one page per document, report.css and report.js into')
    .addOption(maxBytesOption())
    .addOption(maxPagesOption())
    .option('-q, --quiet', 'no summary')
    .addHelpText(
      'after',
      `
Examples:
  kehoach report plans/ -o review/            parse and review a folder of plans
  kehoach parse plans/ -o out/ --text && kehoach report out/ -o review/

Open review/index.html in a browser: it needs no server and no network. Click an
item in a list to see its words in the text; click marked words to see the item.
Exit codes: 0 all inputs reported; 1 some input failed; 2 bad usage.`,
    )
    .action(async (inputs: string[], opts: { out: string; maxBytes?: number; maxPages?: number; quiet?: boolean }) => {
      const { runReport } = await import('./report.js');
      setExitCode(await runReport({ inputs, out: opts.out, maxBytes: opts.maxBytes ?? defaultMaxBytes, maxPages: opts.maxPages ?? defaultMaxPages, quiet: opts.quiet ?? false }, io));
    });

  program
    .command('validate')
    .description('Check kehoach JSON files against the published JSON Schema.')
    .argument('<inputs...>', 'folders, globs or .json/.jsonl files')
    .option('-q, --quiet', 'no summary')
    .addHelpText('after', '\nPrints "file: /json/path: problem" per error on stdout. Exit codes: 0 all valid; 1 some invalid or none found; 2 bad usage.')
    .action(async (inputs: string[], opts: { quiet?: boolean }) => {
      const { runValidate } = await import('./export.js');
      setExitCode(await runValidate(inputs, opts.quiet ?? false, io));
    });

  program
    .command('schema')
    .description('Print the JSON Schema (2020-12) every output validates against.')
    .action(async () => {
      const { jsonSchema } = await import('../schema/json-schema.js');
      io.stdout(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
    });

  return program;
}

interface ParseFlags {
  out?: string;
  jsonl?: string;
  ignore?: string[];
  jobs?: number;
  resume?: boolean;
  strict?: boolean;
  quiet?: boolean;
  format?: InputFormat;
  text?: boolean;
  compact?: boolean;
  pretty?: boolean;
  summary?: boolean;
  maxBytes?: number;
  maxPages?: number;
  timeout?: number;
  ocr?: boolean;
}

/** The input limits, the same for `parse` and `report` (a fresh Option for each command). */
const maxBytesOption = () => new Option('--max-bytes <n>', `refuse inputs larger than this many bytes (default ${defaultMaxBytes})`).argParser(positiveInteger);
const maxPagesOption = () => new Option('--max-pages <n>', `refuse PDFs of more pages than this, before reading any (default ${defaultMaxPages})`).argParser(positiveInteger);

function csvDelimiter(value: string): CsvDelimiter {
  const d = value === 'tab' || value === '\\t' ? '\t' : value;
  if (!(csvDelimiters as readonly string[]).includes(d)) throw new InvalidArgumentError('expected "," ";" or "tab".');
  return d as CsvDelimiter;
}

/** More workers than 4 per core only cost memory (each holds a V8 heap). */
function maxJobs(): number {
  return availableParallelism() * 4;
}

function jobCount(value: string): number {
  const n = positiveInteger(value);
  if (n > maxJobs()) throw new InvalidArgumentError(`at most ${maxJobs()} on this machine (4 per core): more workers only cost memory.`);
  return n;
}

function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of seconds.');
  return n;
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}
