import { closeSync, existsSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';

/** The extensions a directory walk picks up. */
export const inputExtensions = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'doc', 'pdf'] as const;
/** Page images, walked only with --ocr. */
export const imageExtensions = ['png', 'jpg', 'jpeg', 'tif', 'tiff'] as const;

export interface InputFile {
  /** As given or as found by the walk; "-" for stdin. */
  path: string;
  /** The output's path relative to `-o`: the input's path under the common base, `.json` for its extension. */
  output: string;
}

interface Argument {
  kind: 'stdin' | 'file' | 'directory' | 'glob';
  pattern: string;
  /** The folder outputs are mirrored from. */
  base: string;
}

/**
 * Streams the files named by the arguments (files, directories, globs, "-"),
 * never holding the whole list: a folder of 100,000 plans starts converting at
 * once. Outputs mirror the inputs' tree under the arguments' common folder, so
 * two `plan.txt` in different folders never share an output.
 */
/** Characters without which a path cannot be a glob (fast-glob's `isDynamicPattern` needs one of them). */
const globSyntax = /[*?[\]{}()!+@|]/u;

export interface WalkStats {
  /** Hidden files (with a readable extension) and hidden folders seen in walked folders: not walked. */
  hidden: number;
}

export async function* expandInputs(inputs: readonly string[], ignore: readonly string[] = [], images = false, stats: WalkStats = { hidden: 0 }): AsyncGenerator<InputFile> {
  const extensions: readonly string[] = images ? [...inputExtensions, ...imageExtensions] : inputExtensions;
  // fast-glob takes longer to load than a small file takes to parse: load it only for a pattern or a folder.
  const needsGlob = inputs.some((pattern) => pattern !== '-' && (globSyntax.test(pattern) || isDirectory(pattern)));
  const { default: fg } = needsGlob ? await import('fast-glob') : { default: null };
  const args: Argument[] = inputs.map((pattern) => {
    if (pattern === '-') return { kind: 'stdin', pattern, base: '.' };
    // A file named with glob characters ("kế hoạch (bản 2)?.txt") is that file, not a pattern.
    if (fg?.isDynamicPattern(pattern) && !existsSync(pattern)) return { kind: 'glob', pattern, base: fg.generateTasks(pattern)[0]?.base ?? '.' };
    const isDir = isDirectory(pattern);
    return { kind: isDir ? 'directory' : 'file', pattern, base: isDir ? pattern : dirname(pattern) };
  });
  const files = args.filter((a) => a.kind !== 'stdin');
  const root = files.length > 0 ? commonDir(files.map((a) => resolve(a.base))) : resolve('.');
  const siblings = new SiblingCache(extensions, stats);
  const name = (path: string): string => outputFor(path, root, siblings);
  for (const arg of args) {
    if (arg.kind === 'stdin') yield { path: '-', output: 'stdin.json' };
    // A missing file fails when read, naming the file.
    else if (arg.kind === 'file') yield { path: arg.pattern, output: name(arg.pattern) };
    else {
      // Symbolic links are not followed: a link loop cannot hang the walk, a link cannot pull in files from elsewhere.
      // One folder read at a time: a concurrent walk lists files in a timing-dependent order, and the order of
      // --jsonl lines and messages must be the same on every run.
      const options = { cwd: arg.kind === 'directory' ? arg.pattern : '.', followSymbolicLinks: false, onlyFiles: true, ignore: [...ignore], concurrency: 1 };
      const pattern = arg.kind === 'directory' ? `**/*.{${extensions.join(',')}}` : arg.pattern;
      for await (const entry of fg!.stream(pattern, options)) {
        const path = arg.kind === 'directory' ? join(arg.pattern, String(entry)) : String(entry);
        yield { path, output: name(path) };
      }
    }
  }
}

/**
 * `<stem>.json` at the input's place under `root`; `<name>.<ext>.json` when a
 * sibling with the same stem and another readable extension exists
 * (plan.txt beside plan.md), decided from the folder so the walk order never matters.
 */
function outputFor(path: string, root: string, siblings: SiblingCache): string {
  const abs = resolve(path);
  const rel = relative(root, abs);
  const ext = extname(rel);
  const stem = ext ? rel.slice(0, -ext.length) : rel;
  const clash = ext !== '' && (siblings.stems(dirname(abs)).get(basename(stem)) ?? 0) > 1;
  return `${clash ? rel : stem}.json`;
}

/** Stem counts per folder for the few folders being walked right now. */
class SiblingCache {
  /** The extensions this walk reads: only those can clash. */
  constructor(
    private readonly extensions: readonly string[],
    private readonly stats: WalkStats,
  ) {}

  private readonly cache = new Map<string, Map<string, number>>();

  stems(dir: string): Map<string, number> {
    let counts = this.cache.get(dir);
    if (counts) return counts;
    counts = new Map();
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      // Unreadable folder: no siblings known, the file itself fails when read.
    }
    for (const entry of entries) {
      const n = entry.name;
      const ext = extname(n).slice(1).toLowerCase();
      // The walk skips names starting with "." (.git, editors' backups): count them, so the summary can say so.
      if (n.startsWith('.') && (entry.isDirectory() || this.extensions.includes(ext))) this.stats.hidden++;
      if (!this.extensions.includes(ext)) continue;
      const stem = n.slice(0, -(ext.length + 1));
      counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
    if (this.cache.size > 256) this.cache.clear();
    this.cache.set(dir, counts);
    return counts;
  }
}

/**
 * The output path for an input: inside `out` — also once symbolic links in the
 * folders below it are followed — never the input itself, and never a file that
 * is not a kehoach output (another input named `plan.json`, a user's notes).
 */
export function safeOutputPath(out: string, name: string, input: string): string {
  const root = resolve(out);
  const path = resolve(root, name);
  if (!path.startsWith(root + sep)) throw new Error(`the output ${path} would fall outside ${root}`);
  if (input !== '-' && path === resolve(input)) throw new Error(`the output would overwrite the input itself`);
  const realRoot = realFolder(root);
  const realParent = realFolder(dirname(path));
  if (realRoot !== null && realParent !== null && realParent !== realRoot && !realParent.startsWith(realRoot + sep)) {
    throw new Error(`the output ${path} would fall outside ${root} through a symbolic link (${realParent})`);
  }
  if (existsAsOtherFile(path)) throw new Error(`the output ${path} exists and is not a kehoach output; it is left alone`);
  return path;
}

/** The real path of the nearest existing folder at or above `dir` (links resolved), or null. */
function realFolder(dir: string): string | null {
  for (let d = dir; ; d = dirname(d)) {
    try {
      return realpathSync(d) + (d === dir ? '' : sep + relative(d, dir));
    } catch {
      if (dirname(d) === d) return null;
    }
  }
}

/** A file is at `path` and does not start like kehoach JSON (`{"schemaVersion": "2.…`, any version). */
export function existsAsOtherFile(path: string): boolean {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return false;
  if (!info.isFile()) return true; // a folder, a device, a FIFO: not ours to replace
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false; // unreadable: the write will say so
  }
  try {
    const head = Buffer.alloc(64);
    const n = readSync(fd, head, 0, 64, 0);
    return !/^\{\s*"schemaVersion"\s*:\s*"\d+\./u.test(head.subarray(0, n).toString('utf8'));
  } catch {
    return true; // a folder or a device: not ours to replace
  } finally {
    closeSync(fd);
  }
}

function commonDir(dirs: readonly string[]): string {
  const parts = dirs.map((d) => d.split(sep));
  const first = parts[0]!;
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false; // unreadable: treated as a file, whose read then fails naming it
  }
}
