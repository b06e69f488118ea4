import { readLayoutBlocks, type LayoutLine } from '../normalize/layout-block.js';
import { readTabRow } from '../normalize/tab-cells.js';

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
 * column's lines, then the right column's. Body paragraphs use tabs too, so a
 * run opens only at a letterhead or signature cell (or a signer's name beside
 * a recipient, not beside a role or a number in a list), and a tab after a label
 * (“- Thời gian:⇥Quý I/2025”) or before an indented item is a space (see
 * normalize/tab-cells.ts). A tab after an outline label (“1.⇥Mục đích”) is a
 * space; a paragraph of three or more tab-separated cells stays a
 * tab-separated row.
 */
export interface TabColumns {
  /** One paragraph's text, tabs kept. */
  add(raw: string): void;
  /** Writes out the run in progress (before a table, at the end). */
  close(): void;
}

export function tabColumns(emit: (line: string) => void): TabColumns {
  // Paragraphs since the last close: a block is read once it is known where it ends.
  let pending: LayoutLine[] = [];

  const add = (raw: string) => {
    pending.push(readTabRow(raw));
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
