import type { Reporter } from '../core/diagnostic.js';
import type { Line } from '../normalize/types.js';
import { columnRole, startTable } from './cells.js';
import { marks } from './web-cells.js';
import { placeBrokenRow, startsRow } from './web-rows.js';
import type { Cell, FoundTable } from './types.js';

/**
 * Pipe rows as the legal portal's pages are saved when a cell held a line
 * break: the row goes on over as many lines as its cells had breaks.
 *
 *     | TT | Tên văn bản | Cơ quan chủ trì | Tiến độ |
 *     | 1 | Luật sửa đổi … | Bộ Tư pháp      ← no closing `|`: the row goes on
 *     | - Quý II năm 2026; - Quý IV … |     ← its last cell: the header is full
 *     | I. VĂN BẢN CỦA QUỐC HỘI |           ← a group row
 *     | |||                                 ← a filler row of empty cells
 *
 * The lines are one stream of cells between `|`s, a line break being no more
 * than a space (so `|` closing a line and `|` opening the next hold an empty
 * cell). The header row runs to the first line closing with `|`. A row ends
 * when its cells fill the header (a row never has more cells than the header
 * has columns: more empty cells on its line are padding), or, short of that
 * (a cell merged away), where a line closing with `|` is followed by one that
 * opens with a row number or a group label. Tables of whole rows, one a line,
 * are left to row-tables.ts.
 */

/** The text between two `|`s of the stream. */
interface Segment {
  cell: Cell;
  /** The `|`s around it are on different lines. */
  crossesLine: boolean;
  /** The line its text (or, when empty, its opening `|`) is on. */
  at: Line;
  /** Text after the last `|`, closed by the table's end. */
  unclosed: boolean;
  /** Index of the line of the `|` that closes it. */
  closeLine: number;
}

/** A header is never wider than this. */
const maxColumns = 16;

export function findBrokenRowTables(source: string, lines: readonly Line[], taken: boolean[], reporter: Reporter, nextId: () => string): FoundTable[] {
  const found: FoundTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (taken[i]) continue;
    const headerLast = headerEnd(lines, i, taken);
    if (headerLast < 0 || headerWidth(lines.slice(i, headerLast + 1).map((l) => l.text).join(' ')) === 0) continue;
    const last = regionEnd(lines, headerLast, taken);
    if (headerLast === i && !isBroken(lines, i, last)) {
      // Whole rows to the end: no header among them opens a broken table either (and each re-reading them is quadratic).
      i = last;
      continue;
    }
    found.push(readTable(source, lines, i, headerLast, last, reporter, nextId()));
    for (let k = i; k <= last; k++) taken[k] = true;
    i = last;
  }
  return found;
}

/** A header row broken where a header cell held a line break is never longer than this. */
const maxHeaderLines = 4;

/** The line that closes the header row opening at `first` with `|` (the first to close with `|`), or -1. */
function headerEnd(lines: readonly Line[], first: number, taken: readonly boolean[]): number {
  if (!lines[first]!.text.startsWith('|')) return -1;
  for (let j = first; j < Math.min(lines.length, first + maxHeaderLines); j++) {
    if (lines[j]!.blank || taken[j]) return -1;
    if (lines[j]!.text.endsWith('|') && (j > first || lines[j]!.text.length > 1)) return j;
  }
  return -1;
}

const isPipeRow = (text: string): boolean => text.length >= 3 && text.startsWith('|') && text.endsWith('|');

/** Cells of a whole row on one line, by splitting at every `|`. */
const rowCells = (text: string): string[] => text.slice(1, -1).split('|').map((c) => c.trim());

/** A header row `| STT | Nhiệm vụ | … |`: two column words at least, not all of them numbers. */
function headerWidth(text: string): number {
  if (!isPipeRow(text)) return 0;
  const cells = rowCells(text);
  if (cells.length < 2 || cells.length > maxColumns) return 0;
  const roles = cells.map((c) => (c === '' ? null : columnRole(stripMarks(c))));
  return roles.filter(Boolean).length >= 2 && roles.some((r) => r && r !== 'number') ? cells.length : 0;
}

/** The last line of the table: lines run on until a blank line, or a line of text after one that closed with `|`. */
function regionEnd(lines: readonly Line[], header: number, taken: readonly boolean[]): number {
  let last = header;
  for (let i = header + 1; i < lines.length && !taken[i]; i++) {
    const text = lines[i]!.text;
    if (lines[i]!.blank) break;
    // A line not opening with `|` is a cell's text after a line left open, or when a `|` closes it or opens the next line.
    const inCell = text.startsWith('|') || !lines[i - 1]!.text.endsWith('|') || text.endsWith('|') || (!taken[i + 1] && lines[i + 1]?.text.startsWith('|') === true);
    if (!inCell) break;
    last = i;
  }
  return last;
}

/** Some line is not a whole row: tables of whole rows are read line by line (row-tables.ts). */
function isBroken(lines: readonly Line[], header: number, last: number): boolean {
  for (let i = header + 1; i <= last; i++) if (!isPipeRow(lines[i]!.text)) return true;
  return false;
}

function stripMarks(text: string): string {
  const { lead, trail } = marks(text);
  return text.slice(lead, text.length - trail);
}

/** Every `|`-separated segment from the header line's first `|` to the last line's end. */
function segmentsOf(source: string, lines: readonly Line[], first: number, last: number): Segment[] {
  const segs: Segment[] = [];
  let open: { offset: number; line: number } | null = null;
  for (let i = first; i <= last; i++) {
    const line = lines[i]!;
    for (let p = line.text.indexOf('|'); p >= 0; p = line.text.indexOf('|', p + 1)) {
      if (open) segs.push(segment(source, lines, open, i, line.offset + p));
      open = { offset: line.offset + p + 1, line: i };
    }
  }
  // Text after the last `|`: a cell the table's end closes.
  const end = lines[last]!;
  const endOffset = end.offset + end.text.length;
  if (open && open.offset < endOffset) segs.push({ ...segment(source, lines, open, last, endOffset), unclosed: true });
  return segs;
}

/** The text from `open` to the `|` at `close` (on line `closeLine`). */
function segment(source: string, lines: readonly Line[], open: { offset: number; line: number }, closeLine: number, close: number): Segment {
  const raw = source.slice(open.offset, close);
  const { lead, trail } = marks(raw);
  // The line the text is on (a cell between a `|` that closed its line and one opening a later line sits between them); an empty cell's is its opening `|`'s.
  let at = open.line;
  while (at < closeLine && lead < raw.length && lines[at + 1]!.offset <= open.offset + lead) at++;
  const line = lines[at]!;
  const cell: Cell =
    lead === raw.length
      ? { text: '', span: { offset: open.offset, length: 0, line: line.line } }
      : { text: raw.slice(lead, raw.length - trail), span: { offset: open.offset + lead, length: raw.length - lead - trail, line: line.line } };
  return { cell, crossesLine: closeLine !== open.line, at: line, unclosed: false, closeLine };
}

function readTable(source: string, lines: readonly Line[], first: number, headerLast: number, last: number, reporter: Reporter, id: string): FoundTable {
  const segs = segmentsOf(source, lines, first, last);
  const headerLine = lines[first]!;
  let k = 0;
  const header: Cell[] = [];
  while (k < segs.length && segs[k]!.closeLine <= headerLast) header.push(segs[k++]!.cell);
  const width = header.length;
  const builder = startTable(header, reporter);
  let broken = 0;
  while (k < segs.length) {
    // A row is never wider than the header: more empty cells on its last line are padding.
    while (k < segs.length && segs[k]!.cell.text === '' && !segs[k]!.crossesLine) k++;
    // Between a row's closing `|` and the next row's opening one: nothing, or a line break.
    if (segs[k]?.cell.text === '') k++;
    // Text after a closed row with no `|` after it: a paragraph run on from the table (markdown has no break between them), no row.
    if (segs[k]?.unclosed) break;
    const row: Cell[] = [];
    const start = segs[k]?.at ?? headerLine;
    let lineCount = 0;
    while (k < segs.length && row.length < width) {
      const seg = segs[k]!;
      // Short of the header's width, a line break between `|`s before a row number or a group label ends the row.
      if (row.length > 0 && seg.crossesLine && seg.cell.text === '' && startsRow(segs[k + 1]?.cell)) break;
      if (seg.crossesLine) lineCount++;
      row.push(seg.cell);
      k++;
    }
    if (row.length === 0) continue;
    if (lineCount > 0 && row.some((c) => c.text !== '')) broken++;
    placeBrokenRow(builder, id, row, width, start, reporter);
  }
  if (broken > 0) reporter.report('tables/broken-row', `${broken} row(s) broken across lines where a cell held a line break were read as whole rows.`, { line: headerLine.line });
  const end = lines[last]!;
  return {
    table: { id, layout: 'pipe-rows', nodeId: null, columns: builder.columns, header: builder.header, rows: builder.rows, span: { offset: headerLine.offset, length: end.offset + end.text.length - headerLine.offset, line: headerLine.line } },
    firstLine: first,
    lastLine: last,
  };
}
