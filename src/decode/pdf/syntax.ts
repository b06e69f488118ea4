/**
 * PDF's token syntax, shared by the reader of page content streams and the
 * reader of the file's objects: numbers, names, literal and hex strings,
 * arrays, dictionaries, references (`12 0 R`) and bare words (operators,
 * `obj`, `stream`). One forward pass, no recursion: containers are built on
 * an explicit stack, so nesting depth costs no call stack.
 */

/** A PDF name (`/Span`), decoded. */
export interface PdfName {
  readonly name: string;
}

/** A reference to an indirect object (`12 0 R`). */
export interface PdfRef {
  readonly num: number;
  readonly gen: number;
}

/** A dictionary's entries by key (without the slash). */
export type PdfDict = Map<string, PdfValue>;

/** A value: a number, boolean, null, name, reference, string (its bytes), array or dictionary. */
export type PdfValue = number | boolean | null | PdfName | PdfRef | Uint8Array | PdfValue[] | PdfDict;

/** A bare word outside any container: an operator of a content stream, or a keyword of the file (`obj`, `stream`). */
export interface PdfWord {
  readonly word: string;
}

const space = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const delimiters = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

export function isSpace(byte: number | undefined): boolean {
  return byte !== undefined && space.has(byte);
}

export function isRegular(byte: number): boolean {
  return !space.has(byte) && !delimiters.has(byte);
}

export function isName(value: PdfValue | PdfWord | undefined): value is PdfName {
  return typeof value === 'object' && value !== null && 'name' in value;
}

export function isRef(value: PdfValue | undefined): value is PdfRef {
  return typeof value === 'object' && value !== null && 'num' in value && 'gen' in value;
}

export function isWord(value: PdfValue | PdfWord): value is PdfWord {
  return typeof value === 'object' && value !== null && 'word' in value;
}

/** `12`, `-3.5`, `.5`, `+4.`: a sign, digits and at most one point, with a digit somewhere. */
function isNumber(word: string): boolean {
  let digits = 0;
  let points = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (c === 0x2e) points++;
    else if (k > 0 || (c !== 0x2b && c !== 0x2d)) return false;
  }
  return digits > 0 && points <= 1;
}

/** An array or dictionary being read: its items so far (a dictionary's keys and values in turn). */
interface Open {
  kind: 'array' | 'dict';
  items: PdfValue[];
}

/** Reads values from `bytes`, from `pos` on, up to `end` (a reader that counts its work may move it). */
export class Lexer {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
    public end = bytes.length,
  ) {}

  /**
   * The next whole value, or a bare word met outside any container (left
   * read); undefined at the end. Inside a container `R` makes the two
   * numbers before it a reference, and other words are passed over.
   */
  next(): PdfValue | PdfWord | undefined {
    const { bytes } = this;
    const open: Open[] = [];
    while (this.pos < this.end) {
      const c = bytes[this.pos]!;
      let value: PdfValue;
      if (space.has(c)) {
        this.pos++;
        continue;
      } else if (c === 0x25) {
        // A comment runs to the end of the line.
        while (this.pos < this.end && bytes[this.pos] !== 0x0a && bytes[this.pos] !== 0x0d) this.pos++;
        continue;
      } else if (c === 0x2f) value = { name: this.readName() };
      else if (c === 0x28) value = this.readLiteral();
      else if (c === 0x3c && bytes[this.pos + 1] === 0x3c) {
        open.push({ kind: 'dict', items: [] });
        this.pos += 2;
        continue;
      } else if (c === 0x3e && bytes[this.pos + 1] === 0x3e) {
        this.pos += 2;
        if (open[open.length - 1]?.kind !== 'dict') continue;
        value = toDict(open.pop()!.items);
      } else if (c === 0x3c) value = this.readHex();
      else if (c === 0x5b) {
        open.push({ kind: 'array', items: [] });
        this.pos++;
        continue;
      } else if (c === 0x5d) {
        this.pos++;
        if (open[open.length - 1]?.kind !== 'array') continue;
        value = open.pop()!.items;
      } else if (!isRegular(c)) {
        // A stray `)`, `>`, `{` or `}`: no value holds it.
        this.pos++;
        continue;
      } else {
        const word = this.readWord();
        if (isNumber(word)) value = Number(word);
        else if (word === 'true' || word === 'false') value = word === 'true';
        else if (word === 'null') value = null;
        else if (open.length === 0) return { word };
        else {
          if (word === 'R') reference(open[open.length - 1]!.items);
          continue;
        }
      }
      const top = open[open.length - 1];
      if (!top) return value;
      top.items.push(value);
    }
    return undefined;
  }

  private readWord(): string {
    const { bytes } = this;
    let word = '';
    while (this.pos < this.end && isRegular(bytes[this.pos]!)) word += String.fromCharCode(bytes[this.pos++]!);
    return word;
  }

  /** A name after its slash, `#xx` escapes decoded (as UTF-8). */
  private readName(): string {
    const { bytes } = this;
    const out: number[] = [];
    this.pos++;
    while (this.pos < this.end && isRegular(bytes[this.pos]!)) {
      const hi = bytes[this.pos] === 0x23 && this.pos + 2 < this.end ? hexValue(bytes[this.pos + 1]!) : -1;
      const lo = hi >= 0 ? hexValue(bytes[this.pos + 2]!) : -1;
      if (lo >= 0) {
        out.push(hi * 16 + lo);
        this.pos += 3;
      } else out.push(bytes[this.pos++]!);
    }
    return new TextDecoder().decode(new Uint8Array(out));
  }

  /** A literal string after its `(`: balanced parentheses kept, escapes read, each line end a line feed. */
  private readLiteral(): Uint8Array {
    const { bytes } = this;
    const out: number[] = [];
    let depth = 1;
    this.pos++;
    while (this.pos < this.end) {
      const c = bytes[this.pos++]!;
      if (c === 0x5c) {
        if (this.pos >= this.end) break;
        const e = bytes[this.pos++]!;
        if (e >= 0x30 && e <= 0x37) {
          let code = e - 0x30;
          for (let k = 0; k < 2 && this.pos < this.end && bytes[this.pos]! >= 0x30 && bytes[this.pos]! <= 0x37; k++) code = code * 8 + bytes[this.pos++]! - 0x30;
          out.push(code & 0xff);
        } else if (e === 0x0d) {
          // A backslash at a line's end joins the lines.
          if (bytes[this.pos] === 0x0a) this.pos++;
        } else if (e !== 0x0a) out.push(escapes[e] ?? e);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (--depth === 0) break;
        out.push(c);
      } else if (c === 0x0d) {
        if (bytes[this.pos] === 0x0a) this.pos++;
        out.push(0x0a);
      } else out.push(c);
    }
    return new Uint8Array(out);
  }

  /** A hex string after its `<`: white space skipped, an odd last digit followed by 0. */
  private readHex(): Uint8Array {
    const { bytes } = this;
    const out: number[] = [];
    let half = -1;
    this.pos++;
    while (this.pos < this.end && bytes[this.pos] !== 0x3e) {
      const v = hexValue(bytes[this.pos++]!);
      if (v < 0) continue;
      if (half < 0) half = v;
      else {
        out.push(half * 16 + v);
        half = -1;
      }
    }
    if (half >= 0) out.push(half * 16);
    // Past the closing `>`, where there is one.
    if (this.pos < this.end) this.pos++;
    return new Uint8Array(out);
  }
}

const escapes: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** The two whole numbers last read, made a reference (`R` follows them). */
function reference(items: PdfValue[]): void {
  const gen = items[items.length - 1];
  const num = items[items.length - 2];
  if (!Number.isInteger(num) || !Number.isInteger(gen)) return;
  items.splice(items.length - 2, 2, { num: num as number, gen: gen as number });
}

function toDict(items: readonly PdfValue[]): PdfDict {
  const dict: PdfDict = new Map();
  for (let k = 0; k + 1 < items.length; k += 2) {
    const key = items[k];
    if (isName(key)) dict.set(key.name, items[k + 1]!);
  }
  return dict;
}
