import { classifyLine } from '../segment/classify-line.js';

/**
 * Word paragraphs laid out in two columns with a tab, as letterheads and
 * signature blocks often are when no table is used:
 *
 *     UBND TỈNH …⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *     SỞ …⇥Độc lập - Tự do - Hạnh phúc
 *     Số: 215/KH-SNNMT⇥…, ngày 02 tháng 4 năm 2025
 *
 * A run of such paragraphs (with the one-column lines between them) is read
 * as the same layout in a table is: the left column's lines, then the right
 * column's. A tab after an outline label (“1.⇥Mục đích”) is a space; a
 * paragraph of three or more tab-separated cells stays a tab-separated row;
 * a leading or trailing tab is indentation.
 */
export interface TabColumns {
  /** One paragraph's text, tabs kept. */
  add(raw: string): void;
  /** Writes out the run in progress (before a table, at the end). */
  close(): void;
}

/** Most one-column lines between two tab-laid lines of one block (the recipients beside the signature). */
export const maxColumnGap = 6;

interface Pending {
  left: string;
  right: string;
}

const clean = (text: string) => text.replace(/[ \f\v\r\n\u00a0]+/gu, ' ').trim();

export function tabColumns(emit: (line: string) => void): TabColumns {
  let pending: Pending[] = [];
  let gap = 0;

  const close = () => {
    let last = pending.length - 1;
    while (last >= 0 && pending[last]!.right === '') last--;
    const block = pending.slice(0, last + 1);
    for (const row of block) if (row.left !== '') emit(row.left);
    for (const row of block) if (row.right !== '') emit(row.right);
    for (const row of pending.slice(last + 1)) emit(row.left);
    pending = [];
    gap = 0;
  };

  const add = (raw: string) => {
    const cells = raw.split('\t').map(clean);
    const left = cells[0] ?? '';
    const rest = cells.slice(1).filter((cell) => cell !== '');
    if (rest.length === 0) {
      if (left === '') return;
      if (pending.length === 0) return emit(left);
      pending.push({ left, right: '' });
      if (++gap > maxColumnGap) close();
      return;
    }
    if (left !== '' && classifyLine(`${left} ${rest.join(' ')}`)?.label === left) {
      add(`${left} ${rest.join(' ')}`);
      return;
    }
    if (rest.length >= 2) {
      close();
      emit([left, ...rest].filter((cell) => cell !== '').join('\t'));
      return;
    }
    pending.push({ left, right: rest[0]! });
    gap = 0;
  };

  return { add, close };
}
