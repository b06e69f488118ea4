import { constants, inflateSync } from 'node:zlib';
import { unpredict } from './predictor.js';
import type { PdfDict } from './syntax.js';

/** Bytes that unpacking may give, at most, per byte of the file (a deflate bomb stops there)… */
const perByte = 8;
/** …and at least this many (a small file whose text compresses well), at most `most`. */
const least = 1024 * 1024;
const most = 256 * 1024 * 1024;

/**
 * Flate unpacking with one budget for the whole file: a file of a megabyte
 * cannot make its streams give gigabytes, one page at a time or all at once.
 */
export class Inflater {
  /** Bytes that unpacking may still give. */
  private budget: number;
  /** Bytes given (or, for a stream that passed the budget, worked through) so far. */
  bytesDecoded = 0;

  constructor(fileSize: number) {
    this.budget = Math.min(most, Math.max(least, fileSize * perByte));
  }

  /** The data unpacked, with a PNG predictor undone where `params` give one; undefined for damaged data or once the budget is spent. */
  inflate(data: Uint8Array, params: PdfDict | undefined): Uint8Array | undefined {
    if (this.budget <= 0) return undefined;
    let out: Uint8Array;
    try {
      // A stream cut short still gives what it holds, as pdf.js reads it.
      out = new Uint8Array(inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: this.budget }));
    } catch (error) {
      // Unpacked up to the budget and no further: that work is done, and the budget spent.
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        this.bytesDecoded += this.budget;
        this.budget = 0;
      }
      return undefined;
    }
    this.bytesDecoded += out.length;
    this.budget -= out.length;
    return params ? unpredict(out, params) : out;
  }
}
