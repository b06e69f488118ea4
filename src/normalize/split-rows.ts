import type { Reporter } from '../core/diagnostic.js';
import { rule, type RuleId } from '../grammar/registry.js';
import { classifyLine } from '../segment/classify-line.js';
import { reportLines } from './report-lines.js';
import type { WorkLine } from './types.js';

/** Header and signature cells: a flattened row holding one of these is a layout, not a table. */
const layoutCells: readonly RuleId[] = [
  'metadata.issuerBody',
  'metadata.issuerLocality',
  'metadata.nationalMotto',
  'metadata.documentNumber',
  'metadata.dateline',
  'metadata.signatureCapacity',
  'metadata.signaturePosition',
  'metadata.recipientsHead',
];

/** Most one-column lines with text between two rows of one layout block (the recipients beside the signature). */
export const maxColumnGap = 6;

interface Row {
  line: WorkLine;
  left: string;
  right: string[];
  /** Read from cells (its separators gone), not a one-column line kept as it is. */
  cells: boolean;
}

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
 * column at a time (the left column's lines, then the right's), as the Word
 * reader reads the same layout: row by row, the recipients and the signature
 * would interleave and the signature block would lose its name. A row of a
 * real table (no header or signature cell, or three cells or more after the
 * block), and a tab after an outline label, are left alone.
 */
export function splitLayoutRows(lines: readonly WorkLine[], reporter: Reporter, _options?: unknown): WorkLine[] {
  const split: number[] = [];
  const out: WorkLine[] = [];
  let run: Row[] = [];
  let gap = 0;

  const close = () => {
    let last = run.length - 1;
    while (last >= 0 && run[last]!.right.length === 0) last--;
    const block = run.slice(0, last + 1);
    for (const row of block) if (row.left !== '') out.push({ ...row.line, text: row.left });
    // The blank line that parts the columns: the recipients' list is not read on into the signature.
    const blank = block.find((row) => row.left === '' && row.right.length === 0);
    if (blank) out.push(blank.line);
    for (const row of block) for (const cell of row.right) out.push({ ...row.line, text: cell });
    for (const row of run.slice(last + 1)) out.push(row.cells ? { ...row.line, text: row.left } : row.line);
    run = [];
    gap = 0;
  };

  for (const l of lines) {
    const cells = cellsOf(l.text);
    const filled = cells?.filter((c) => c !== '') ?? [];
    const labelled = cells !== null && cells[0] !== '' && classifyLine(filled.join(' '))?.label === cells[0];
    const layout = !labelled && filled.some((cell) => layoutCells.some((id) => rule(id).test(cell)));
    if (cells !== null && filled.length > 0 && (layout || (run.length > 0 && !labelled && filled.length <= 2))) {
      if (layout) split.push(l.line);
      run.push({ line: l, left: cells[0]!, right: cells.slice(1).filter((c) => c !== ''), cells: true });
      gap = 0;
      continue;
    }
    if (run.length > 0 && (cells === null || filled.length === 0 || labelled)) {
      run.push({ line: l, left: cells === null || labelled ? l.text : '', right: [], cells: false });
      if (l.text.trim() !== '' && ++gap > maxColumnGap) close();
      continue;
    }
    if (run.length > 0) close();
    out.push(l);
  }
  if (run.length > 0) close();
  reportLines(reporter, 'normalize/pipe-separators', 'Header or signature cells flattened into one row were split into lines', split);
  return out;
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
