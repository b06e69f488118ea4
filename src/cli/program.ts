import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { InputFormat } from '../decode/types.js';
import { formatBytes } from '../decode/index.js';
import { defaultMaxBytes, parse } from '../pipeline.js';
import { schemaVersion } from '../schema/version.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
}

/** The `kehoach` command line, built without side effects so tests can run it in-process. */
export function createProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command('kehoach')
    .description('Turn Vietnamese plan decrees (Kế hoạch, Chương trình, Quyết định) into structured JSON.')
    .version(`schema ${schemaVersion}`)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  program
    .command('parse')
    .description('Parse decree files (.txt, .md, .html, .htm) or "-" for stdin.')
    .argument('<inputs...>', 'files, directories or globs; "-" reads stdin')
    .option('-o, --out <dir>', 'write DIR/<name>.json per input instead of printing')
    .addOption(new Option('--format <format>', 'read every input as this format').choices(['text', 'markdown', 'html']))
    .option('--text', 'include the normalized text (source.text) so spans can be checked')
    .option('--compact', 'print JSON on one line')
    .option('--max-bytes <n>', `refuse inputs larger than this many bytes (default ${defaultMaxBytes})`, (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number of bytes.');
      return n;
    })
    .addHelpText(
      'after',
      `
Examples:
  kehoach parse plan.txt                      print one document as JSON
  kehoach parse plans/ -o out/                one JSON per file under plans/
  kehoach parse "plans/**/*.{txt,html}" -o out/
  cat plan.html | kehoach parse - --format html

Exit codes: 0 all inputs parsed; 1 some input could not be read or is not a
text document (a PDF, an image, an archive), or is over --max-bytes; 2 bad usage.
Every span indexes source.text (add --text to include it); its line is the input file's line.`,
    )
    .action(async (inputs: string[], opts: { out?: string; format?: InputFormat; text?: boolean; compact?: boolean; maxBytes?: number }) => {
      const files = await expandInputs(inputs);
      const names = outputNames(files);
      const maxBytes = opts.maxBytes ?? defaultMaxBytes;
      let failed = 0;
      for (const file of files) {
        try {
          if (file !== '-') {
            // Refuse a huge file before reading it into memory.
            const size = (await stat(file)).size;
            if (size > maxBytes) {
              failed++;
              io.stderr(`${file}: error the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (--max-bytes) [decode/too-large]\n`);
              continue;
            }
          }
          const bytes = file === '-' ? await io.readStdin() : await readFile(file);
          const doc = await parse(bytes, { path: file === '-' ? null : file, format: opts.format ?? null, includeText: opts.text ?? false, maxBytes });
          const json = JSON.stringify(doc, null, opts.compact ? undefined : 2);
          for (const d of doc.diagnostics.filter((x) => x.severity === 'error')) io.stderr(`${file}:${d.line ?? 1}: error ${d.message} [${d.code}]\n`);
          // Unreadable input (not text, too large) or our own failure: reported, no output written.
          if (doc.diagnostics.some((d) => d.code === 'decode/binary' || d.code === 'decode/too-large' || d.code === 'internal/exception')) {
            failed++;
            continue;
          }
          if (opts.out) await writeAtomic(safeOutputPath(opts.out, names.get(file)!, file), `${json}\n`);
          else io.stdout(`${json}\n`);
        } catch (error) {
          failed++;
          io.stderr(`${file}: error ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}\n`);
        }
      }
      if (files.length === 0) {
        io.stderr('kehoach: no input files matched\n');
        failed++;
      }
      setExitCode(failed > 0 ? 1 : 0);
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

async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const patterns: string[] = [];
  for (const input of inputs) {
    if (input === '-') out.push('-');
    else patterns.push(input);
  }
  if (patterns.length > 0) {
    const { default: fg } = await import('fast-glob');
    for (const pattern of patterns) {
      const isGlob = fg.isDynamicPattern(pattern);
      const { stat } = await import('node:fs/promises');
      const info = isGlob ? null : await stat(pattern).catch(() => null);
      // Symbolic links are not followed: a link loop cannot hang the walk, a link cannot pull in files from elsewhere.
      if (info?.isDirectory()) out.push(...(await fg('**/*.{txt,md,markdown,html,htm}', { cwd: pattern, absolute: false, followSymbolicLinks: false })).sort().map((f) => join(pattern, f)));
      else if (isGlob) out.push(...(await fg(pattern, { followSymbolicLinks: false })).sort());
      else out.push(pattern); // a missing file fails when read, naming the file
    }
  }
  return out;
}

/**
 * `<name>.json` per input; when two inputs share a name (two plan.txt in
 * different folders), every output mirrors its path under the inputs' common
 * folder instead, so no output overwrites another.
 */
export function outputNames(files: readonly string[]): Map<string, string> {
  const json = (path: string) => (path === '-' ? 'stdin.json' : `${path.replace(/\.[^./\\]+$/u, '')}.json`);
  const flat = files.map((f) => json(f === '-' ? f : basename(f)));
  if (unique(flat)) return new Map(files.map((f, i) => [f, flat[i]!]));
  const real = files.filter((f) => f !== '-').map((f) => resolve(f));
  const common = real.length > 0 ? commonDir(real) : resolve('.');
  const mirrored = files.map((f) => (f === '-' ? 'stdin.json' : relative(common, resolve(f))));
  const names = mirrored.map((m) => json(m));
  // plan.txt and plan.md in one folder: keep the extension so neither overwrites the other.
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return new Map(files.map((f, i) => [f, counts.get(names[i]!)! > 1 && f !== '-' ? `${mirrored[i]}.json` : names[i]!]));
}

function unique(names: readonly string[]): boolean {
  return new Set(names).size === names.length;
}

/** The output path for an input: inside `out`, never the input itself. */
export function safeOutputPath(out: string, name: string, input: string): string {
  const root = resolve(out);
  const path = resolve(root, name);
  if (!path.startsWith(root + sep)) throw new Error(`the output ${path} would fall outside ${root}`);
  if (input !== '-' && path === resolve(input)) throw new Error(`the output would overwrite the input itself`);
  return path;
}

function commonDir(paths: readonly string[]): string {
  const parts = paths.map((p) => dirname(p).split(sep));
  const first = parts[0]!;
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}

/** Temp file + rename, so an interrupted run never leaves half-written JSON. */
async function writeAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, path);
}
