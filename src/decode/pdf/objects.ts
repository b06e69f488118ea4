import { Inflater } from './inflate.js';
import { holding, latin1, nameOccurrences, objectHeaders, occurrences, type Range } from './scan.js';
import { isName, isRef, isWord, Lexer, type PdfDict, type PdfValue } from './syntax.js';
import { xrefRows, type Entry } from './xref-stream.js';

/**
 * A PDF file's objects, read lazily: the cross-reference tables or streams
 * (following /Prev back through incremental updates, the newest entry of an
 * object winning), objects in object streams, and streams' bytes. Where the
 * cross-reference data is missing or wrong, the file is scanned once for
 * `n g obj` headers, as readers of damaged files do: a header found stands in
 * only for an object the cross-reference data does not place, and none inside
 * the data of a stream that data places counts (an embedded file's objects).
 */

/** An indirect object that is a stream: its dictionary and its bytes as stored. */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly data: Uint8Array,
  ) {}
}

type PdfObject = PdfValue | PdfStream;

/** References followed one after another at most (a chain `1 0 R` → `2 0 R` → …, or a loop). */
const maxHops = 32;
/**
 * Bytes read to parse objects, at most, per byte of the file (and of the
 * object streams unpacked, themselves bounded by the unpacking budget): an
 * object left unclosed reads to the end of the file, and a damaged file could
 * make every object do so.
 */
const readsPerByte = 4;

export class PdfFile {
  /** Where the cross-reference data places each object. */
  private readonly entries = new Map<number, Entry>();
  /** Where the scan found each object's last header: used only where the cross-reference data fails. */
  private found = new Map<number, number>();
  private readonly cache = new Map<number, PdfObject | undefined>();
  private readonly objectStreams = new Map<number, { data: Uint8Array; first: number; offsets: number[] } | null>();
  private scanned = false;
  /** An /Encrypt met by the scan of a file whose trailer was not read: its strings and streams are encrypted. */
  private encrypted = false;
  private trailer: PdfDict = new Map();
  /** Bytes that object parsing may still read. */
  private budget: number;
  /** Bytes read so far to parse objects and to find where streams end. */
  bytesRead = 0;
  /** Unpacks streams, within one budget for the file. */
  readonly inflater: Inflater;

  private constructor(private readonly bytes: Uint8Array) {
    this.budget = bytes.length * readsPerByte + 65_536;
    this.inflater = new Inflater(bytes.length);
  }

  /** The next value of `lexer`, counted against the budget; undefined once it is spent (a value it cuts short included). */
  private read(lexer: Lexer): ReturnType<Lexer['next']> {
    if (this.budget <= 0) return undefined;
    const from = lexer.pos;
    lexer.end = Math.min(lexer.bytes.length, from + this.budget);
    const value = lexer.next();
    const spent = Math.max(1, lexer.pos - from);
    this.bytesRead += spent;
    this.budget -= spent;
    if (lexer.pos < lexer.end || lexer.end === lexer.bytes.length) return value;
    this.budget = 0;
    return undefined;
  }

  /** The file's objects; undefined for a file that is encrypted or has no trailer to start from. */
  static open(bytes: Uint8Array): PdfFile | undefined {
    const file = new PdfFile(bytes);
    if (!file.readXref() || !file.trailer.has('Root')) file.scan();
    if (!file.trailer.has('Root') || file.trailer.has('Encrypt') || file.encrypted) return undefined;
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

  /**
   * A stream's bytes with its filters undone: Flate (with a PNG predictor) or
   * none; undefined for any other, and once the file's unpacking budget is
   * spent (what is left of it bounds each stream).
   */
  decode(stream: PdfStream): Uint8Array | undefined {
    const filter = this.get(stream.dict.get('Filter'));
    const filters = Array.isArray(filter) ? filter.map((f) => this.get(f)) : filter === undefined || filter === null ? [] : [filter];
    if (filters.length === 0) return stream.data;
    if (filters.length > 1 || !isName(filters[0] as PdfValue) || !['FlateDecode', 'Fl'].includes((filters[0] as { name: string }).name)) return undefined;
    const parms = this.get(stream.dict.get('DecodeParms'));
    const params = Array.isArray(parms) ? this.get(parms[0]) : parms;
    return this.inflater.inflate(stream.data, params instanceof Map ? params : undefined);
  }

  private object(num: number): PdfObject | undefined {
    if (this.cache.has(num)) return this.cache.get(num);
    // Marked first: an object whose /Length names itself ends here.
    this.cache.set(num, undefined);
    let value = this.load(num);
    if (value === undefined) {
      if (!this.scanned) this.scan();
      const at = this.found.get(num);
      if (at !== undefined) value = this.objectAt(at, num);
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
    // The search counts as reading, and goes no further than the budget: without an `endstream`, every stream would search to the file's end.
    if (this.budget <= 0) return start;
    const limit = Math.min(this.bytes.length, start + this.budget);
    const end = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, limit).indexOf('endstream', start, 'latin1');
    const spent = (end < 0 ? limit : end) - start;
    this.bytesRead += spent;
    this.budget -= spent;
    if (end < 0) return limit < this.bytes.length ? start : this.bytes.length;
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
      if (data && isWhole(first) && isWhole(count)) {
        const header = new Lexer(data.subarray(0, first));
        const offsets: number[] = [];
        for (let k = 0; k < count; k++) {
          header.next();
          const at = header.next();
          if (!isWhole(at)) break;
          offsets.push(at);
        }
        read = { data, first, offsets };
        // Parsing may read the unpacked bytes as it reads the file's: bounded, as unpacking is.
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
    const data = stream instanceof PdfStream ? this.decode(stream) : undefined;
    if (!(stream instanceof PdfStream) || !data) return undefined;
    const [W, Size, Index] = ['W', 'Size', 'Index'].map((key) => this.get(stream.dict.get(key)) as PdfValue | undefined);
    return xrefRows(data, { W, Size, Index }, this.bytes.length, keep) ? stream.dict : undefined;
  }

  /**
   * The scan of a damaged file: the objects' headers, outside the data of
   * streams the cross-reference data places; where no trailer was read, the
   * last `trailer` dictionary naming a /Root, else the last cross-reference
   * stream (its entries read, as a section is), else the last catalog.
   */
  private scan(): void {
    this.scanned = true;
    const known = this.knownStreams();
    const headers = objectHeaders(this.bytes, known);
    for (const { num, offset } of headers) this.found.set(num, offset);
    if (this.trailer.has('Root')) return;
    // Whichever dictionary stands in for the trailer, a damaged trailer or xref stream naming /Encrypt still says so.
    this.encrypted = nameOccurrences(this.bytes, '/Encrypt', known).length > 0;
    for (const at of occurrences(this.bytes, 'trailer', known)) {
      const trailer = this.read(new Lexer(this.bytes, at + 7));
      if (trailer instanceof Map && trailer.has('Root')) return void (this.trailer = trailer);
    }
    for (const header of holding(this.bytes, headers, '/XRef', known)) {
      const object = this.objectAt(header.offset, header.num);
      if (!(object instanceof PdfStream) || !hasType(object.dict, 'XRef')) continue;
      const trailer = this.readSection(header.offset);
      if (trailer?.has('Root') && !this.trailer.has('Root')) this.trailer = trailer;
    }
    if (this.trailer.has('Root')) return;
    for (const { num, offset } of holding(this.bytes, headers, '/Catalog', known)) {
      const object = this.objectAt(offset, num);
      if (object instanceof Map && hasType(object, 'Catalog')) return void (this.trailer = new Map([['Root', { num, gen: 0 }]]));
    }
  }

  /** The data of every stream the cross-reference data places, in file order (read and kept in the cache). */
  private knownStreams(): Range[] {
    const out: Range[] = [];
    for (const [num, entry] of this.entries) {
      if (!entry || !('offset' in entry)) continue;
      const object = this.cache.has(num) ? this.cache.get(num) : this.objectAt(entry.offset, num);
      // An entry that fails is left for the scan's header to stand in for.
      if (object !== undefined && !this.cache.has(num)) this.cache.set(num, object);
      if (object instanceof PdfStream) out.push([object.data.byteOffset - this.bytes.byteOffset, object.data.byteOffset - this.bytes.byteOffset + object.data.length]);
    }
    return out.sort((a, b) => a[0] - b[0]);
  }
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function hasType(dict: PdfDict, type: string): boolean {
  const value = dict.get('Type');
  return isName(value) && value.name === type;
}
