import type { Reporter } from '../core/diagnostic.js';
import { rule } from '../grammar/registry.js';
import type { Line } from '../normalize/types.js';
import { addGroupRow, addRow, cellOfLines, columnRole, emptyCell, readGroup, startTable } from './cells.js';
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
function marks(text: string): { lead: number; trail: number } {
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

/** Where a new row can start: a row number or a group label. */
function startsRow(cell: Cell | undefined): boolean {
  if (!cell || cell.text === '') return false;
  return rule('tables.rowNumber').test(cell.text) || readGroup(cell.text) !== null;
}

function readTable(source: string, lines: readonly Line[], open: number, taken: readonly boolean[], reporter: Reporter, id: string): FoundTable {
  // The stream of segments, to the end of the `|` lines.
  const segs: Segment[] = [];
  for (let pipe = open; ; ) {
    const seg = segmentAfter(lines, pipe, taken);
    if (!seg) break;
    segs.push(seg);
    pipe = seg.close;
  }
  const cells = segs.map((s) => cellOf(source, s, lines));
  const starts = segs.map((s) => s.lines[0] ?? lines[s.close]!);
  const end = segs.length;

  let k = 0;
  const header: Cell[] = [];
  while (k < end && segs[k]!.lines.length > 0) header.push(cells[k++]!);
  k++; // the next row's `|`
  let columns = header;
  const second = secondHeaderRow(cells, k, end, header);
  if (second) {
    columns = second.columns;
    k = second.next;
  }
  const width = columns.length;
  const builder = startTable(columns, reporter);
  demoteWithoutAgency(builder.columns);
  let lastClose = segs[Math.max(0, Math.min(k, end) - 1)]?.close ?? open;

  const numbered = builder.columns[0]?.role === 'number';
  let more = true;
  while (k < end && more) {
    // Under a number column a row opens with a number, a label, a bullet or an empty cell; a paragraph there is the text after the table.
    if (numbered && !startsRow(cells[k]) && (segs[k]!.lines.length > 2 || cells[k]!.text.split(/\s+/).length > maxRowStartWords)) break;
    const row: Cell[] = [];
    const rowStart = starts[k]!;
    let closed = false;
    while (k < end && !closed) {
      const cell = cells[k]!;
      if (isProse(segs[k]!)) {
        // Paragraphs apart from each other are the text after the table (a next table's title).
        more = false;
        break;
      }
      if (row.length >= width && segs[k]!.lines.length > 0) {
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
      while (k + run < end && segs[k + run]!.lines.length === 0) run++;
      const atEnd = k + run >= end;
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
function secondHeaderRow(cells: readonly Cell[], from: number, end: number, header: readonly Cell[]): { columns: Cell[]; next: number } | null {
  const sub: Cell[] = [];
  let k = from;
  while (k < end && cells[k]!.text !== '' && sub.length <= maxColumns) sub.push(cells[k++]!);
  if (sub.length === 0 || startsRow(sub[0])) return null;
  const numbered = columnRole(header[0]!.text) === 'number';
  const headerLike = (c: Cell) => rule('tables.subHeader').test(c.text) || columnRole(c.text) !== null;
  if (numbered ? !sub.every((c) => c.text.split(' ').length <= maxSubHeaderWords) : !sub.every(headerLike)) return null;
  // How many first-row cells span: as many as make the header as wide as the next full row.
  let next = 0;
  while (k + 1 + next < end && cells[k + 1 + next]!.text !== '') next++;
  const spans = Math.max(1, next > header.length ? header.length + sub.length - next : 1);
  const free = header.map((c, i) => (columnRole(c.text) ? -1 : i)).filter((i) => i >= 0);
  const first = free.find((i) => rule('tables.periodHeader').test(header[i]!.text)) ?? free[0];
  if (first === undefined || first + spans > header.length) return null;
  return { columns: [...header.slice(0, first), ...sub, ...header.slice(first + spans)], next: k + 1 };
}

/** Second-row header cells are short (“Kế hoạch”, “Ước thực hiện”, “2026”). */
const maxSubHeaderWords = 6;

/**
 * Without a lead or coordinating column a table assigns nothing (budget
 * figures, criteria with points): its text column is no task column.
 */
function demoteWithoutAgency(columns: { header: string; role: string }[]): void {
  if (columns.some((c) => c.role === 'lead' || c.role === 'coordinating')) return;
  for (const c of columns) if (c.role === 'task' || c.role === 'output' || c.role === 'timeframe') c.role = 'unknown';
}

function placeRow(builder: ReturnType<typeof startTable>, id: string, row: Cell[], width: number, at: Line, reporter: Reporter): void {
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

const mergedFirst = ['lead', 'coordinating', 'timeframe'] as const;
