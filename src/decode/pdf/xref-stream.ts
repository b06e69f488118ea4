import type { PdfValue } from './syntax.js';

/**
 * The rows of a cross-reference stream (PDF 1.5): each row a type and two
 * fields of the widths /W gives, for the object numbers /Index (or /Size)
 * names. Every figure is checked before a row is read, since a damaged or
 * hostile file can give any: widths of zero bytes never advance, and a count
 * of a billion objects would fill memory with entries no data backs.
 */

/** Where an object is: at an offset of the file, in an object stream, or nowhere (free). */
export type Entry = { offset: number } | { stream: number; index: number } | null;

/** A field wider than this holds no offset a file can have (and loses precision as a number). */
const maxWidth = 8;

/**
 * Calls `keep` for each row of `data`, in order; false where /W, /Size or
 * /Index are no whole numbers, or name more objects than a file of
 * `fileSize` bytes can hold. A range's count is cut to the rows the data holds.
 */
export function xrefRows(data: Uint8Array, fields: { W: PdfValue | undefined; Size: PdfValue | undefined; Index: PdfValue | undefined }, fileSize: number, keep: (num: number, entry: Entry) => void): boolean {
  const widths = fields.W;
  if (!Array.isArray(widths) || widths.length < 3 || !widths.slice(0, 3).every((w) => isCount(w, maxWidth))) return false;
  const [w0, w1, w2] = widths as number[];
  const row = w0! + w1! + w2!;
  if (row < 1) return false;
  const ranges = fields.Index === undefined ? [0, fields.Size] : fields.Index;
  if (!Array.isArray(ranges) || ranges.length % 2 !== 0 || !ranges.every((n) => isCount(n, fileSize))) return false;
  const field = (at: number, width: number, fallback: number) => {
    if (width === 0) return fallback;
    let v = 0;
    for (let k = 0; k < width; k++) v = v * 256 + data[at + k]!;
    return v;
  };
  let at = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    const count = Math.min(ranges[r + 1] as number, Math.floor((data.length - at) / row));
    for (let k = 0; k < count; k++, at += row) {
      const type = field(at, w0!, 1);
      const a = field(at + w0!, w1!, 0);
      const b = field(at + w0! + w1!, w2!, 0);
      keep((ranges[r] as number) + k, type === 1 ? { offset: a } : type === 2 ? { stream: a, index: b } : null);
    }
  }
  return true;
}

/** A whole number from 0 to `most`. */
function isCount(value: PdfValue | undefined, most: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= most;
}
