/**
 * A scan of a file whose cross-reference data is missing or wrong: where its
 * `n g obj` headers are, and where a word (`trailer`, `/XRef`, `/Catalog`)
 * occurs, as readers of damaged files find them. Each search is one forward
 * pass over the bytes.
 */

/** An object header found: the object's number and where its `n g obj` starts. */
export interface Header {
  num: number;
  offset: number;
}

/** Stream data the cross-reference data vouches for, `[start, end)`: a header inside it is a stream's bytes (an embedded file), not an object. */
export type Range = readonly [number, number];

/** Every `n g obj` header of the file outside `skip`, in file order. */
export function objectHeaders(bytes: Uint8Array, skip: readonly Range[]): Header[] {
  const text = asBuffer(bytes);
  const out: Header[] = [];
  for (let at = text.indexOf('obj', 0, 'latin1'); at >= 0; at = text.indexOf('obj', at + 3, 'latin1')) {
    const start = objectStart(bytes, at);
    if (start !== undefined && !inside(skip, start.offset)) out.push(start);
  }
  return out;
}

/** Where `word` occurs outside `skip`, the last first. */
export function occurrences(bytes: Uint8Array, word: string, skip: readonly Range[]): number[] {
  const text = asBuffer(bytes);
  const out: number[] = [];
  for (let at = text.indexOf(word, 0, 'latin1'); at >= 0; at = text.indexOf(word, at + word.length, 'latin1')) if (!inside(skip, at)) out.push(at);
  return out.reverse();
}

/** Where the name `word` (`/Encrypt`) occurs outside `skip`, the last first: followed by a blank, a delimiter or the file's end, so that `/Encrypt` is not found in `/EncryptMetadata`. */
export function nameOccurrences(bytes: Uint8Array, word: string, skip: readonly Range[]): number[] {
  return occurrences(bytes, word, skip).filter((at) => ends(bytes[at + word.length]));
}

/** Bytes that end a name: blanks and the delimiters `( ) < > [ ] { } / %`. */
const nameEnds = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

function ends(byte: number | undefined): boolean {
  return byte === undefined || nameEnds.has(byte);
}

/** The headers whose objects hold `word` outside `skip`, the last first, each once. */
export function holding(bytes: Uint8Array, headers: readonly Header[], word: string, skip: readonly Range[]): Header[] {
  return holdersOf(headers, occurrences(bytes, word, skip));
}

/** The headers of the objects the offsets `ats` fall in, in their order, each once. */
export function holdersOf(headers: readonly Header[], ats: readonly number[]): Header[] {
  const out = new Set<Header>();
  for (const at of ats) {
    const header = headerBefore(headers, at);
    if (header) out.add(header);
  }
  return [...out];
}

/** The last header at or before `at` (the object a word found there belongs to), by bisection. */
export function headerBefore(headers: readonly Header[], at: number): Header | undefined {
  let [lo, hi] = [0, headers.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headers[mid]!.offset <= at) lo = mid + 1;
    else hi = mid;
  }
  return headers[lo - 1];
}

/** `at` lies in one of the ranges, sorted by start and not overlapping (by bisection). */
function inside(ranges: readonly Range[], at: number): boolean {
  let [lo, hi] = [0, ranges.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![0] <= at) lo = mid + 1;
    else hi = mid;
  }
  const range = ranges[lo - 1];
  return range !== undefined && at < range[1];
}

/** The number and offset of the object whose `obj` keyword is at `at` (`12 0 obj`), read backwards; undefined where none is. */
function objectStart(bytes: Uint8Array, at: number): Header | undefined {
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
  return { num: Number(Buffer.from(bytes.buffer, bytes.byteOffset + i + 1, end - i - 1).toString('latin1')), offset: i + 1 };
}

/** The bytes from `from` to `to` (cut to the file) as Latin-1 text. */
export function latin1(bytes: Uint8Array, from: number, to: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(to, bytes.length) - from)).toString('latin1');
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
