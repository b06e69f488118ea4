import type { TextPiece } from '../from-pdf.js';
import { joinWrapped } from './text.js';

/** A horizontal gap wider than this (in font sizes) separates table cells. */
const cellGap = 1.5;

function gaps(line: readonly TextPiece[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < line.length; i++) out.push(line[i]!.x - (line[i - 1]!.x + line[i - 1]!.width));
  return out;
}

/** Pieces spread across the page with wide gaps: cells of a table row. */
export function isTabular(line: readonly TextPiece[]): boolean {
  return line.length >= 3 && gaps(line).filter((g) => g > line[0]!.size * cellGap).length >= 2;
}

/**
 * A line that belongs to the table: every piece starts near one of the
 * columns, and a line starting in the first column has another cell too (a
 * paragraph after the table starts at the same margin, alone).
 */
export function fits(line: readonly TextPiece[], columns: readonly number[]): boolean {
  const near = (p: TextPiece, x: number) => Math.abs(x - p.x) < p.size;
  if (!line.every((p) => columns.some((x) => near(p, x)))) return false;
  return !near(line[0]!, columns[0]!) || line.length >= 2;
}

/** Where the region's cells start: piece starts, clustered. */
export function columnsOf(lines: readonly TextPiece[][]): number[] {
  const starts = [...new Set(lines.flat().map((p) => Math.round(p.x)))].sort((a, b) => a - b);
  const columns: number[] = [];
  for (const x of starts) if (columns.length === 0 || x - columns[columns.length - 1]! > 6) columns.push(x);
  return columns;
}

/**
 * Rows from a table region: a row begins where the first column has text
 * (the STT cell); lines without it are the row's wrapped cells, appended to
 * each column in turn (a region that opens with a row cut by a page break
 * starts with such lines: an empty first cell, as the table reader expects).
 * A row that repeats the region's first row (its header, printed again) takes
 * no more lines: those after it are a row of their own, with its first cell
 * empty, as the source has them.
 */
export function tableRows(lines: readonly TextPiece[][], columns: readonly number[]): string[] {
  const column = (x: number) => {
    let c = 0;
    for (let i = 0; i < columns.length; i++) if (x >= columns[i]! - 3) c = i;
    return c;
  };
  const rows: string[][] = [];
  for (const line of lines) {
    const cells = columns.map(() => '');
    for (const p of line) cells[column(p.x)] = `${cells[column(p.x)]} ${p.text}`.trim();
    const row = rows[rows.length - 1];
    const repeat = rows.length > 1 && row!.join('\t') === rows[0]!.join('\t');
    if (row && cells[0] === '' && !repeat) cells.forEach((t, i) => (row[i] = joinWrapped(row[i]!, t)));
    else rows.push(cells);
  }
  return rows.map((r) => r.join('\t'));
}

/**
 * A row cut by a page break (its first cell empty on the new page) put back
 * into the row it continues. Not into the table's `header` row: a header the
 * source repeats just before a page break is no row to go on, and the cells
 * after it stay a row of their own, as in the source.
 */
export function joinAcrossPages(previous: string[], lines: string[], header: string | null = null): void {
  const last = previous[previous.length - 1];
  const next = lines[0];
  if (last === undefined || next === undefined || !last.includes('\t') || !next.startsWith('\t') || last === header) return;
  const cells = last.split('\t');
  const more = next.split('\t');
  if (more.length !== cells.length) return;
  previous[previous.length - 1] = cells.map((c, i) => joinWrapped(c, more[i]!)).join('\t');
  lines.shift();
}
