import type { Reporter } from '../core/diagnostic.js';
import type { DecodedTable } from '../decode/types.js';
import type { Line } from '../normalize/types.js';
import { columnRole } from './cells.js';
import { readRows, tabCells } from './row-tables.js';
import type { FoundTable } from './types.js';

/**
 * Tables the decoder read from markup (HTML, Word): their rows are known, so
 * they are used as they are instead of being detected again from the
 * tab-separated lines. The grid's decoded lines are found among the
 * normalized lines by `Line.line`; a grid whose lines normalization changed
 * (a different number of rows or cells) is left to the row reader.
 */
export function findGridTables(lines: readonly Line[], grids: readonly DecodedTable[], taken: boolean[], reporter: Reporter, nextId: () => string): FoundTable[] {
  const found: FoundTable[] = [];
  let i = 0;
  for (const grid of grids) {
    while (i < lines.length && lines[i]!.line < grid.firstLine) i++;
    const rows: number[] = [];
    let j = i;
    for (; j < lines.length && lines[j]!.line <= grid.lastLine; j++) if (!lines[j]!.blank) rows.push(j);
    i = j;
    if (!matches(lines, rows, grid)) continue;
    const headerRow = grid.rows.findIndex((row) => row.filter((c) => columnRole(c) !== null).length >= 2);
    if (headerRow < 0) continue;
    const start = rows[headerRow]!;
    if (taken[start]) continue;
    const table = readRows(lines, start, tabCells(lines[start]!)!, tabCells, taken, reporter, nextId(), 'tab-separated', { last: rows[rows.length - 1]! });
    if (table) found.push(table);
  }
  return found;
}

/** The normalized lines are the grid's rows, cell for cell. */
function matches(lines: readonly Line[], rows: readonly number[], grid: DecodedTable): boolean {
  if (rows.length !== grid.rows.length) return false;
  return rows.every((index, r) => lines[index]!.text.split('\t').length === grid.rows[r]!.length);
}
