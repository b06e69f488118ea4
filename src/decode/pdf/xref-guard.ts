import { constants, inflateSync } from 'node:zlib';
import { unpredict } from './predictor.js';
import { holdersOf, objectHeaders, occurrences, type Header } from './scan.js';
import { isName, isRef, isWord, Lexer, type PdfDict, type PdfValue } from './syntax.js';
import { chainStart, ChainObjects, firstOf, knownTypes, links, streamEntries, tableEntries, type Entries } from './xref-chain.js';

/**
 * A look at a PDF's cross-reference data before pdf.js is given the file,
 * counting the work pdf.js would do on it. pdf.js reads every row a
 * cross-reference stream's /Index (or /Size) names while the data holds
 * one: rows of zero bytes (`/W [0 0 0]`) never run out, and a deflate bomb
 * holds millions, each an object pdf.js makes and keeps. It takes each
 * /Index range off the front of the array, in work that grows with the
 * square of their count. And repairing a damaged file, it follows the /Prev
 * chain again from every cross-reference stream it finds, each time anew:
 * that is counted only where pdf.js would repair, its `startxref` chain
 * failing (xref-chain.ts), so that a valid file of many updates passes.
 * Damage pdf.js repairs cheaply (a wrong startxref, a table cut short, a
 * /Size larger than the rows, a /Prev loop) costs little here, and passes.
 */

/** Work pdf.js may spend on the cross-reference data, in bytes read: this much for any file (a second or two)… */
const allowance = 2 ** 26;
/** …and this much more per byte of the file. */
const perByte = 16;
/** Making an entry costs pdf.js about as long as reading this many bytes. */
const entryCost = 8;
/** Entries pdf.js may make and keep (an object of some 100 bytes each): this many for any file, or one per byte of a larger one. */
const leastEntries = 2 ** 20;
/** A number of /Index moved to the front costs a pointer's copy: this many count as a byte read. */
const movesPerByte = 64;
/** Bytes this look may parse, per byte of the file (plus 64 KiB): sections that run on into one another (unclosed dictionaries), which pdf.js too would parse again and again, stop it there. */
const readsPerByte = 2;
/** Xref data is unpacked for counting its rows up to 16 MiB, or 8 bytes per byte of a larger file (objects.ts's unpacking budget), 256 MiB at most. */
const unpackLimits = { least: 2 ** 24, perByte: 8, most: 2 ** 28 };

/** What one section costs pdf.js to read, and where its /Prev (and /XRefStm) lead. */
interface Section {
  work: number;
  /** Entries pdf.js makes reading it. */
  entries: number;
  next: number[];
  /** What makes the section costly, for the message. */
  what: () => string;
  /** Where pdf.js reads the section whole: its trailer (or stream) dictionary, and its entries (undefined where they cannot be told). */
  read?: { dict: PdfDict; entries: Entries; table?: boolean } | undefined;
}

/** Why pdf.js must not be given the file, or undefined where its cross-reference data is no danger. */
export function xrefHazard(bytes: Uint8Array): string | undefined {
  return new XrefGuard(bytes).hazard();
}

class XrefGuard {
  private readonly budget: number;
  /** Bytes parsed (and searched for `endstream`) so far, and the most that may be. */
  private spent = 0;
  private readonly readLimit: number;
  private readonly sections = new Map<number, Section>();
  private headerList: Header[] | undefined;
  private byNumber: Map<number, number> | undefined;
  private readonly unpackLimit: number;
  private unpackLeft: number;

  constructor(private readonly bytes: Uint8Array) {
    this.budget = allowance + perByte * bytes.length;
    this.readLimit = readsPerByte * bytes.length + 65_536;
    this.unpackLimit = Math.min(unpackLimits.most, Math.max(unpackLimits.least, unpackLimits.perByte * bytes.length));
    this.unpackLeft = this.unpackLimit;
  }

  private total = 0;
  private reads = 0;
  private kept = 0;

  hazard(): string | undefined {
    const { start, firstPage } = chainStart(this.bytes, (lexer) => this.read(lexer));
    const chain: Section[] = [];
    const hazard = this.walk(start === undefined ? [] : [start], chain);
    if (hazard !== undefined || this.readable(chain, firstPage)) return hazard;
    // Its chain failing, pdf.js repairs the file: it reads every object holding `/XRef` as a section, each with its own /Prev chain anew.
    for (const header of this.xrefObjects()) {
      const found = this.walk([header.offset], []);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** The sections from `starts` on, in the order pdf.js reads them (XRef.readXRef, its queue), each once; each counted, and put in `chain`. */
  private walk(starts: number[], chain: Section[]): string | undefined {
    const queue = [...starts];
    const seen = new Set<number>();
    while (queue.length > 0) {
      const offset = queue.shift()!;
      if (seen.has(offset)) continue;
      seen.add(offset);
      const known = this.sections.size;
      const section = this.section(offset);
      chain.push(section);
      // Entries are kept once; a section read again costs its time again.
      if (this.sections.size > known) this.kept += section.entries;
      if (this.kept > Math.max(leastEntries, this.bytes.length) || section.work > this.budget) return `a cross-reference section at byte ${count(offset)} ${section.what()}`;
      this.total += section.work;
      this.reads++;
      if (this.spent > this.readLimit) return `its cross-reference sections run on into one another: reading them parses more than ${count(this.readLimit)} bytes`;
      if (this.total > this.budget) return `its ${count(this.sections.size)} cross-reference sections would be read ${count(this.reads)} times or more (a repair follows the /Prev chain anew from each cross-reference stream)`;
      for (const n of section.next) queue.push(n);
    }
    return undefined;
  }

  /**
   * pdf.js reads the file without repairing it: every section of the chain
   * read whole (one it drops loses the entries of those before it), and the
   * first one's /Root, its /Pages and page tree placed by their entries.
   */
  private readable(chain: Section[], firstPage: number | undefined): boolean {
    if (chain.length === 0 || !chain.every((s) => s.read)) return false;
    const find = firstOf(chain.map((s) => s.read!.entries));
    // pdf.js drops a table read while object 0 is placed in use.
    if (chain.some((s) => s.read!.table) && find(0)) return false;
    const reader = { read: (lexer: Lexer) => this.read(lexer), stored: (dict: PdfDict, start: number) => this.data(dict, start), unpack: (dict: PdfDict, stored: Uint8Array) => this.unpacked(dict, stored, this.unpackLeft).rows };
    // Fetching the page tree (from object streams, too) has its own allowance of bytes parsed and unpacked: it is no reading of sections, and leaves a repair the whole of both.
    const [spent, unpackLeft] = [this.spent, this.unpackLeft];
    this.spent = 0;
    const readable = new ChainObjects(this.bytes, find, reader).readable(chain[0]!.read!.dict, firstPage);
    [this.spent, this.unpackLeft] = [spent, unpackLeft];
    return readable;
  }

  /** The objects pdf.js's repair reads as cross-reference streams: those holding `/XRef` followed by a delimiter (not `/XRefStm`). */
  private xrefObjects(): Header[] {
    // pdf.js's own test: the byte after `/XRef` is below 0x40 (a blank, a delimiter or a digit, not a letter).
    return holdersOf(this.headers(), occurrences(this.bytes, '/XRef', []).filter((at) => (this.bytes[at + 5] ?? 0) < 0x40));
  }

  /** Every object header of the file, stream data included (a repair finds those too); one scan, when first asked for. */
  private headers(): Header[] {
    return (this.headerList ??= objectHeaders(this.bytes, []));
  }

  /** The next value from `lexer`, its bytes counted; undefined once the budget is spent. */
  private read(lexer: Lexer): ReturnType<Lexer['next']> {
    const from = lexer.pos;
    lexer.end = Math.min(lexer.bytes.length, from + Math.max(0, this.readLimit - this.spent) + 1);
    const value = lexer.next();
    this.spent += Math.max(1, lexer.pos - from);
    return this.spent > this.readLimit ? undefined : value;
  }

  /** A value with a reference followed once, to the object a header of that number starts (as a repair finds it). */
  private resolve(value: PdfValue | undefined): PdfValue | undefined {
    if (!isRef(value)) return value;
    this.byNumber ??= new Map(this.headers().map((h) => [h.num, h.offset]));
    const at = this.byNumber.get(value.num);
    if (at === undefined) return undefined;
    const lexer = new Lexer(this.bytes, at);
    const [, , obj] = [this.read(lexer), this.read(lexer), this.read(lexer)];
    if (obj === undefined || obj === null || !isWord(obj as PdfValue) || (obj as { word: string }).word !== 'obj') return undefined;
    const found = this.read(lexer);
    return found === undefined || (found !== null && isWord(found)) ? undefined : found;
  }

  private section(offset: number): Section {
    let section = this.sections.get(offset);
    if (!section) {
      const before = this.spent;
      section = this.readSection(offset);
      section.work += this.spent - before;
      this.sections.set(offset, section);
    }
    return section;
  }

  private readSection(offset: number): Section {
    const none: Section = { work: 0, entries: 0, next: [], what: () => '' };
    if (offset < 0 || offset >= this.bytes.length) return none;
    const lexer = new Lexer(this.bytes, offset);
    const first = this.read(lexer);
    if (first !== undefined && first !== null && isWord(first) && first.word === 'xref') return this.table(lexer);
    if (typeof first !== 'number') return none;
    const [, obj, dict] = [this.read(lexer), this.read(lexer), this.read(lexer)];
    if (obj === undefined || obj === null || !isWord(obj) || obj.word !== 'obj' || !(dict instanceof Map)) return none;
    const keyword = this.read(lexer);
    if (keyword === undefined || keyword === null || !isWord(keyword) || keyword.word !== 'stream') return none;
    return this.stream(dict, lexer.pos);
  }

  /** A table: its rows up to the first that is not one (pdf.js stops there, trailer unread); its trailer's links, /XRefStm first. */
  private table(lexer: Lexer): Section {
    let rows = 0;
    let token = this.read(lexer);
    let whole = true;
    const subsections: [number, number[]][] = [];
    for (; whole && typeof token === 'number'; token = this.read(lexer)) {
      const size = this.read(lexer);
      whole = Number.isInteger(token) && Number.isInteger(size);
      const found: number[] = [];
      subsections.push([token, found]);
      for (let k = 0; whole && k < (size as number); k++, rows++) {
        const [at, gen, kind] = [this.read(lexer), this.read(lexer), this.read(lexer)];
        const used = kind !== undefined && kind !== null && isWord(kind) ? ['f', 'n'].indexOf(kind.word) : -1;
        whole = Number.isInteger(at) && Number.isInteger(gen) && used >= 0;
        found.push(at as number, gen as number, used);
      }
      // A subsection said to start at 1 whose first row is free starts at 0 (pdf.js's fix for a common writer's slip).
      if (token === 1 && found[2] === 0) subsections[subsections.length - 1]![0] = 0;
    }
    const trailer = whole && token !== undefined && token !== null && isWord(token) && token.word === 'trailer' ? this.read(lexer) : undefined;
    const stm = trailer instanceof Map ? trailer.get('XRefStm') : undefined;
    const next = trailer instanceof Map ? [...(Number.isInteger(stm) ? [stm as number] : []), ...links(trailer, 'Prev')] : [];
    const read = trailer instanceof Map ? { dict: trailer, entries: tableEntries(subsections), table: true } : undefined;
    return { work: rows * entryCost, entries: rows, next, what: () => `holds ${count(rows)} rows`, read };
  }

  /** A cross-reference stream whose data starts at `start`: the rows pdf.js reads from it. */
  private stream(dict: PdfDict, start: number): Section {
    if (this.bytes[start] === 0x0d) start++;
    if (this.bytes[start] === 0x0a) start++;
    const next = links(dict, 'Prev');
    const widths = this.resolve(dict.get('W'));
    const index = this.resolve(dict.get('Index'));
    const ranges = index === undefined || index === null ? [0, this.resolve(dict.get('Size'))] : index;
    if (!Array.isArray(widths) || widths.length < 3 || !widths.slice(0, 3).every(Number.isInteger) || !Array.isArray(ranges)) return { work: 0, entries: 0, next, what: () => '' };
    // A negative width reads no byte, as one of zero does.
    const row = (widths.slice(0, 3) as number[]).reduce((sum, w) => sum + Math.max(0, w), 0);
    // The ranges pdf.js goes through: up to the first that is not two whole numbers.
    const pairs: [number, number][] = [];
    for (let r = 0; r < ranges.length && Number.isInteger(ranges[r]) && Number.isInteger(ranges[r + 1]); r += 2) pairs.push([ranges[r] as number, Math.max(0, ranges[r + 1] as number)]);
    const total = pairs.reduce((sum, [, size]) => sum + size, 0);
    const unpacked = row === 0 ? { length: 0 } : this.unpacked(dict, this.data(dict, start), total * row, total);
    const data = unpacked.length;
    if (data === Infinity) return { work: Infinity, entries: 0, next, what: () => `unpacks to more than ${count(this.unpackLimit)} bytes of rows (a deflate bomb)` };
    let [entries, moves, taken] = [0, 0, 0];
    for (const [, size] of pairs) {
      const rows = row === 0 ? size : Math.min(size, Math.floor(data / row) - entries);
      entries += rows;
      taken++;
      // A range cut short by the data's end ends the reading; a whole one is taken off the front of the array.
      if (rows < size) break;
      moves += ranges.length - 2 * taken;
    }
    const work = entries * entryCost + Math.ceil(moves / movesPerByte) + Math.min(entries * row, data);
    const what = () => (row === 0 ? `has rows of zero bytes (/W [${widths.slice(0, 3).join(' ')}]) for ${count(entries)} objects` : moves / movesPerByte > entries * entryCost ? `has an /Index of ${count(taken)} ranges` : `has ${count(entries)} rows in a file of ${count(this.bytes.length)} bytes`);
    // pdf.js drops the section where a range is no two whole numbers, the rows run out or one has an unknown type.
    const w = (widths.slice(0, 3) as number[]).map((n) => Math.max(0, n));
    const rowsBytes = row === 0 ? new Uint8Array(0) : unpacked.rows;
    const whole = 2 * pairs.length === ranges.length && entries === total && rowsBytes !== undefined && knownTypes(rowsBytes, w, entries);
    return { work, entries, next, what, read: whole ? { dict, entries: streamEntries(rowsBytes, w, pairs) } : undefined };
  }

  /** The stream's bytes as stored: by its /Length where `endstream` follows, else up to the next `endstream`. */
  private data(dict: PdfDict, start: number): Uint8Array {
    const length = dict.get('Length');
    if (typeof length === 'number' && Number.isInteger(length) && length >= 0 && start + length <= this.bytes.length) return this.bytes.subarray(start, start + length);
    const limit = Math.min(this.bytes.length, start + Math.max(0, this.readLimit - this.spent));
    const end = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, limit).indexOf('endstream', start, 'latin1');
    this.spent += (end < 0 ? limit : end) - start;
    return this.bytes.subarray(start, end < 0 ? limit : end);
  }

  /**
   * The length of the stream's data as pdf.js reads it, up to `wanted` bytes
   * of `count` rows (Infinity where more are wanted than may be unpacked and
   * the data holds more), and those rows, a PNG predictor undone, where they
   * can be told (no filter, or Flate alone, unpacked whole).
   */
  private unpacked(dict: PdfDict, stored: Uint8Array, wanted: number, count = 0): { length: number; rows?: Uint8Array } {
    const filter = this.resolve(dict.get('Filter'));
    const name = Array.isArray(filter) && filter.length === 1 ? this.resolve(filter[0]) : filter;
    if (filter === undefined || filter === null) return { length: Math.min(stored.length, wanted), rows: stored };
    // Other filters are taken at their stored size (pdf.js's LZW or run-length data unpack to more).
    if (!isName(name as PdfValue) || !['FlateDecode', 'Fl'].includes((name as { name: string }).name)) return { length: Math.min(stored.length, wanted) };
    const params = this.resolve(dict.get('DecodeParms'));
    const predicted = params instanceof Map && typeof params.get('Predictor') === 'number' && (params.get('Predictor') as number) >= 10;
    // A PNG predictor adds a byte to each row.
    const most = Math.min(wanted + (predicted ? count : 0), this.unpackLeft);
    try {
      const out = inflateSync(stored, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, most) });
      this.unpackLeft -= out.length;
      return { length: Math.min(out.length, wanted), rows: predicted ? unpredict(out, params) : out };
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') return { length: 0 };
      this.unpackLeft -= most;
      return { length: most < wanted ? Infinity : Math.min(most, wanted) };
    }
  }
}

function count(n: number): string {
  return n.toLocaleString('en');
}
