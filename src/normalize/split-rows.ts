import type { Reporter } from '../core/diagnostic.js';
import { rule } from '../grammar/registry.js';
import { classifyLine } from '../segment/classify-line.js';
import { isLayoutCell, readLayoutBlocks } from './layout-block.js';
import { readTabRow } from './tab-cells.js';
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
 * outline label, are left alone. A tab that makes no column (after a label
 * ending in a colon, before an indented item: see tab-cells.ts) becomes a space.
 */
export function splitLayoutRows(lines: readonly WorkLine[], reporter: Reporter, _options?: unknown): WorkLine[] {
  const split: number[] = [];
  const spacedLines: number[] = [];
  const read = lines.map((l) => {
    const tabs = l.text.includes('\t') && !l.text.includes('|') ? readTabRow(l.text) : null;
    // A line that ends in a tab may be a table's row with empty cells: its tabs stay.
    const spaced = tabs !== null && tabs.cells === null && !l.text.endsWith('\t');
    const cells = spaced ? null : tabs ? (tabs.cells ?? l.text.split('\t').map((c) => c.trim())) : cellsOf(l.text);
    const filled = cells?.filter((c) => c !== '') ?? [];
    const labelled = cells !== null && cells[0] !== '' && classifyLine(filled.join(' '))?.label === cells[0];
    const opens = !labelled && (tabs?.opens === true || filled.some(isLayoutCell));
    if (opens) split.push(l.line);
    if (spaced) spacedLines.push(l.line);
    // A tab that makes no column (after a label, before an indented item) reads as a space; a row's tabs stay.
    return { cells, text: spaced ? tabs.text : l.text, opens, signer: tabs?.signer === true && !labelled };
  });
  // No row opens a block or may join a signature (most documents): the block reader would place every line as it
  // is, after testing signature cues on each; only the tabs read as spaces change.
  const placed = split.length === 0 && !read.some((r) => r.signer) ? lines.map((_, index) => ({ index, text: null })) : readLayoutBlocks(read);
  const out = placed.map(({ index, text }) => {
    const line = lines[index]!;
    const written = text ?? read[index]!.text;
    return written === line.text ? line : { ...line, text: written };
  });
  reportLines(reporter, 'normalize/pipe-separators', 'Header or signature cells flattened into one row were split into lines', split);
  reportLines(reporter, 'normalize/tab-spaces', 'Tabs after a label or before an indented item were read as spaces', spacedLines);
  return out;
}

/** A pipe row's cells; null for a line of one cell. */
function cellsOf(text: string): string[] | null {
  if (!text.includes('|') || text === '|') return null;
  const cells = text.split(rule('layout.cellSeparator')).map((c) => c.trim());
  // A pipe row's outer bars frame it: no empty column there.
  while (cells.length > 0 && cells[0] === '') cells.shift();
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}
