import type { Reporter } from '../core/diagnostic.js';
import { rule } from '../grammar/registry.js';
import type { Line } from '../normalize/types.js';
import { addGroupRow, addRow, cellOfLines, columnRole, emptyCell, readGroup, startTable } from './cells.js';
import type { Cell, FoundTable } from './types.js';
import type { ColumnRole } from '../schema/document.js';

/** One cell of a cell-per-line or cell-per-paragraph table, with the lines it spans. */
interface RawCell {
  cell: Cell;
  lines: Line[];
  bullet: boolean;
  first: number;
  last: number;
}

/** A header is never wider than this: the look-ahead for one stops there. */
const maxHeaderCells = 17;

/** Paragraphs a cell-per-paragraph header needs before it counts as a table. */
const minHeaderCells = 3;

/**
 * Tables flattened to one cell per line, with `|` lines between cells
 * (Cà Mau), or to one cell per paragraph (Khánh Hòa). Both are read as a
 * stream of cells: a header of column words sets the width, a group row
 * (“I. CẢI CÁCH THỂ CHẾ”) may stand alone, and each row is that many cells.
 */
export function findCellTables(source: string, lines: readonly Line[], taken: boolean[], reporter: Reporter, nextId: () => string): FoundTable[] {
  const found: FoundTable[] = [];
  for (const mode of ['pipe-cells', 'paragraph-cells'] as const) {
    let i = 0;
    while (i < lines.length) {
      // The header first, from a bounded look-ahead: a stream to the end of the text from every header word is quadratic.
      // It stops at the first cell that is no column word: every labelled line starts one, and cells past it are garbage.
      const read = (limit: number, header: boolean) => {
        const until = header ? (c: RawCell) => isColumnWord(sliceText(source, c.cell)) : null;
        return mode === 'pipe-cells' ? pipeStream(lines, i, taken, limit, until) : paragraphStream(lines, i, taken, limit, until);
      };
      const head = read(maxHeaderCells, true);
      const width = head ? headerWidth(source, head, mode) : 0;
      if (!head || width === 0) {
        i++;
        continue;
      }
      const table = readCells(source, read(Infinity, false)!, width, mode, lines, reporter, nextId());
      for (let k = table.firstLine; k <= table.lastLine; k++) taken[k] = true;
      found.push(table);
      i = table.lastLine + 1;
    }
  }
  return found;
}

function headerWidth(source: string, stream: readonly RawCell[], mode: 'pipe-cells' | 'paragraph-cells'): number {
  const words = stream.map((c) => sliceText(source, c.cell));
  let n = 0;
  while (n < stream.length && isColumnWord(words[n]!)) n++;
  return n >= (mode === 'pipe-cells' ? 2 : minHeaderCells) && words.slice(0, n).some((w) => columnRole(w) !== 'number') ? n : 0;
}

function isColumnWord(text: string): boolean {
  return text !== '' && columnRole(text) !== null;
}

/** Cells between `|` lines, starting with the line before the first `|`; up to `limit`, and past no cell that fails `until`. */
function pipeStream(lines: readonly Line[], start: number, taken: boolean[], limit: number, until: ((c: RawCell) => boolean) | null): RawCell[] | null {
  // A first cell after a `|` line is the web portal's layout (web-cells.ts).
  if (taken[start] || lines[start]!.text === '|' || lines[start + 1]?.text !== '|' || lines[start - 1]?.text === '|') return null;
  const cells: RawCell[] = [];
  let current: Line[] = [lines[start]!];
  let first = start;
  for (let i = start + 1; i < lines.length && !taken[i] && cells.length < limit; i++) {
    const line = lines[i]!;
    if (line.text === '|') {
      const cell = rawCell(current, first, i - 1, lines[i]!);
      cells.push(cell);
      if (until && !until(cell)) break;
      current = [];
      first = i + 1;
      continue;
    }
    if (line.blank) continue;
    current.push(line);
    if (current.length > 12) break;
  }
  return cells;
}

/** Paragraphs separated by blank lines; a whitespace-only paragraph is an empty cell. */
function paragraphStream(lines: readonly Line[], start: number, taken: boolean[], limit: number, until: ((c: RawCell) => boolean) | null): RawCell[] | null {
  if (taken[start] || lines[start]!.blank || !columnRole(lines[start]!.text)) return null;
  const cells: RawCell[] = [];
  for (let i = start; i < lines.length && !taken[i] && cells.length < limit; i++) {
    const line = lines[i]!;
    if (!line.placeholder && line.blank) continue;
    const cell = line.placeholder ? rawCell([], i, i, line) : rawCell([line], i, i, line);
    cells.push(cell);
    if (until && !until(cell)) break;
  }
  return cells;
}

function rawCell(lines: Line[], first: number, last: number, at: Line): RawCell {
  if (lines.length === 0) return { cell: emptyCell(at), lines, bullet: false, first, last };
  const cell = cellOfLines(lines);
  return { cell, lines, bullet: rule('headings.bullet').test(lines[0]!.text), first, last };
}

function readCells(source: string, stream: RawCell[], width: number, mode: 'pipe-cells' | 'paragraph-cells', lines: readonly Line[], reporter: Reporter, id: string): FoundTable {
  // Each stream cell is a fresh object read once: filled in place rather than copied.
  const text = (c: Cell): Cell => {
    c.text = sliceText(source, c);
    return c;
  };
  const header = stream.slice(0, width).map((c) => text(c.cell));
  const builder = startTable(header, reporter);
  const numberColumn = builder.columns.findIndex((c) => c.role === 'number');
  let i = width;
  let lastUsed = stream[width - 1]!.last;
  while (i < stream.length) {
    const head = stream[i]!;
    const group = readGroup(sliceText(source, head.cell));
    if (group && !(mode === 'paragraph-cells' && numberColumn === 0 && rule('tables.rowNumber').test(group.label))) {
      const rest = stream.slice(i + 1, i + width);
      const spansRow = rest.length === width - 1 && rest.every((c) => c.lines.length === 0);
      const cells = spansRow ? [head, ...rest] : [head];
      addGroupRow(builder, id, cells.map((c) => text(c.cell)), group.label, group.text, head.lines[0] ?? lines[head.first]!);
      i += cells.length;
      lastUsed = cells[cells.length - 1]!.last;
      continue;
    }
    if (mode === 'paragraph-cells') {
      const expected = builder.count + 1;
      if (numberColumn === 0 && sliceText(source, head.cell) !== String(expected)) break;
      const end = nextRowStart(source, stream, i + 1, expected + 1);
      const cells = fitCells(stream.slice(i, end), builder.columns.map((c) => c.role), reporter);
      addRow(builder, id, cells.map((c) => text(c)), head.lines[0]!, reporter);
      lastUsed = stream[end - 1]!.last;
      i = end;
      continue;
    }
    const cells = stream.slice(i, i + width);
    addRow(builder, id, cells.map((c) => text(c.cell)), head.lines[0] ?? lines[head.first]!, reporter);
    lastUsed = cells[cells.length - 1]!.last + (mode === 'pipe-cells' ? 1 : 0);
    i += width;
  }
  const firstLine = stream[0]!.first;
  const lastLine = Math.min(lastUsed, lines.length - 1);
  const first = lines[firstLine]!;
  const end = lines[lastLine]!;
  return {
    table: { id, layout: mode, nodeId: null, columns: builder.columns, header: builder.header, rows: builder.rows, span: { offset: first.offset, length: end.offset + end.text.length - first.offset, line: first.line } },
    firstLine,
    lastLine,
  };
}

/** A row is never this many paragraphs long: the search for the next row number stops there. */
const maxRowParagraphs = 64;

/** Index of the next row's number paragraph ("expected"), or the end of the stream. */
function nextRowStart(source: string, stream: readonly RawCell[], from: number, expected: number): number {
  const stop = Math.min(stream.length, from + maxRowParagraphs);
  for (let k = from; k < stop; k++) if (sliceText(source, stream[k]!.cell) === String(expected)) return k;
  return stop;
}

/**
 * A row's paragraphs to its cells: consecutive "- " paragraphs are one cell
 * when there are more paragraphs than columns, and where a "- " paragraph that
 * names no agency would stand in the lead column (an empty cell, a lone space
 * lost in print or copy, shifted it there: the row is one short at its end).
 */
function fitCells(paragraphs: readonly RawCell[], roles: readonly ColumnRole[], reporter: Reporter): Cell[] {
  const merged: RawCell[][] = paragraphs.map((p) => [p]);
  let excess = merged.length - roles.length;
  for (let k = merged.length - 1; k > 0 && excess > 0; k--) {
    const a = merged[k - 1]!;
    const b = merged[k]!;
    if (a[a.length - 1]!.bullet && b[0]!.bullet) {
      merged.splice(k - 1, 2, [...a, ...b]);
      excess--;
    }
  }
  for (let k = 1; k < merged.length && k < roles.length; k++) {
    const a = merged[k - 1]!;
    const b = merged[k]!;
    if (roles[k] === 'lead' && a[a.length - 1]!.bullet && b[0]!.bullet && !namesAgency(b[0]!)) {
      merged.splice(k - 1, 2, [...a, ...b]);
      k--;
    }
  }
  return merged.map((group) => {
    if (group.length === 1) return group[0]!.cell;
    reporter.report('tables/multi-paragraph-cell', `${group.length} “- ” paragraphs were read as one cell.`, { span: group[0]!.cell.span });
    return cellOfLines(group.flatMap((g) => g.lines));
  });
}

function namesAgency(paragraph: RawCell): boolean {
  const text = paragraph.lines[0]?.text.replace(rule('agencies.bulletPrefix'), '') ?? '';
  return rule('agencies.head').test(text);
}

function sliceText(source: string, cell: Cell): string {
  return source.slice(cell.span.offset, cell.span.offset + cell.span.length);
}
