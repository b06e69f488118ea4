import { minOf } from '../../core/arrays.js';
import { rule } from '../../grammar/registry.js';
import type { TextPiece } from '../from-pdf.js';
import { groupLines } from './group-lines.js';
import { crosses, type Grid } from './rules.js';
import { bare } from './overlay.js';
import { typicalWidth } from './cells.js';
import { joinPieces, joinWrapped } from './text.js';

/** A ruled table's rows on one page, as tab-separated lines. */
export interface RuledTable {
  /** Its top border, in points: where it stands among the page's lines. */
  top: number;
  rows: string[];
}

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

  /** The header row of the table that ends the page just read (null when none does), tab-separated. */
  get openHeader(): string | null {
    return this.header?.join('\t') ?? null;
  }

  /** The page's ruled tables and the lines left outside them (`lines` top to bottom, furniture already dropped). */
  page(lines: readonly TextPiece[][], grids: readonly Grid[]): { tables: RuledTable[]; rest: TextPiece[][] } {
    let rest = lines.map((line) => [...line]);
    const tables: RuledTable[] = [];
    grids.forEach((grid, k) => {
      const inside = (p: TextPiece) => p.x + into >= grid.xs[0]! && p.x + into <= grid.xs[grid.xs.length - 1]! && p.y <= grid.ys[0]! && p.y >= grid.ys[grid.ys.length - 1]!;
      const pieces = rest.flat().filter(inside).flatMap((p) => splitAtBorders(p, grid.xs));
      rest = rest.map((line) => line.filter((p) => !inside(p))).filter((line) => line.length > 0);
      const rows = rowsOf(grid, pieces);
      // A table at the top of the page carries on the one that ended the page before: its header stays.
      const carries = k === 0 && this.header !== null && !rest.some((line) => line[0]!.y > grid.ys[0]!);
      // The header printed again over the rows that carry on the table of the page before.
      if (carries && rows.length > 0 && sameRow(rows[0]!, this.header!)) rows.shift();
      else if (!carries && rows.length > 0) this.header = rows[0]!;
      tables.push({ top: grid.ys[0]!, rows: rows.map((r) => r.join('\t')) });
    });
    const last = grids[grids.length - 1];
    // A table that ends the page may go on at the top of the next.
    if (!last || rest.some((line) => line[0]!.y < last.ys[last.ys.length - 1]!)) this.header = null;
    return { tables, rest };
  }
}

/**
 * A run the text layer made of the ends of two cells side by side (`Văn
 * phòng Các c`, where the gap across the border was taken for a space), cut
 * at the space nearest each border it crosses: letter positions estimated by
 * typical widths.
 */
function splitAtBorders(p: TextPiece, xs: readonly number[]): TextPiece[] {
  const border = xs.find((x) => p.x + into < x && p.x + p.width > x + into);
  if (border === undefined) return [p];
  const chars = [...p.text];
  const widths = chars.map(typicalWidth);
  const scale = p.width / (widths.reduce((a, b) => a + b, 0) || 1);
  let best = -1;
  let x = p.x;
  let distance = Infinity;
  chars.forEach((c, i) => {
    if (c === ' ' && Math.abs(x - border) < distance) [best, distance] = [i, Math.abs(x - border)];
    x += widths[i]! * scale;
  });
  if (best <= 0) return [p];
  const left = chars.slice(0, best).join('');
  const right = chars.slice(best + 1).join('');
  const leftWidth = widths.slice(0, best).reduce((a, b) => a + b, 0) * scale;
  const rightWidth = widths.slice(best + 1).reduce((a, b) => a + b, 0) * scale;
  // The right part starts at the border's side; its cell's padding is not known, so it is put just past the border.
  return [{ ...p, text: left, width: leftWidth }, ...splitAtBorders({ ...p, text: right, x: Math.max(border + into, p.x + p.width - rightWidth), width: rightWidth }, xs)];
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
  const lines = groupLines(pieces);
  if (lines.length === 0) return '';
  // The padding of the cell, taken as the same on both sides.
  const padding = Math.max(0, minOf(pieces.map((p) => p.x)) - left);
  const edge = right - padding;
  let text = '';
  let before: TextPiece[] | null = null;
  for (const line of lines) {
    const read = joinPieces(line);
    const broken = before !== null && brokenAt(before, edge, line) && goesOn(text, read);
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

/** The line is one word that reaches the edge: no room was left for the next line's first letter (or one of its own). */
function brokenAt(line: readonly TextPiece[], edge: number, next: readonly TextPiece[]): boolean {
  const text = joinPieces(line);
  if (text.includes(' ')) return false;
  const last = line[line.length - 1]!;
  const own = last.width / Math.max(1, [...last.text].length);
  // The next letter's share of its run, by typical widths (a digit is narrower than the `Đ` that did not fit after it).
  const first = next[0]!;
  const letters = [...first.text.trimStart()];
  const share = typicalWidth(letters[0] ?? ' ') / (letters.reduce((a, c) => a + typicalWidth(c), 0) || 1);
  return last.x + last.width + Math.max(own, first.width * share) > edge;
}

