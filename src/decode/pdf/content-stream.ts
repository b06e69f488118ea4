/**
 * Just enough of a PDF content stream to list its marked content: each
 * `BMC`, `BDC` and `EMC` operator in order, with its tag and property list.
 *
 * One pass over the bytes, no recursion: operands (numbers, names, literal
 * and hex strings, arrays, dictionaries) are read onto a stack that each
 * operator clears, and an inline image (`BI … ID data EI`) is skipped whole,
 * since its data may hold any bytes.
 */

/** A PDF name (`/Span`), decoded. */
export interface PdfName {
  readonly name: string;
}

/** A dictionary's entries by key (without the slash). */
export type PdfDict = Map<string, PdfValue>;

/** An operand: a number, boolean, null, name, string (its bytes), array or dictionary. */
export type PdfValue = number | boolean | null | PdfName | Uint8Array | PdfValue[] | PdfDict;

/** A marked-content operator: `/Tag BMC`, `/Tag props BDC` (props a dictionary, or a name of the page's /Properties), `EMC`. */
export interface MarkedContent {
  op: 'BMC' | 'BDC' | 'EMC';
  /** The tag's name, null where the operand is no name (as pdf.js has it); absent for EMC. */
  tag?: string | null;
  properties?: PdfValue;
}

const space = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const delimiters = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

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

function isRegular(byte: number): boolean {
  return !space.has(byte) && !delimiters.has(byte);
}

/** An array or dictionary being read: its items so far (a dictionary's keys and values in turn). */
interface Open {
  kind: 'array' | 'dict';
  items: PdfValue[];
}

/** The marked-content operators of a content stream, in the order they are drawn. */
export function markedContent(bytes: Uint8Array): MarkedContent[] {
  const out: MarkedContent[] = [];
  let operands: PdfValue[] = [];
  const open: Open[] = [];
  const put = (value: PdfValue): void => {
    const top = open[open.length - 1];
    if (top) top.items.push(value);
    else operands.push(value);
  };
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const c = bytes[i]!;
    if (space.has(c)) {
      i++;
    } else if (c === 0x25) {
      // A comment runs to the end of the line.
      while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else if (c === 0x2f) {
      const [name, end] = readName(bytes, i + 1);
      put({ name });
      i = end;
    } else if (c === 0x28) {
      const [text, end] = readLiteral(bytes, i + 1);
      put(text);
      i = end;
    } else if (c === 0x3c && bytes[i + 1] === 0x3c) {
      open.push({ kind: 'dict', items: [] });
      i += 2;
    } else if (c === 0x3e && bytes[i + 1] === 0x3e) {
      if (open[open.length - 1]?.kind === 'dict') put(toDict(open.pop()!.items));
      i += 2;
    } else if (c === 0x3c) {
      const [text, end] = readHex(bytes, i + 1);
      put(text);
      i = end;
    } else if (c === 0x5b) {
      open.push({ kind: 'array', items: [] });
      i++;
    } else if (c === 0x5d) {
      if (open[open.length - 1]?.kind === 'array') put(open.pop()!.items);
      i++;
    } else if (!isRegular(c)) {
      // A stray `)`, `>`, `{` or `}`: nothing a content stream's operands hold.
      i++;
    } else {
      let end = i;
      while (end < n && isRegular(bytes[end]!)) end++;
      const word = latin1(bytes, i, end);
      i = end;
      if (isNumber(word)) put(Number(word));
      else if (word === 'true' || word === 'false') put(word === 'true');
      else if (word === 'null') put(null);
      else if (open.length > 0) continue;
      else {
        if (word === 'BI') i = skipInlineImage(bytes, i);
        else if (word === 'BMC' || word === 'BDC' || word === 'EMC') out.push(operator(word, operands));
        operands = [];
      }
    }
  }
  return out;
}

function operator(op: 'BMC' | 'BDC' | 'EMC', operands: readonly PdfValue[]): MarkedContent {
  if (op === 'EMC') return { op };
  const [tag, properties] = op === 'BDC' ? operands.slice(-2) : operands.slice(-1);
  const name = isName(tag) ? tag.name : null;
  return op === 'BDC' ? { op, tag: name, properties: properties ?? null } : { op, tag: name };
}

export function isName(value: PdfValue | undefined): value is PdfName {
  return typeof value === 'object' && value !== null && !(value instanceof Uint8Array) && !Array.isArray(value) && !(value instanceof Map);
}

function toDict(items: readonly PdfValue[]): PdfDict {
  const dict: PdfDict = new Map();
  for (let k = 0; k + 1 < items.length; k += 2) {
    const key = items[k];
    if (isName(key)) dict.set(key.name, items[k + 1]!);
  }
  return dict;
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += String.fromCharCode(bytes[k]!);
  return s;
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** A name after its slash, `#xx` escapes decoded (as UTF-8); and where it ends. */
function readName(bytes: Uint8Array, from: number): [string, number] {
  const out: number[] = [];
  let i = from;
  while (i < bytes.length && isRegular(bytes[i]!)) {
    const hi = bytes[i] === 0x23 && i + 2 < bytes.length ? hexValue(bytes[i + 1]!) : -1;
    const lo = hi >= 0 ? hexValue(bytes[i + 2]!) : -1;
    if (lo >= 0) {
      out.push(hi * 16 + lo);
      i += 3;
    } else out.push(bytes[i++]!);
  }
  return [new TextDecoder().decode(new Uint8Array(out)), i];
}

const escapes: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };

/** A literal string after its `(`: balanced parentheses kept, escapes read, each line end a line feed; and where it ends. */
function readLiteral(bytes: Uint8Array, from: number): [Uint8Array, number] {
  const out: number[] = [];
  let depth = 1;
  let i = from;
  while (i < bytes.length) {
    const c = bytes[i++]!;
    if (c === 0x5c) {
      if (i >= bytes.length) break;
      const e = bytes[i++]!;
      if (e >= 0x30 && e <= 0x37) {
        let code = e - 0x30;
        for (let k = 0; k < 2 && i < bytes.length && bytes[i]! >= 0x30 && bytes[i]! <= 0x37; k++) code = code * 8 + bytes[i++]! - 0x30;
        out.push(code & 0xff);
      } else if (e === 0x0d) {
        // A backslash at a line's end joins the lines.
        if (bytes[i] === 0x0a) i++;
      } else if (e !== 0x0a) out.push(escapes[e] ?? e);
    } else if (c === 0x28) {
      depth++;
      out.push(c);
    } else if (c === 0x29) {
      if (--depth === 0) break;
      out.push(c);
    } else if (c === 0x0d) {
      if (bytes[i] === 0x0a) i++;
      out.push(0x0a);
    } else out.push(c);
  }
  return [new Uint8Array(out), i];
}

/** A hex string after its `<`: white space skipped, an odd last digit followed by 0; and where it ends. */
function readHex(bytes: Uint8Array, from: number): [Uint8Array, number] {
  const out: number[] = [];
  let half = -1;
  let i = from;
  while (i < bytes.length && bytes[i] !== 0x3e) {
    const v = hexValue(bytes[i++]!);
    if (v < 0) continue;
    if (half < 0) half = v;
    else {
      out.push(half * 16 + v);
      half = -1;
    }
  }
  if (half >= 0) out.push(half * 16);
  return [new Uint8Array(out), i + 1];
}

/**
 * Past an inline image: its dictionary up to `ID`, one white-space byte, then
 * data up to an `EI` that stands alone (white space before it, and after it
 * or the stream's end). One forward scan.
 */
function skipInlineImage(bytes: Uint8Array, from: number): number {
  let i = from;
  // The dictionary holds names, numbers and arrays only: find the `ID` keyword among them.
  while (i < bytes.length) {
    if (bytes[i] === 0x49 && bytes[i + 1] === 0x44 && (i === 0 || !isRegular(bytes[i - 1]!)) && (i + 2 >= bytes.length || !isRegular(bytes[i + 2]!))) break;
    i++;
  }
  i += 3;
  for (; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 0x45 || bytes[i + 1] !== 0x49 || !space.has(bytes[i - 1]!)) continue;
    if (i + 2 >= bytes.length || space.has(bytes[i + 2]!)) return i + 2;
  }
  return bytes.length;
}
