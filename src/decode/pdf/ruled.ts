import { rule } from '../../grammar/registry.js';
import type { TextPiece } from '../from-pdf.js';
import { crosses, type Grid } from './rules.js';
import { bare } from './overlay.js';
import { joinPieces, joinWrapped } from './text.js';

/** A ruled table's rows on one page, as tab-separated lines. */
export interface RuledTable {
  /** Its top border, in points: where it stands among the page's lines. */
  top: number;
  rows: string[];
}

/** Pieces closer than this (in font sizes) are one line of a cell. */
const sameLine = 0.4;
/** A piece counts as inside a cell from this far (in points) into its start: a run begins after the cell's padding. */
const into = 1;

/**
 * Tables read by their borders: each piece goes to the cell whose borders
 * hold it, a cell's lines are joined as one paragraph, and each band between
 * two row borders is a row (a merged cell fills the first of the columns it
 * spans, the others empty, as the .docx reads). The reader follows a table
 * from page to page: a header row marked to repeat (Word's “repeat as header
 * row”, w:tblHeader) printed again at the top of a page is not read again.
 */
export class RuledTables {
  /** The header row of a table still open at the end of the page before. */
  private header: string[] | null = null;

  /** The page's ruled tables and the lines left outside them (`lines` top to bottom, furniture already dropped). */
  page(lines: readonly TextPiece[][], grids: readonly Grid[]): { tables: RuledTable[]; rest: TextPiece[][] } {
    let rest = lines.map((line) => [...line]);
    const tables: RuledTable[] = [];
    grids.forEach((grid, k) => {
      const inside = (p: TextPiece) => p.x + into >= grid.xs[0]! && p.x + into <= grid.xs[grid.xs.length - 1]! && p.y <= grid.ys[0]! && p.y >= grid.ys[grid.ys.length - 1]!;
      const pieces = rest.flat().filter(inside);
      rest = rest.map((line) => line.filter((p) => !inside(p))).filter((line) => line.length > 0);
      const rows = rowsOf(grid, pieces);
      const atTop = k === 0 && !rest.some((line) => line[0]!.y > grid.ys[0]!);
      // The header printed again over the rows that carry on the table of the page before.
      if (atTop && this.header && rows.length > 0 && sameRow(rows[0]!, this.header)) rows.shift();
      else if (rows.length > 0) this.header = rows[0]!;
      tables.push({ top: grid.ys[0]!, rows: rows.map((r) => r.join('\t')) });
    });
    const last = grids[grids.length - 1];
    // A table that ends the page may go on at the top of the next.
    if (!last || rest.some((line) => line[0]!.y < last.ys[last.ys.length - 1]!)) this.header = null;
    return { tables, rest };
  }
}

/** A row is the same as another cell by cell, spaces aside (empty cells at the end aside too). */
function sameRow(a: readonly string[], b: readonly string[]): boolean {
  const cells = (r: readonly string[]) => {
    const out = r.map((c) => c.replace(/\s+/gu, ' ').trim());
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out.join('\t');
  };
  return cells(a) === cells(b);
}

/**
 * The grid's rows, top to bottom: a band between two row borders, with text,
 * is a row. A cell merged across columns (no border between them) fills the
 * first of them; one merged down several bands (no border under it) belongs
 * to the band it starts in, the bands below it empty there, as the .docx reads.
 */
function rowsOf(grid: Grid, pieces: readonly TextPiece[]): string[][] {
  const rows: string[][] = [];
  const last = grid.ys.length - 1;
  for (let k = 0; k < last; k++) {
    const middle = (grid.ys[k]! + grid.ys[k + 1]!) / 2;
    const borders = grid.xs.filter((x, i) => i === 0 || i === grid.xs.length - 1 || crosses(grid.vertical, x, middle));
    const cells = grid.xs.slice(0, -1).map(() => '');
    for (let c = 0; c + 1 < borders.length; c++) {
      const [left, right] = [borders[c]!, borders[c + 1]!];
      const centre = (left + right) / 2;
      // Under no border: the lower part of a cell that starts above, already read.
      if (k > 0 && !crosses(grid.horizontal, centre, grid.ys[k]!)) continue;
      let end = k + 1;
      while (end < last && !crosses(grid.horizontal, centre, grid.ys[end]!)) end++;
      const [top, bottom] = [grid.ys[k]!, grid.ys[end]!];
      const held = pieces.filter((p) => p.x + into >= left && p.x + into < right && p.y < top && p.y >= bottom);
      cells[grid.xs.indexOf(left)] = cellText(held, left, right);
    }
    if (cells.some((t) => t !== '')) rows.push(cells);
  }
  return rows;
}

/**
 * A cell's lines as one paragraph. A renderer breaks a word wider than the
 * cell where the cell ends, with no hyphen (`CQHCN` / `N huyện`): the two
 * parts join without a space where the line is that one word, it reaches the
 * cell's right edge (no room for one more letter), the next line goes on in
 * the same case, and the part is no whole syllable. Vietnamese words are
 * short spaced syllables: a line that ends one (`LƯỢNG` / `ĐỘI NGŨ` in a
 * narrow cell) was wrapped between words, however little room it left.
 */
function cellText(pieces: readonly TextPiece[], left: number, right: number): string {
  const lines = linesOf(pieces);
  if (lines.length === 0) return '';
  // The padding of the cell, taken as the same on both sides.
  const padding = Math.max(0, Math.min(...pieces.map((p) => p.x)) - left);
  const edge = right - padding;
  let text = '';
  let before: TextPiece[] | null = null;
  for (const line of lines) {
    const read = joinPieces(line);
    const broken = before !== null && brokenAt(before, edge) && goesOn(text, read);
    text = broken ? text + read : joinWrapped(text, read);
    before = line;
  }
  return text;
}

/** The next line's first letter carries on the last word in its case, and that word is no whole syllable. */
function goesOn(text: string, next: string): boolean {
  const word = rule('layout.wordCharacter');
  const [end, start] = [text.slice(-1), next[0] ?? ''];
  if (!word.test(end) || !word.test(start)) return false;
  const upper = (c: string) => c !== c.toLowerCase();
  const lower = (c: string) => c !== c.toUpperCase();
  if ((upper(end) && lower(start)) || (lower(end) && upper(start))) return false;
  return !rule('layout.syllable').test(bare(text.split(' ').pop()!));
}

/** The line is one word that reaches the edge: no room was left for one more letter of it. */
function brokenAt(line: readonly TextPiece[], edge: number): boolean {
  const text = joinPieces(line);
  if (text.includes(' ')) return false;
  const last = line[line.length - 1]!;
  const letter = last.width / Math.max(1, [...last.text].length);
  return last.x + last.width + letter > edge;
}

function linesOf(pieces: readonly TextPiece[]): TextPiece[][] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextPiece[][] = [];
  for (const p of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - p.y) <= p.size * sameLine) line.push(p);
    else lines.push([p]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}
