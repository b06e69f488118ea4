import { FirstRange } from './first-range.js';
import { occurrences } from './scan.js';
import { isRef, isWord, Lexer, type PdfDict, type PdfValue } from './syntax.js';

/**
 * The objects of a PDF as pdf.js first reads them: from the entries of the
 * cross-reference sections its `startxref` chain gives, the first section
 * naming an object winning, and nothing else. pdf.js repairs the file (scans
 * it and follows the /Prev chain anew from every cross-reference stream)
 * only where that reading fails: no /Root with its /Pages, or an entry of
 * the page tree that does not hold its object. `readable` says whether the
 * catalog and every node of the page tree come from the entries whole; any
 * doubt (a filter or an object stream it cannot unpack) counts as a failure.
 */

/** A section's entry for an object: at an offset of the file, in an object stream, or free (null). */
export type ChainEntry = { offset: number; gen: number } | { stream: number; index: number } | null;

/** What the chain's reader lends: its counted lexer, a stream's stored bytes and their unpacking (undefined where it cannot). */
export interface ChainReader {
  read(lexer: Lexer): ReturnType<Lexer['next']>;
  stored(dict: PdfDict, start: number): Uint8Array;
  unpack(dict: PdfDict, stored: Uint8Array, wanted: number): Uint8Array | undefined;
}

/** Page tree nodes looked at, at most (each a fetch): a tree larger than this is taken as one pdf.js may fail on. */
const maxNodes = 200_000;

/**
 * A section's entries: the `[first, count]` ranges of object numbers it
 * names, in order, and the entry of its `k`th row (counted over the ranges);
 * undefined where the data holds no such row.
 */
export interface Entries {
  readonly ranges: readonly (readonly [number, number])[];
  row(k: number): ChainEntry | undefined;
}

/** A table's entries: `[first, rows]` subsections, each row `offset, gen, kind` (1 in use, 0 free). */
export function tableEntries(subsections: readonly [number, number[]][]): Entries {
  const rows = subsections.flatMap(([, r]) => r);
  return {
    ranges: subsections.map(([first, r]) => [first, r.length / 3] as const),
    row: (k) => (3 * k + 2 >= rows.length ? undefined : rows[3 * k + 2] === 1 ? { offset: rows[3 * k]!, gen: rows[3 * k + 1]! } : null),
  };
}

/** A stream's entries: rows of `widths` in `data`, for the `[first, count]` ranges in order. */
export function streamEntries(data: Uint8Array, widths: readonly number[], ranges: readonly [number, number][]): Entries {
  const [w0, w1, w2] = widths as [number, number, number];
  const size = w0 + w1 + w2;
  const field = (at: number, width: number, fallback: number) => {
    if (width === 0) return fallback;
    let v = 0;
    for (let k = 0; k < width; k++) v = v * 256 + data[at + k]!;
    return v;
  };
  return {
    ranges,
    row: (k) => {
      if ((k + 1) * size > data.length) return undefined;
      const at = k * size;
      const [type, a, b] = [field(at, w0, 1), field(at + w0, w1, 0), field(at + w0 + w1, w2, 0)];
      return type === 1 ? { offset: a, gen: b } : type === 2 ? { stream: a, index: b } : null;
    },
  };
}

/**
 * The entry pdf.js keeps for an object reading `sections` in order (the
 * first naming it winning, as XRef.entries fills): every range of every
 * section put once in a `FirstRange` (its size the ranges, each of which
 * names a row already counted as kept), so a lookup is a bisection, however
 * many sections the chain has and however many rows a range holds.
 */
export function firstOf(sections: readonly Entries[]): (num: number) => ChainEntry | undefined {
  const ranges: (readonly [number, number])[] = [];
  const where: [Entries, number][] = [];
  for (const section of sections) {
    let before = 0;
    for (const range of section.ranges) {
      if (range[1] > 0) {
        ranges.push(range);
        where.push([section, before]);
      }
      before += range[1];
    }
  }
  const index = new FirstRange(ranges);
  return (num) => {
    const r = index.find(num);
    if (r === undefined) return undefined;
    const [section, before] = where[r]!;
    return section.row(before + num - ranges[r]![0]);
  };
}

/** Whether every row of a stream's data has a type pdf.js knows (0, 1 or 2): one that has not makes it drop the section. */
export function knownTypes(data: Uint8Array, widths: readonly number[], rows: number): boolean {
  const [w0, w1, w2] = widths as [number, number, number];
  const row = w0 + w1 + w2;
  if (w0 === 0) return true;
  for (let r = 0; r < rows && (r + 1) * row <= data.length; r++) {
    let type = 0;
    for (let k = 0; k < w0; k++) type = type * 256 + data[r * row + k]!;
    if (type > 2) return false;
  }
  return true;
}

/** A value fetched: the object, null for one the entries do not place, or undefined where pdf.js would fail. */
type Fetched = PdfValue | undefined;

export class ChainObjects {
  /** Objects fetched, by number and generation (pdf.js fails a reference whose generation is not its entry's). */
  private readonly cache = new Map<string, Fetched>();
  private readonly objectStreams = new Map<number, { data: Uint8Array; first: number; offsets: number[] } | undefined>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly find: (num: number) => ChainEntry | undefined,
    private readonly reader: ChainReader,
  ) {}

  /**
   * The catalog /Root of `trailer` is a dictionary whose /Pages is one, and
   * every node under /Kids comes whole from the entries, with its /Type and
   * /Count (pdf.js reads them finding the first and the last page, or every
   * page where /Count is wrong); so does a linearized file's `firstPage`.
   */
  readable(trailer: PdfDict, firstPage?: number): boolean {
    const root = this.get(trailer.get('Root'));
    if (!(root instanceof Map)) return false;
    const pages = this.get(root.get('Pages'));
    if (!(pages instanceof Map)) return false;
    if (firstPage !== undefined && !(this.get({ num: firstPage, gen: 0 }) instanceof Map)) return false;
    const queue: PdfDict[] = [pages];
    const seen = new Set<number>();
    for (let nodes = 0; queue.length > 0; nodes++) {
      if (nodes > maxNodes) return false;
      const node = queue.pop()!;
      for (const key of ['Type', 'Count', 'Kids']) if (node.has(key) && this.get(node.get(key)) === undefined) return false;
      const kids = this.get(node.get('Kids'));
      if (kids === undefined || kids === null) continue;
      if (!Array.isArray(kids)) return false;
      for (const kid of kids) {
        // A kid seen before is a loop pdf.js reports: no entry is the worse for it.
        if (isRef(kid) && seen.has(kid.num)) continue;
        if (isRef(kid)) seen.add(kid.num);
        const node = this.get(kid);
        if (!(node instanceof Map)) return false;
        queue.push(node);
      }
    }
    return true;
  }

  /** The value with a reference fetched as pdf.js fetches it from the entries. */
  get(value: PdfValue | undefined): Fetched {
    if (!isRef(value)) return value;
    const key = `${value.num} ${value.gen}`;
    if (this.cache.has(key)) return this.cache.get(key);
    this.cache.set(key, undefined);
    const entry = this.find(value.num);
    // No entry (or one at offset 0, for pdf.js) places nothing.
    let found: Fetched = null;
    if (entry && 'offset' in entry && entry.offset > 0) found = entry.gen === value.gen ? this.at(entry.offset, value.num, value.gen)?.value : undefined;
    else if (entry && 'stream' in entry) found = this.inStream(entry.stream, entry.index);
    this.cache.set(key, found);
    return found;
  }

  /** The object `num gen obj` at `offset`, and where the data of a stream it opens starts. */
  private at(offset: number, num: number, gen: number): { value: PdfValue; stream?: number } | undefined {
    if (offset >= this.bytes.length) return undefined;
    const lexer = new Lexer(this.bytes, offset);
    const [n, g, obj] = [this.reader.read(lexer), this.reader.read(lexer), this.reader.read(lexer)];
    if (n !== num || g !== gen || obj === undefined || obj === null || !isWord(obj) || obj.word !== 'obj') return undefined;
    const value = this.reader.read(lexer);
    if (value === undefined || (value !== null && isWord(value))) return undefined;
    if (!(value instanceof Map)) return { value };
    const keyword = this.reader.read(lexer);
    if (keyword === undefined || keyword === null || !isWord(keyword) || keyword.word !== 'stream') return { value };
    let start = lexer.pos;
    if (this.bytes[start] === 0x0d) start++;
    if (this.bytes[start] === 0x0a) start++;
    return { value, stream: start };
  }

  /** The `index`th object of object stream `num` (itself placed at an offset, generation 0). */
  private inStream(num: number, index: number): Fetched {
    if (!this.objectStreams.has(num)) this.objectStreams.set(num, this.objectStream(num));
    const read = this.objectStreams.get(num);
    const at = read?.offsets[index];
    if (!read || at === undefined) return undefined;
    const value = this.reader.read(new Lexer(read.data, read.first + at));
    return value === undefined || (value !== null && isWord(value)) ? undefined : value;
  }

  private objectStream(num: number): { data: Uint8Array; first: number; offsets: number[] } | undefined {
    const entry = this.find(num);
    if (!entry || !('offset' in entry) || entry.gen !== 0) return undefined;
    const object = this.at(entry.offset, num, 0);
    if (!object || object.stream === undefined || !(object.value instanceof Map)) return undefined;
    const dict = object.value;
    const [first, count] = [this.get(dict.get('First')), this.get(dict.get('N'))];
    if (!Number.isInteger(first) || !Number.isInteger(count) || (first as number) < 0 || (count as number) < 0) return undefined;
    const data = this.reader.unpack(dict, this.reader.stored(dict, object.stream), Infinity);
    if (!data) return undefined;
    const header = new Lexer(data.subarray(0, first as number));
    const offsets: number[] = [];
    for (let k = 0; k < (count as number); k++) {
      const [n, at] = [this.reader.read(header), this.reader.read(header)];
      if (!Number.isInteger(n) || !Number.isInteger(at)) return undefined;
      offsets.push(at as number);
    }
    return { data, first: first as number, offsets };
  }
}

/**
 * Where pdf.js starts reading the cross-reference data (PDFDocument.startXRef):
 * after the first object of a linearized file, else where the last
 * `startxref` says; and a linearized file's first page (its /O), which pdf.js
 * fetches first.
 */
export function chainStart(bytes: Uint8Array, read: ChainReader['read']): { start: number | undefined; firstPage?: number } {
  return linearized(bytes, read) ?? { start: startxref(bytes) };
}

/** In a linearized file (its first object a /Linearized dictionary whose /L is the file's length), pdf.js starts after that object. */
function linearized(bytes: Uint8Array, read: ChainReader['read']): { start: number; firstPage?: number } | undefined {
  const lexer = new Lexer(bytes);
  const [, , , dict] = [read(lexer), read(lexer), read(lexer), read(lexer)];
  const level = dict instanceof Map ? dict.get('Linearized') : undefined;
  if (!(dict instanceof Map) || typeof level !== 'number' || level <= 0 || dict.get('L') !== bytes.length) return undefined;
  let at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf('endobj', 0, 'latin1');
  if (at < 0) return undefined;
  for (at += 6; at < bytes.length && bytes[at]! <= 0x20; at++);
  const first = dict.get('O');
  return Number.isInteger(first) ? { start: at, firstPage: first as number } : { start: at };
}

/** The offset the file's last `startxref` gives, as pdf.js reads it. */
function startxref(bytes: Uint8Array): number | undefined {
  const at = occurrences(bytes, 'startxref', [])[0];
  if (at === undefined) return undefined;
  let i = at + 9;
  while (i < bytes.length && bytes[i]! <= 0x20) i++;
  let digits = '';
  while (i < bytes.length && bytes[i]! >= 0x30 && bytes[i]! <= 0x39 && digits.length < 16) digits += String.fromCharCode(bytes[i++]!);
  return digits === '' ? 0 : Number(digits);
}

/** Where a link of the dictionary leads: an offset, or (as pdf.js takes it) a reference's number. */
export function links(dict: PdfDict, key: string): number[] {
  const value = dict.get(key);
  if (typeof value === 'number' && Number.isInteger(value)) return [value];
  return isRef(value) ? [value.num] : [];
}
