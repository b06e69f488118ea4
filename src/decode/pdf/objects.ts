import { constants, inflateSync } from 'node:zlib';
import { unpredict } from './predictor.js';
import { isName, isRef, isWord, Lexer, type PdfDict, type PdfValue } from './syntax.js';

/**
 * A PDF file's objects, read lazily: the cross-reference tables or streams
 * (following /Prev back through incremental updates, the newest entry of an
 * object winning), objects in object streams, and streams' bytes. Where the
 * cross-reference data is missing or wrong, the objects are found by one scan
 * of the file for `n g obj`, as readers of damaged files do.
 */

/** An indirect object that is a stream: its dictionary and its bytes as stored. */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly data: Uint8Array,
  ) {}
}

type Entry = { offset: number } | { stream: number; index: number } | null;
type PdfObject = PdfValue | PdfStream;

/** A decoded stream may not grow past this (a deflate bomb): the page is read without it. */
const maxDecoded = 256 * 1024 * 1024;
/** References followed one after another at most (a chain `1 0 R` → `2 0 R` → …, or a loop). */
const maxHops = 32;
/**
 * Bytes read to parse objects, at most, per byte of the file (and of the
 * object streams unpacked): an object left unclosed reads to the end of the
 * file, and a damaged file could make every object do so.
 */
const readsPerByte = 4;

export class PdfFile {
  private entries = new Map<number, Entry>();
  private readonly cache = new Map<number, PdfObject | undefined>();
  private readonly objectStreams = new Map<number, { data: Uint8Array; first: number; offsets: number[] } | null>();
  private scanned = false;
  private trailer: PdfDict = new Map();
  /** Bytes that object parsing may still read. */
  private budget: number;

  private constructor(private readonly bytes: Uint8Array) {
    this.budget = bytes.length * readsPerByte + 65_536;
  }

  /** The next value of `lexer`, counted against the budget; undefined once it is spent. */
  private read(lexer: Lexer): ReturnType<Lexer['next']> {
    if (this.budget <= 0) return undefined;
    const from = lexer.pos;
    const value = lexer.next();
    this.budget -= lexer.pos - from + 1;
    return value;
  }

  /** The file's objects; undefined for a file that is encrypted or has no trailer to start from. */
  static open(bytes: Uint8Array): PdfFile | undefined {
    const file = new PdfFile(bytes);
    if (!file.readXref()) file.scan();
    if (!file.trailer.has('Root') || file.trailer.has('Encrypt')) return undefined;
    return file;
  }

  /** The document catalog. */
  root(): PdfDict | undefined {
    const root = this.get(this.trailer.get('Root'));
    return root instanceof Map ? root : undefined;
  }

  /** The value, with references followed to the object they name (undefined for a missing one). */
  get(value: PdfValue | undefined): PdfObject | undefined {
    let current: PdfObject | undefined = value;
    for (let hops = 0; isRef(current as PdfValue) && hops < maxHops; hops++) current = this.object((current as { num: number }).num);
    return isRef(current as PdfValue) ? undefined : current;
  }

  /** A stream's bytes with its filters undone: Flate (with a PNG predictor) or none; undefined for any other. */
  decode(stream: PdfStream): Uint8Array | undefined {
    const filter = this.get(stream.dict.get('Filter'));
    const filters = Array.isArray(filter) ? filter.map((f) => this.get(f)) : filter === undefined || filter === null ? [] : [filter];
    if (filters.length === 0) return stream.data;
    if (filters.length > 1 || !isName(filters[0] as PdfValue) || !['FlateDecode', 'Fl'].includes((filters[0] as { name: string }).name)) return undefined;
    const parms = this.get(stream.dict.get('DecodeParms'));
    const params = Array.isArray(parms) ? this.get(parms[0]) : parms;
    try {
      // A stream cut short still gives what it holds, as pdf.js reads it.
      const data = new Uint8Array(inflateSync(stream.data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: maxDecoded }));
      return params instanceof Map ? unpredict(data, params) : data;
    } catch {
      return undefined;
    }
  }

  private object(num: number): PdfObject | undefined {
    if (this.cache.has(num)) return this.cache.get(num);
    // Marked first: an object whose /Length names itself ends here.
    this.cache.set(num, undefined);
    let value = this.load(num);
    if (value === undefined && !this.scanned) {
      this.scan();
      value = this.load(num);
    }
    this.cache.set(num, value);
    return value;
  }

  private load(num: number): PdfObject | undefined {
    const entry = this.entries.get(num);
    if (!entry) return undefined;
    if ('offset' in entry) return this.objectAt(entry.offset, num);
    return this.inStream(entry.stream, entry.index);
  }

  /** The object `num` defined at `offset` (`num gen obj value [stream … endstream]`). */
  private objectAt(offset: number, num: number): PdfObject | undefined {
    const lexer = new Lexer(this.bytes, offset);
    const [n, , obj] = [this.read(lexer), this.read(lexer), this.read(lexer)];
    if (n !== num || !(obj !== undefined && obj !== null && isWord(obj) && obj.word === 'obj')) return undefined;
    const value = this.read(lexer);
    if (value === undefined || (value !== null && isWord(value))) return undefined;
    if (!(value instanceof Map)) return value;
    const keyword = this.read(lexer);
    if (keyword === undefined || keyword === null || !isWord(keyword) || keyword.word !== 'stream') return value;
    // The data starts after the end of the `stream` line.
    let start = lexer.pos;
    if (this.bytes[start] === 0x0d) start++;
    if (this.bytes[start] === 0x0a) start++;
    return new PdfStream(value, this.bytes.subarray(start, this.streamEnd(value, start)));
  }

  /** Where a stream's data ends: by its /Length where `endstream` follows it, else at the next `endstream`. */
  private streamEnd(dict: PdfDict, start: number): number {
    const length = this.get(dict.get('Length'));
    if (typeof length === 'number' && length >= 0 && start + length <= this.bytes.length) {
      let i = start + length;
      while (i < this.bytes.length && (this.bytes[i] === 0x0d || this.bytes[i] === 0x0a || this.bytes[i] === 0x20)) i++;
      if (latin1(this.bytes, i, i + 9) === 'endstream') return start + length;
    }
    const end = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length).indexOf('endstream', start, 'latin1');
    // The search counts as reading: without an `endstream`, every stream would search to the file's end.
    this.budget -= (end < 0 ? this.bytes.length : end) - start;
    if (this.budget <= 0) return start;
    if (end < 0) return this.bytes.length;
    let stop = end;
    if (this.bytes[stop - 1] === 0x0a) stop--;
    if (this.bytes[stop - 1] === 0x0d) stop--;
    return Math.max(start, stop);
  }

  /** The `index`th object of object stream `num`. */
  private inStream(num: number, index: number): PdfObject | undefined {
    if (!this.objectStreams.has(num)) {
      const stream = this.get({ num, gen: 0 });
      const data = stream instanceof PdfStream ? this.decode(stream) : undefined;
      const first = stream instanceof PdfStream ? this.get(stream.dict.get('First')) : undefined;
      const count = stream instanceof PdfStream ? this.get(stream.dict.get('N')) : undefined;
      let read: { data: Uint8Array; first: number; offsets: number[] } | null = null;
      if (data && typeof first === 'number' && typeof count === 'number') {
        const header = new Lexer(data.subarray(0, first));
        const offsets: number[] = [];
        for (let k = 0; k < count; k++) {
          header.next();
          const at = header.next();
          if (typeof at !== 'number') break;
          offsets.push(at);
        }
        read = { data, first, offsets };
        this.budget += data.length * readsPerByte;
      }
      this.objectStreams.set(num, read);
    }
    const read = this.objectStreams.get(num);
    const at = read?.offsets[index];
    if (!read || at === undefined) return undefined;
    const value = this.read(new Lexer(read.data, read.first + at));
    return value === undefined || (value !== null && isWord(value)) ? undefined : value;
  }

  /** Reads the cross-reference sections from the last one back; false where one cannot be read. */
  private readXref(): boolean {
    const tail = latin1(this.bytes, Math.max(0, this.bytes.length - 2048), this.bytes.length);
    const at = tail.lastIndexOf('startxref');
    if (at < 0) return false;
    let offset = new Lexer(this.bytes, this.bytes.length - tail.length + at + 9).next();
    const seen = new Set<number>();
    while (typeof offset === 'number' && !seen.has(offset)) {
      seen.add(offset);
      const trailer = this.readSection(offset);
      if (!trailer) return false;
      if (this.trailer.size === 0) this.trailer = trailer;
      // A file updated by a writer that keeps older readers: its new objects' compressed entries are in /XRefStm.
      const hybrid = trailer.get('XRefStm');
      if (typeof hybrid === 'number' && !seen.has(hybrid)) this.readSection(hybrid);
      offset = trailer.get('Prev');
    }
    return this.trailer.size > 0;
  }

  /** One cross-reference section at `offset`, a table or a stream: its entries kept where no newer one is; its trailer dictionary. */
  private readSection(offset: number): PdfDict | undefined {
    const lexer = new Lexer(this.bytes, offset);
    const first = this.read(lexer);
    const keep = (num: number, entry: Entry) => {
      if (!this.entries.has(num)) this.entries.set(num, entry);
    };
    if (first !== undefined && first !== null && isWord(first) && first.word === 'xref') {
      for (let token = this.read(lexer); typeof token === 'number'; token = this.read(lexer)) {
        const count = this.read(lexer);
        if (typeof count !== 'number') return undefined;
        for (let k = 0; k < count; k++) {
          const [at, , kind] = [this.read(lexer), this.read(lexer), this.read(lexer)];
          if (typeof at !== 'number' || kind === undefined || kind === null || !isWord(kind)) return undefined;
          keep(token + k, kind.word === 'n' ? { offset: at } : null);
        }
      }
      const trailer = this.read(lexer);
      return trailer instanceof Map ? trailer : undefined;
    }
    if (typeof first !== 'number') return undefined;
    const stream = this.objectAt(offset, first);
    const widths = stream instanceof PdfStream ? this.get(stream.dict.get('W')) : undefined;
    const data = stream instanceof PdfStream ? this.decode(stream) : undefined;
    if (!(stream instanceof PdfStream) || !data || !Array.isArray(widths) || widths.length < 3 || !widths.every((w) => typeof w === 'number')) return undefined;
    const [w0, w1, w2] = widths as number[];
    const size = this.get(stream.dict.get('Size'));
    const index = this.get(stream.dict.get('Index'));
    const ranges = Array.isArray(index) ? (index as number[]) : [0, typeof size === 'number' ? size : 0];
    const field = (at: number, width: number, fallback: number) => {
      if (width === 0) return fallback;
      let v = 0;
      for (let k = 0; k < width; k++) v = v * 256 + (data[at + k] ?? 0);
      return v;
    };
    let at = 0;
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      for (let k = 0; k < ranges[r + 1]! && at + w0! + w1! + w2! <= data.length; k++, at += w0! + w1! + w2!) {
        const type = field(at, w0!, 1);
        const a = field(at + w0!, w1!, 0);
        const b = field(at + w0! + w1!, w2!, 0);
        keep(ranges[r]! + k, type === 1 ? { offset: a } : type === 2 ? { stream: a, index: b } : null);
      }
    }
    return stream.dict;
  }

  /** Every `n g obj` of the file, the last definition of each number winning; the last `trailer` (or cross-reference stream) as the trailer. */
  private scan(): void {
    // Objects read so far stay: they were found where the cross-reference data said.
    this.scanned = true;
    const entries = new Map<number, Entry>();
    const text = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length);
    for (let at = text.indexOf('obj', 0, 'latin1'); at >= 0; at = text.indexOf('obj', at + 3, 'latin1')) {
      const start = objectStart(this.bytes, at);
      if (start !== undefined) entries.set(start.num, { offset: start.offset });
    }
    this.entries = new Map([...this.entries].filter(([, e]) => e !== null && 'stream' in e).concat([...entries]));
    const trailerAt = text.lastIndexOf('trailer', undefined, 'latin1');
    const trailer = trailerAt >= 0 ? new Lexer(this.bytes, trailerAt + 7).next() : undefined;
    if (trailer instanceof Map && trailer.has('Root')) this.trailer = trailer;
  }
}

/** The number and offset of the object whose `obj` keyword is at `at` (`12 0 obj`), read backwards; undefined where none is. */
function objectStart(bytes: Uint8Array, at: number): { num: number; offset: number } | undefined {
  const digit = (i: number) => bytes[i]! >= 0x30 && bytes[i]! <= 0x39;
  const blank = (i: number) => bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09 || bytes[i] === 0x0c || bytes[i] === 0x00;
  const letter = bytes[at + 3];
  if (letter !== undefined && !blank(at + 3) && letter !== 0x3c && letter !== 0x5b && letter !== 0x2f && letter !== 0x28) return undefined;
  let i = at - 1;
  const skip = (test: (i: number) => boolean, most: number) => {
    const from = i;
    while (i >= 0 && from - i < most && test(i)) i--;
    return from - i;
  };
  if (skip(blank, 8) === 0 || skip(digit, 5) === 0 || skip(blank, 8) === 0) return undefined;
  const end = i + 1;
  if (skip(digit, 10) === 0 || (i >= 0 && !blank(i) && bytes[i] !== 0x3e && bytes[i] !== 0x5d)) return undefined;
  return { num: Number(latin1(bytes, i + 1, end)), offset: i + 1 };
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(to, bytes.length) - from)).toString('latin1');
}
