import type { PdfDict } from './syntax.js';

/** Rows of a PNG-predicted stream (/Predictor 10–15) back to their bytes; the data as it is for no predictor or TIFF's. */
export function unpredict(data: Uint8Array, params: PdfDict): Uint8Array {
  const predictor = params.get('Predictor');
  if (typeof predictor !== 'number' || predictor < 10) return data;
  const columns = typeof params.get('Columns') === 'number' ? (params.get('Columns') as number) : 1;
  const colors = typeof params.get('Colors') === 'number' ? (params.get('Colors') as number) : 1;
  const bits = typeof params.get('BitsPerComponent') === 'number' ? (params.get('BitsPerComponent') as number) : 8;
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
