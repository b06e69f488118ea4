import type { Reporter } from '../core/diagnostic.js';
import { rule } from '../grammar/registry.js';
import type { Line } from '../normalize/types.js';
import { cellOfLines, columnRole, emptyCell, readGroup, startTable } from './cells.js';
import { placeRow, startsRow } from './web-rows.js';
import type { Cell, FoundTable } from './types.js';

/**
 * Tables as the national legal portal's pages are saved: every cell is
 * followed by a lone `|` line and every row opens with one, so a row ends
 * with two `|` lines:
 *
 *     |  STT | Nhiệm vụ | Chủ trì | Thời gian |  |  I | NHÓM GIẢI PHÁP |  |  1 | …
 *
 * An empty cell is also just a `|`, and merged cells vanish (a group row has
 * two cells, a row under a merged lead cell lacks it), so where a row ends is
 * read from the header's width and from what starts the next row.
 */

/** Segments between `|` lines: a cell's lines, or none for an empty segment. */
interface Segment {
  lines: Line[];
  /** Index of the `|` line that closes the segment. */
  close: number;
}

/** A cell is never this many lines long: the stream ends there. */
const maxCellLines = 40;
/** A header is never wider than this. */
const maxColumns = 16;

export function findWebCellTables(source: string, lines: readonly Line[], taken: boolean[], reporter: Reporter, nextId: () => string): FoundTable[] {
  const found: FoundTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const header = opensTable(lines, i, taken);
    if (!header) {
      i++;
      continue;
    }
    const table = readTable(source, lines, i, taken, reporter, nextId());
    for (let k = table.firstLine; k <= table.lastLine; k++) taken[k] = true;
    found.push(table);
    i = table.lastLine + 1;
  }
  return found;
}

const isPipe = (line: Line | undefined): boolean => line?.text === '|';

/** The segment after the `|` at `at`, or null where the stream ends. */
function segmentAfter(lines: readonly Line[], at: number, taken: readonly boolean[]): Segment | null {
  const cell: Line[] = [];
  for (let i = at + 1; i < lines.length && !taken[i]; i++) {
    const line = lines[i]!;
    if (isPipe(line)) return { lines: cell, close: i };
    if (line.blank) continue;
    cell.push(line);
    if (cell.length > maxCellLines) return null;
  }
  return null;
}

/** A `|` line opening a header row of column words (bounded look-ahead). */
function opensTable(lines: readonly Line[], at: number, taken: readonly boolean[]): boolean {
  if (taken[at] || !isPipe(lines[at]) || isPipe(lines[at - 1])) return false;
  const words: string[] = [];
  let pipe = at;
  while (words.length <= maxColumns) {
    const seg = segmentAfter(lines, pipe, taken);
    if (!seg || seg.lines.length === 0) break;
    words.push(seg.lines.map((l) => l.text).join(' '));
    pipe = seg.close;
  }
  const roles = words.map((w) => columnRole(stripMarks(w)));
  // The header row starts the table: a letterhead or signature block before it is layout.
  return words.length >= 2 && words.length <= maxColumns && roles[0] !== null && roles.filter(Boolean).length >= 2 && roles.some((r) => r && r !== 'number');
}

const isMark = (ch: string): boolean => ch === '*' || ch === '_' || ch.trim() === '';

/** How many emphasis marks (left over from `**` split across lines) and spaces lead and trail the text. */
export function marks(text: string): { lead: number; trail: number } {
  let lead = 0;
  while (lead < text.length && isMark(text[lead]!)) lead++;
  let trail = 0;
  while (trail < text.length - lead && isMark(text[text.length - 1 - trail]!)) trail++;
  return { lead, trail };
}

function stripMarks(text: string): string {
  const { lead, trail } = marks(text);
  return text.slice(lead, text.length - trail);
}

/** The cell made of a segment's lines, its span trimmed of leftover emphasis marks so the slice is the text. */
function cellOf(source: string, seg: Segment, lines: readonly Line[]): Cell {
  if (seg.lines.length === 0) return emptyCell(lines[seg.close]!);
  const raw = cellOfLines(seg.lines);
  const text = source.slice(raw.span.offset, raw.span.offset + raw.span.length);
  const { lead, trail } = marks(text);
  if (lead === text.length) return emptyCell(seg.lines[0]!);
  const trimmed = text.slice(lead, text.length - trail);
  return { text: trimmed, span: { ...raw.span, offset: raw.span.offset + lead, length: trimmed.length } };
}

/** Several paragraphs apart (blank lines between them) are no cell. */
function isProse(seg: Segment): boolean {
  let gaps = 0;
  for (let i = 1; i < seg.lines.length; i++) if (seg.lines[i]!.line - seg.lines[i - 1]!.lastLine > 1) gaps++;
  return gaps >= 2;
}

/** A row's first cell under a number column is short (“1”, “a”, “-”, “Tỷ lệ so với GRDP”). */
const maxRowStartWords = 12;


function readTable(source: string, lines: readonly Line[], open: number, taken: readonly boolean[], reporter: Reporter, id: string): FoundTable {
  // The stream of segments, read only as far as the table goes: read to the end of the `|` lines from every header, it is quadratic.
  const segs: Segment[] = [];
  const cells: Cell[] = [];
  const starts: Line[] = [];
  let pipe = open;
  let done = false;
  const has = (k: number): boolean => {
    while (!done && segs.length <= k) {
      const seg = segmentAfter(lines, pipe, taken);
      if (!seg) done = true;
      else {
        segs.push(seg);
        cells.push(cellOf(source, seg, lines));
        starts.push(seg.lines[0] ?? lines[seg.close]!);
        pipe = seg.close;
      }
    }
    return k < segs.length;
  };

  let k = 0;
  const header: Cell[] = [];
  while (has(k) && segs[k]!.lines.length > 0) header.push(cells[k++]!);
  k++; // the next row's `|`
  let columns = header;
  const second = secondHeaderRow(cells, k, has, header);
  if (second) {
    columns = second.columns;
    k = second.next;
  }
  const width = columns.length;
  const builder = startTable(columns, reporter);
  has(k);
  let lastClose = segs[Math.max(0, Math.min(k, segs.length) - 1)]?.close ?? open;

  const numbered = builder.columns[0]?.role === 'number';
  let more = true;
  while (has(k) && more) {
    // Under a number column a row opens with a number, a label, a bullet or an empty cell; a paragraph there is the text after the table.
    if (numbered && !startsRow(cells[k]) && (segs[k]!.lines.length > 2 || cells[k]!.text.split(/\s+/).length > maxRowStartWords)) break;
    const row: Cell[] = [];
    const rowStart = starts[k]!;
    let closed = false;
    while (has(k) && !closed) {
      const cell = cells[k]!;
      if (isProse(segs[k]!)) {
        // Paragraphs apart from each other are the text after the table (a next table's title).
        more = false;
        break;
      }
      if (row.length >= width && segs[k]!.lines.length > 0) {
        // An empty segment just before was the next row's `|`, not an empty cell (a short row under a merged cell).
        if (segs[k - 1]!.lines.length === 0 && row[row.length - 1]!.text === '') {
          row.pop();
          closed = true;
          break;
        }
        // A full row not followed by a row's `|`: the table ended with it.
        more = false;
        break;
      }
      if (segs[k]!.lines.length > 0) {
        row.push(cell);
        k++;
        continue;
      }
      // A run of empty segments: empty cells, then the `|` that opens the next row.
      let run = 0;
      while (has(k + run) && segs[k + run]!.lines.length === 0) run++;
      const atEnd = !has(k + run);
      if (row.length >= width) {
        // A full row: the first `|` opens the next row, the rest are its empty cells.
        k += 1;
        closed = true;
      } else if (row.length + run - 1 >= width || atEnd || startsRow(cells[k + run])) {
        const fill = Math.min(run - 1, width - row.length);
        for (let f = 0; f < fill; f++) row.push(cells[k + f]!);
        k += fill + 1;
        closed = true;
      } else {
        for (let f = 0; f < run; f++) row.push(cells[k + f]!);
        k += run;
      }
      if (row.length === 0) closed = false;
    }
    if (row.length === 0) break;
    lastClose = segs[k - 1]?.close ?? lastClose;
    placeRow(builder, id, row, width, rowStart, reporter);
  }
  const firstLine = open;
  const lastLine = Math.max(open, Math.min(lastClose, lines.length - 1));
  const first = lines[firstLine]!;
  const last = lines[lastLine]!;
  return {
    table: { id, layout: 'pipe-cells', nodeId: null, columns: builder.columns, header: builder.header, rows: builder.rows, span: { offset: first.offset, length: last.offset + last.text.length - first.offset, line: first.line } },
    firstLine,
    lastLine,
  };
}

/**
 * A second header row under cells merged across columns
 * (“GIAI ĐOẠN 2026 - 2030” over 2026 … 2030): one header cell spans the second
 * row's cells, the others span both rows and vanish from it. Under a number
 * column a row that opens with words is such a row; without one, only years
 * and column words make it.
 */
function secondHeaderRow(cells: readonly Cell[], from: number, has: (k: number) => boolean, header: readonly Cell[]): { columns: Cell[]; next: number } | null {
  const sub: Cell[] = [];
  let k = from;
  while (has(k) && cells[k]!.text !== '' && sub.length <= maxColumns) sub.push(cells[k++]!);
  // Coordinates “X | Y” are bare letters too, but a group row has a title and a column numbering row has numbers.
  const bare = (c: Cell) => readGroup(c.text)?.text === '';
  if (sub.length === 0 || sub.some((c) => rule('tables.rowNumber').test(c.text)) || (startsRow(sub[0]) && !sub.every(bare))) return null;
  const numbered = columnRole(header[0]!.text) === 'number';
  const headerLike = (c: Cell) => rule('tables.subHeader').test(c.text) || columnRole(c.text) !== null;
  if (numbered ? !sub.every((c) => c.text.split(' ').length <= maxSubHeaderWords) : !sub.every(headerLike)) return null;
  // How many first-row cells span: as many as make the header as wide as the next full row.
  let next = 0;
  while (has(k + 1 + next) && cells[k + 1 + next]!.text !== '' && next <= maxColumns * 2) next++;
  const spans = Math.max(1, next > header.length ? header.length + sub.length - next : 1);
  const free = header.map((c, i) => (columnRole(c.text) ? -1 : i)).filter((i) => i >= 0);
  const first = free.find((i) => rule('tables.periodHeader').test(header[i]!.text)) ?? free[0];
  if (first === undefined || first + spans > header.length) return null;
  return { columns: [...header.slice(0, first), ...sub, ...header.slice(first + spans)], next: k + 1 };
}

/** Second-row header cells are short (“Kế hoạch”, “Ước thực hiện”, “2026”). */
const maxSubHeaderWords = 6;
