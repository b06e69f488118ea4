import type { Reporter } from '../core/diagnostic.js';
import { rule } from '../grammar/registry.js';
import type { Line } from '../normalize/types.js';
import { addGroupRow, addRow, emptyCell, readGroup, startTable } from './cells.js';
import type { Cell } from './types.js';

/** Rows of the web portal's `|` cell tables (web-cells.ts) and broken pipe rows (web-broken-rows.ts) to their columns. */

/** A row as a group row (a label and a title, the rest merged or empty) or a data row filled to the header's width. */
export function placeRow(builder: ReturnType<typeof startTable>, id: string, row: Cell[], width: number, at: Line, reporter: Reporter): void {
  const head = row[0]!.text;
  const group = readGroup(head);
  const numberColumn = builder.columns.findIndex((c) => c.role === 'number');
  const rest = row.slice(1);
  const isGroup = group && rest.filter((c) => c.text !== '').length <= 1 && (rest.length < width - 1 || rest.slice(1).every((c) => c.text === ''));
  if (isGroup) {
    const title = rest[0]?.text ?? '';
    addGroupRow(builder, id, row, group.label, title || group.text, at);
    return;
  }
  if (row.length === 1 && group) {
    addGroupRow(builder, id, row, group.label, group.text, at);
    return;
  }
  const cells = row.length < width && numberColumn === 0 ? fillMerged(builder, row, width, reporter) : padded(row, width, at);
  addRow(builder, id, cells, at, reporter);
}

/** A short row filled with empty cells at its end, so no column is ever a hole. */
function padded(row: Cell[], width: number, at: Line | null): Cell[] {
  const out = row.slice();
  const last = row[row.length - 1]!;
  while (out.length < width) out.push(at ? emptyCell(at) : { text: '', span: { offset: last.span.offset + last.span.length, length: 0, line: last.span.line } });
  return out;
}

/**
 * A row under a cell merged down from the row above lacks that cell. The
 * columns merged over several tasks are the agencies first (one lead for a
 * group of tasks), then the time: those columns are taken as the missing ones,
 * the row's cells fill the others in order, and each missing column takes the
 * cell above it (as a row span does in HTML).
 */
function fillMerged(builder: ReturnType<typeof startTable>, row: Cell[], width: number, reporter: Reporter): Cell[] {
  const roles = builder.columns.map((c) => c.role);
  let above = builder.rows[builder.rows.length - 1];
  for (let r = builder.rows.length - 1; r >= 0 && above?.kind !== 'row'; r--) above = builder.rows[r];
  if (above?.kind !== 'row') return padded(row, width, null);
  const missing = new Set<number>();
  for (const role of mergedFirst) {
    const i = roles.indexOf(role);
    if (i > 0 && missing.size < width - row.length && above.cells[i]?.text) missing.add(i);
  }
  if (missing.size < width - row.length) return padded(row, width, null);
  const out: Cell[] = [];
  let next = 0;
  for (let i = 0; i < width; i++) out.push(missing.has(i) ? above.cells[i]! : row[next++]!);
  reporter.report('tables/merged-cell', `Row ${row[0]!.text} lacks ${missing.size} cell(s) merged down from the row above; they were copied from it.`, { span: row[0]!.span });
  return out;
}

/** Where a new row can start: a row number, a letter or bullet, or a group label. */
export function startsRow(cell: Cell | undefined): boolean {
  if (!cell || cell.text === '') return false;
  return rule('tables.rowNumber').test(cell.text) || rule('tables.rowMark').test(cell.text) || readGroup(cell.text) !== null;
}

const mergedFirst = ['lead', 'coordinating', 'timeframe'] as const;

/**
 * A row of a pipe table broken across lines (web-broken-rows.ts). A row of
 * empty cells is filler. A group label alone in a later cell (the number cell
 * before it empty), with at most its title in the next cell, heads a group.
 * Under a number column, a first cell holding the row's text means the number
 * cell was merged away: the crawler pads such a row at its end, so an empty
 * last cell gives way to an empty number cell.
 */
export function placeBrokenRow(builder: ReturnType<typeof startTable>, id: string, row: Cell[], width: number, at: Line, reporter: Reporter): void {
  const filled = row.filter((c) => c.text !== '');
  if (filled.length === 0) return;
  const first = row.findIndex((c) => c.text !== '');
  // A label, then at most its title in the next cell.
  const titled = filled.length === 1 || (filled.length === 2 && row[first + 1]!.text !== '');
  const group = first > 0 && titled ? readGroup(row[first]!.text) : null;
  if (group) {
    const title = filled.length === 2 ? row[first + 1]!.text : group.text;
    addGroupRow(builder, id, row, group.label, title || group.label, at);
    return;
  }
  const numbered = builder.columns[0]?.role === 'number';
  if (numbered && first === 0 && !startsRow(row[0])) {
    const head = row[0]!;
    const number: Cell = { text: '', span: { offset: head.span.offset, length: 0, line: head.span.line } };
    const rest = row.length === width && row[width - 1]!.text === '' ? row.slice(0, -1) : row.length < width ? row : null;
    if (rest) {
      reporter.report('tables/merged-number', `Row “${head.text.slice(0, 40)}” has no number cell (merged with the row above); its cells were moved one column right.`, { span: head.span });
      placeRow(builder, id, [number, ...rest], width, at, reporter);
      return;
    }
  }
  placeRow(builder, id, row, width, at, reporter);
}
