import { classifyLine } from '../segment/classify-line.js';
import { readLayoutBlocks, type LayoutLine } from '../normalize/layout-block.js';

/**
 * Word paragraphs laid out in two columns with a tab, as letterheads and
 * signature blocks often are when no table is used:
 *
 *     UBND TỈNH …⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *     SỞ …⇥Độc lập - Tự do - Hạnh phúc
 *     Số: 215/KH-SNNMT⇥…, ngày 02 tháng 4 năm 2025
 *
 * A run of such paragraphs (with the one-column lines between them) is read
 * as the same layout in a table is (see normalize/layout-block.ts): the left
 * column's lines, then the right column's. A tab after an outline label
 * (“1.⇥Mục đích”) is a space; a paragraph of three or more tab-separated
 * cells stays a tab-separated row; a leading or trailing tab is indentation.
 */
export interface TabColumns {
  /** One paragraph's text, tabs kept. */
  add(raw: string): void;
  /** Writes out the run in progress (before a table, at the end). */
  close(): void;
}

const clean = (text: string) => text.replace(/[ \f\v\r\n\u00a0]+/gu, ' ').trim();

export function tabColumns(emit: (line: string) => void): TabColumns {
  // Paragraphs since the last close: a block is read once it is known where it ends.
  let pending: LayoutLine[] = [];

  const add = (raw: string) => {
    const cells = raw.split('\t').map(clean);
    const filled = cells.filter((cell) => cell !== '');
    if (cells.length === 1 || (filled.length <= 1 && cells[0] !== '')) {
      pending.push({ cells: null, text: filled.join(' '), opens: false });
      return;
    }
    // A tab in Word is layout: a paragraph of two cells opens a block; one of three or more is a table's row.
    const right = filled.length - (cells[0] === '' ? 0 : 1);
    const labelled = cells[0] !== '' && classifyLine(filled.join(' '))?.label === cells[0];
    pending.push({ cells, text: right >= 2 && !labelled ? filled.join('\t') : filled.join(' '), opens: right === 1 });
  };

  const close = () => {
    for (const { index, text } of readLayoutBlocks(pending)) {
      const line = text ?? pending[index]!.text;
      if (line !== '') emit(line);
    }
    pending = [];
  };

  return { add, close };
}
