import { maxOf } from '../core/arrays.js';

/** A table cell as read from markup, before layout into a grid. */
export interface MarkupCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

export interface GridResult {
  rows: string[][];
  /** Per cell: true where a row span from above copied the text in. */
  copied: boolean[][];
  /** How many cells a row span copied into the rows below. */
  copiedBySpan: number;
  /** Cells dropped, or whose span was cut, to keep the grid within `maxGridCells` (a span bomb). */
  clipped: number;
}

/** Widest grid laid out: no real table has more columns. */
export const maxGridColumns = 1000;
/** Most cells a grid may hold, so a few bytes of rowspan/colspan cannot ask for gigabytes. */
export const maxGridCells = 5_000_000;

/**
 * Lays rows of cells with rowspan/colspan into a rectangular grid. A column
 * span leaves the extra cells empty (a group row keeps its text in the first
 * cell); a row span copies the text down, so each row stays self-contained
 * (a lead agency merged over three tasks leads all three).
 *
 * The grid is bounded by what the rows can fill: a row span stops at the last
 * row, a column span at `maxGridColumns` (fewer when there are so many rows
 * that the grid would pass `maxGridCells`), and once the spans have filled
 * `maxGridCells` cells, later cells keep one cell each.
 */
export function layoutGrid(rows: readonly (readonly MarkupCell[])[]): GridResult {
  const grid: string[][] = [];
  const copiedGrid: boolean[][] = [];
  let copiedBySpan = 0;
  let clipped = 0;
  const width = Math.max(1, Math.min(maxGridColumns, Math.floor(maxGridCells / Math.max(1, rows.length))));
  let budget = maxGridCells;
  rows.forEach((cells, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of cells) {
      while (c < width && grid[r]![c] !== undefined) c++;
      if (c >= width) {
        clipped++;
        continue;
      }
      // Past the last row a row span has nothing to fill (as in browsers): that is no loss.
      const wantedRows = Math.max(1, Math.min(cell.rowSpan, rows.length - r));
      const wantedColumns = Math.max(1, cell.colSpan);
      let rowSpan = wantedRows;
      let colSpan = Math.min(wantedColumns, width - c);
      if (rowSpan * colSpan > budget) {
        rowSpan = 1;
        colSpan = 1;
      }
      if (rowSpan < wantedRows || colSpan < wantedColumns) clipped++;
      budget = Math.max(0, budget - rowSpan * colSpan);
      for (let dr = 0; dr < rowSpan; dr++) {
        const row = (grid[r + dr] ??= []);
        const copied = (copiedGrid[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) {
          row[c + dc] = dc === 0 ? cell.text : '';
          copied[c + dc] = dr > 0 && dc === 0;
        }
        if (dr > 0) copiedBySpan++;
      }
      c += colSpan;
    }
  });
  const used = Math.max(0, maxOf(grid.map((row) => row.length)));
  const filled = grid.slice(0, rows.length).map((row) => Array.from({ length: used }, (_, i) => row[i] ?? ''));
  const copied = filled.map((_, r) => Array.from({ length: used }, (_, i) => copiedGrid[r]?.[i] ?? false));
  return { rows: filled, copied, copiedBySpan, clipped };
}

/** One grid row as a tab-separated line; tabs and newlines inside cells become spaces. */
export function toTsvLine(row: readonly string[]): string {
  return row.map((cell) => cell.replace(/[\t\n\r]+/g, ' ').trim()).join('\t');
}

/** Deepest header read as one: Word tables rarely nest column headings more than three rows. */
const maxHeaderRows = 3;

/**
 * A header of two or three rows (“Cơ quan thực hiện” over “Chủ trì | Phối hợp”,
 * the other headings merged down beside it) as one row, each column's headings
 * joined top to bottom (“Cơ quan thực hiện Chủ trì”), so each column keeps a
 * heading that names its role. Returns `rows` itself when the first row is no
 * such band: it needs a cell merged down the band (or a second row empty but
 * for the sub-headings) and one spanning columns above the headings below it.
 */
export function mergeHeaderBand(rows: readonly (readonly MarkupCell[])[]): readonly (readonly MarkupCell[])[] {
  const first = rows[0] ?? [];
  const band = Math.min(maxHeaderRows, Math.max(1, maxOf(first.map((c) => c.rowSpan)), subHeadingsBelow(first, rows[1] ?? []) ? 2 : 1));
  if (band < 2 || rows.length <= band) return rows;
  if (!first.some((c) => c.colSpan > 1 && c.rowSpan < band) || first.some((c) => c.rowSpan > band)) return rows;
  if (rows.slice(1, band).some((row) => row.some((c) => c.rowSpan > band))) return rows;
  const width = first.reduce((n, c) => n + c.colSpan, 0);
  if (width > maxGridColumns) return rows;
  // Each slot holds the cell covering it, so a heading spanning several slots is read once per column.
  const slots: (MarkupCell | undefined)[][] = Array.from({ length: band }, () => []);
  for (let r = 0; r < band; r++) {
    let c = 0;
    for (const cell of rows[r]!) {
      while (c < width && slots[r]![c] !== undefined) c++;
      for (let dr = 0; dr < Math.min(cell.rowSpan, band - r); dr++) {
        for (let dc = 0; dc < cell.colSpan && c + dc < width; dc++) slots[r + dr]![c + dc] = cell;
      }
      c += cell.colSpan;
    }
  }
  const header: MarkupCell[] = Array.from({ length: width }, (_, c) => {
    const seen: MarkupCell[] = [];
    for (let r = 0; r < band; r++) {
      const cell = slots[r]![c];
      if (cell && !seen.includes(cell) && cell.text !== '') seen.push(cell);
    }
    return { text: seen.map((cell) => cell.text).join(' '), rowSpan: 1, colSpan: 1 };
  });
  return [header, ...rows.slice(band)];
}

/**
 * The second row of a header whose cells were left empty instead of merged:
 * text only under the headings spanning columns (“Chủ trì | Phối hợp” under
 * “Cơ quan thực hiện”), every other cell empty.
 */
function subHeadingsBelow(first: readonly MarkupCell[], second: readonly MarkupCell[]): boolean {
  // A title spanning the whole table is no group heading: some heading above must stand alone.
  if (!first.some((c) => c.colSpan > 1) || !first.some((c) => c.colSpan === 1) || first.some((c) => c.rowSpan > 1) || second.some((c) => c.rowSpan > 1 || c.colSpan > 1)) return false;
  const under: boolean[] = [];
  for (const cell of first) for (let k = 0; k < cell.colSpan; k++) under.push(cell.colSpan > 1);
  if (second.length !== under.length) return false;
  return second.every((c, k) => (under[k] ? c.text !== '' : c.text === ''));
}
