import type { Reporter } from '../core/diagnostic.js';
import { rule } from '../grammar/registry.js';
import { classifyLine } from '../segment/classify-line.js';
import { isLayoutCell, readLayoutBlocks } from './layout-block.js';
import { reportLines } from './report-lines.js';
import type { WorkLine } from './types.js';

/**
 * Undoes header and signature blocks flattened into rows, as a Word table or
 * tab-laid paragraphs saved as text write them:
 *
 *     UBND TỈNH …⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *     Nơi nhận:⇥KT. GIÁM ĐỐC
 *     - UBND tỉnh;⇥PHÓ GIÁM ĐỐC
 *     ⇥Nguyễn Văn A
 *
 * A run of such rows, with the one-column lines between them, is read a
 * column at a time (see layout-block.ts), as the Word reader reads the same
 * layout: row by row, the recipients and the signature would interleave and
 * the signature block would lose its name. A block opens at a row holding a
 * header or signature cell; a row of a real table, and a tab after an
 * outline label, are left alone.
 */
export function splitLayoutRows(lines: readonly WorkLine[], reporter: Reporter, _options?: unknown): WorkLine[] {
  const split: number[] = [];
  const cellsAt = lines.map((l) => cellsOf(l.text));
  const opensAt = cellsAt.map(opensBlock);
  opensAt.forEach((opens, i) => opens && split.push(lines[i]!.line));
  // No row opens a block: every line stays where it is, and no entry per line need be read (most documents).
  if (split.length === 0) return lines.slice();
  const read = lines.map((l, i) => ({ cells: cellsAt[i]!, text: l.text, opens: opensAt[i]! }));
  const out = readLayoutBlocks(read).map(({ index, text }) => (text === null ? lines[index]! : { ...lines[index]!, text }));
  reportLines(reporter, 'normalize/pipe-separators', 'Header or signature cells flattened into one row were split into lines', split);
  return out;
}

/** A row holding a header or signature cell, not an outline label followed by a tab. */
function opensBlock(cells: string[] | null): boolean {
  if (cells === null) return false;
  const filled = cells.filter((c) => c !== '');
  // The label test reads the row joined: only for a row that holds such a cell.
  if (!filled.some(isLayoutCell)) return false;
  return !(cells[0] !== '' && classifyLine(filled.join(' '))?.label === cells[0]);
}

/** A row's cells, the first one kept where empty (a leading tab puts the text in the right column); null for a line of one cell. */
function cellsOf(text: string): string[] | null {
  if (text.includes('|') && text !== '|') {
    const cells = text.split(rule('layout.cellSeparator')).map((c) => c.trim());
    // A pipe row's outer bars frame it: no empty column there.
    while (cells.length > 0 && cells[0] === '') cells.shift();
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    return cells;
  }
  return text.includes('\t') ? text.split('\t').map((c) => c.trim()) : null;
}
