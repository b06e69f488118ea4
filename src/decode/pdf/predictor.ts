import type { PdfDict } from './syntax.js';

/**
 * Rows of a PNG-predicted stream (/Predictor 10–15) back to their bytes; the
 * data as it is for no predictor, TIFF's, or parameters that are no positive
 * whole numbers (no row can be cut by them).
 */
export function unpredict(data: Uint8Array, params: PdfDict): Uint8Array {
  const predictor = params.get('Predictor');
  if (typeof predictor !== 'number' || predictor < 10) return data;
  const [columns, colors, bits] = [param(params, 'Columns', 1), param(params, 'Colors', 1), param(params, 'BitsPerComponent', 8)];
  if (columns === undefined || colors === undefined || bits === undefined) return data;
  const pixel = Math.max(1, Math.ceil((colors * bits) / 8));
  const row = Math.ceil((columns * colors * bits) / 8);
  const rows = Math.floor(data.length / (row + 1));
  const out = new Uint8Array(rows * row);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (row + 1)]!;
    for (let k = 0; k < row; k++) {
      const raw = data[r * (row + 1) + 1 + k]!;
      const left = k >= pixel ? out[r * row + k - pixel]! : 0;
      const up = r > 0 ? out[(r - 1) * row + k]! : 0;
      const corner = r > 0 && k >= pixel ? out[(r - 1) * row + k - pixel]! : 0;
      const paeth = () => {
        const p = left + up - corner;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - corner)];
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : corner;
      };
      const add = [0, left, up, (left + up) >> 1, type === 4 ? paeth() : 0][type] ?? 0;
      out[r * row + k] = (raw + add) & 0xff;
    }
  }
  return out;
}

/** A positive whole number, or `fallback` where the key is absent; undefined for any other value. */
function param(params: PdfDict, key: string, fallback: number): number | undefined {
  const value = params.get(key);
  if (value === undefined) return fallback;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined;
}
