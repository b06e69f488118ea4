import type { Reporter } from '../core/diagnostic.js';
import { createInterner } from '../core/strings.js';
import type { DecodedTable } from '../decode/types.js';
import type { NormalizedText } from '../normalize/types.js';
import { demoteWithoutAgency } from './cells.js';
import { findCellTables } from './cell-tables.js';
import { findGridTables } from './grid-tables.js';
import { findRowTables } from './row-tables.js';
import { findBrokenRowTables } from './web-broken-rows.js';
import { findWebCellTables } from './web-cells.js';
import type { FoundTable } from './types.js';

export type { FoundTable } from './types.js';

/**
 * Every table in the text, in document order, with the lines each occupies.
 * Tables the decoder read from markup (`grids`) are used as they are first.
 * Row layouts (pipe rows broken across lines, tabs, pipe rows) are read first; then cell streams (`|` lines,
 * one paragraph per cell), then the web portal's `|` cell rows among the
 * lines left.
 */
export function findTables(normalized: NormalizedText, reporter: Reporter, grids: readonly DecodedTable[] = []): FoundTable[] {
  const taken = new Array<boolean>(normalized.lines.length).fill(false);
  let n = 0;
  const nextId = () => `t${++n}`;
  const found = [
    ...findGridTables(normalized.lines, grids, taken, reporter, nextId),
    // Before whole pipe rows: a header row whose rows the crawler broke across lines is not read as a table of its header alone.
    ...findBrokenRowTables(normalized.text, normalized.lines, taken, reporter, nextId),
    ...findRowTables(normalized.lines, taken, reporter, nextId),
    ...findCellTables(normalized.text, normalized.lines, taken, reporter, nextId),
    ...findWebCellTables(normalized.text, normalized.lines, taken, reporter, nextId),
  ].sort((a, b) => a.firstLine - b.firstLine);
  for (const f of found) demoteWithoutAgency(f.table.columns);
  // Ids follow document order.
  const tables = found.map((f, i) => renumber(f, `t${i + 1}`));
  shareTexts(tables);
  return tables;
}

/** Repeated cell texts (an agency, a time, row after row) kept as one string each. */
function shareTexts(tables: readonly FoundTable[]): void {
  const intern = createInterner();
  for (const { table } of tables) {
    for (const column of table.columns) column.header = intern(column.header);
    for (const cell of table.header) cell.text = intern(cell.text);
    for (const row of table.rows) {
      for (const cell of row.cells) cell.text = intern(cell.text);
      if (row.group !== null) row.group = intern(row.group);
    }
  }
}

function renumber(found: FoundTable, id: string): FoundTable {
  const old = found.table.id;
  if (old === id) return found;
  const rows = found.table.rows.map((r) => ({ ...r, id: id + r.id.slice(old.length) }));
  return { ...found, table: { ...found.table, id, rows } };
}
