import type { Reporter } from '../core/diagnostic.js';
import { rule } from '../grammar/registry.js';
import type { Line } from '../normalize/types.js';
import { addGroupRow, addRow, cellAt, columnRole, readGroup, startTable, type TableBuilder } from './cells.js';
import type { Cell, FoundTable } from './types.js';

/** Blank lines a row table may span (page breaks between runs of rows). */
const maxGap = 3;

type Splitter = (line: Line) => Cell[] | null;

/** A table whose rows are known from markup: read to `last` exactly, each line its own row. */
export interface KnownRows {
  last: number;
}

/** `a\tb\tc`: cells between tabs (Hoài Nhơn; HTML and markdown tables render this way too). */
export const tabCells: Splitter = (line) => {
  if (!line.text.includes('\t')) return null;
  // Built by map, not push: a row's cells stay in the document, and a pushed array keeps spare slots.
  let start = 0;
  return line.text.split('\t').map((piece) => {
    const cell = cellAt(line, start, piece);
    start += piece.length + 1;
    return cell;
  });
};

/** `| a | b |`: a markdown pipe row left in plain text. */
const pipeCells: Splitter = (line) => {
  const text = line.text;
  if (!text.startsWith('|') || !text.endsWith('|') || text.length < 3) return null;
  if (rule('formats.markdownTableRule').test(text)) return [];
  let start = 1;
  return text.slice(1, -1).split('|').map((raw) => {
    const lead = raw.length - raw.trimStart().length;
    const cell = cellAt(line, start + lead, raw.trim());
    start += raw.length + 1;
    return cell;
  });
};

/**
 * Tables written one row per line, cells split by tabs or pipes:
 *
 *     TT⇥Nhiệm vụ⇥Sản phẩm⇥Cơ quan chủ trì⇥…   ← header (repeated on every page: dropped)
 *     I⇥CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH⇥⇥⇥⇥⇥       ← group row
 *     2⇥… cơ chế tự chủ đối với⇥…              ← row …
 *     ⇥các đơn vị sự nghiệp công lập …⇥⇥⇥      ← … continued after a page break: merged
 */
export function findRowTables(lines: readonly Line[], taken: boolean[], reporter: Reporter, nextId: () => string): FoundTable[] {
  const found: FoundTable[] = [];
  for (const [layout, split] of [['tab-separated', tabCells], ['pipe-rows', pipeCells]] as const) {
    for (let i = 0; i < lines.length; i++) {
      if (taken[i]) continue;
      const header = split(lines[i]!);
      if (!header || !isHeader(header)) continue;
      const table = readRows(lines, i, header, split, taken, reporter, nextId(), layout);
      if (table) found.push(table);
    }
  }
  return found;
}

/** At least two cells that name a column (“TT”, “Nhiệm vụ”, “Cơ quan chủ trì” …). */
function isHeader(cells: readonly Cell[]): boolean {
  return cells.length >= 2 && cells.filter((c) => columnRole(c.text)).length >= 2;
}

export function readRows(
  lines: readonly Line[],
  start: number,
  header: Cell[],
  split: Splitter,
  taken: boolean[],
  reporter: Reporter,
  id: string,
  layout: 'tab-separated' | 'pipe-rows',
  known: KnownRows | null = null,
): FoundTable | null {
  const builder: TableBuilder = startTable(header, reporter);
  const headerKey = header.map((c) => c.text).join('\u0001');
  let last = start;
  let gap = 0;
  for (let i = start + 1; i < (known ? known.last + 1 : lines.length); i++) {
    const line = lines[i]!;
    if (line.blank) {
      if (known) continue;
      if (++gap > maxGap) break;
      continue;
    }
    const cells = split(line);
    if (!cells) break;
    const key = cells.map((c) => c.text).join('\u0001');
    // After a blank line, a header of other columns opens the next table (two appendices one after the other).
    if (!known && gap > 0 && key !== headerKey && isHeader(cells)) break;
    gap = 0;
    last = i;
    if (cells.length === 0) continue;
    if (key === headerKey) {
      reporter.report('tables/repeated-header', 'A header row repeated at a page break was dropped.', { line: line.line });
      continue;
    }
    // A group row: "I⇥CÔNG TÁC CHỈ ĐẠO⇥⇥⇥" — a Roman label and a title, the other cells empty.
    const group = cells.slice(2).every((c) => c.text === '') ? readGroup(cells.slice(0, 2).map((c) => c.text).join(' ').trim()) : null;
    if (group) {
      addGroupRow(builder, id, cells, group.label, group.text, line);
      continue;
    }
    const previous = builder.rows[builder.rows.length - 1];
    // A markup row is a row of its own; only rendered text splits a row at a page break.
    if (!known && cells[0]!.text === '' && previous?.kind === 'row') {
      continueRow(previous.cells, cells);
      reporter.report('tables/continued-row', `A row continued across a page break was merged into row ${previous.number ?? previous.id}.`, { line: line.line });
      continue;
    }
    addRow(builder, id, cells, line, reporter);
  }
  for (let i = start; i <= last; i++) taken[i] = true;
  const first = lines[start]!;
  const end = lines[last]!;
  return {
    table: { id, layout, nodeId: null, columns: builder.columns, header: builder.header, rows: builder.rows, span: { offset: first.offset, length: end.offset + end.text.length - first.offset, line: first.line } },
    firstLine: start,
    lastLine: last,
  };
}

/** Appends each non-empty cell of a continuation row to the matching cell above, as a new part. */
function continueRow(target: Cell[], more: readonly Cell[]): void {
  // A row shorter than its continuation gets empty cells first: `cells` never has a hole.
  const last = target[target.length - 1]!;
  while (target.length < more.length) target.push({ text: '', span: { offset: last.span.offset + last.span.length, length: 0, line: last.span.line } });
  more.forEach((cell, i) => {
    if (cell.text === '') return;
    const above = target[i];
    if (!above) return void (target[i] = cell);
    if (above.text === '') return void (target[i] = cell);
    const parts = above.parts ?? [above.span];
    target[i] = { text: `${above.text} ${cell.text}`, span: above.span, parts: [...parts, cell.span] };
  });
}
