import { rule } from '../grammar/registry.js';
import { classifyLine } from '../segment/classify-line.js';
import { isLayoutCell } from './layout-block.js';

/** What the tabs of one line laid out by Word do there. */
export interface TabRow {
  /** The cells, the first kept where empty (a right-column cell); null where the tabs make no columns. */
  cells: string[] | null;
  /** The line as it reads outside a layout block: tabs that make no columns read as spaces. */
  text: string;
  /** Column evidence: a letterhead or signature cell on the line, or the signer's name beside “Như trên” or “Lưu: …”. */
  opens: boolean;
  /** Two cells, the right one a person's name: a column only where a signature is under way (see layout-block.ts). */
  signer: boolean;
}

/**
 * Word sets with tabs both the columns of a letterhead or signature and the
 * run of a body paragraph, so a tab alone is no column:
 *
 *     - Cơ quan chủ trì:⇥Sở Nội vụ          a label and its value: one line
 *     ⇥a) Rà soát thủ tục hành chính         indentation: one line
 *     Nơi nhận:⇥KT. CHỦ TỊCH                 a signature cell: columns
 *
 * A line opens a block of columns only where one of its cells reads like a
 * letterhead or signature cell, or the signer's name stands beside a
 * recipient found only in a recipients' list (“- Lưu: VT.⇥Nguyễn Văn An”). A
 * name beside anything else (“Tổ trưởng⇥Nguyễn Văn An”, “1⇥Hà Nội”: a name and
 * a place read alike; “- Xã Tân Hòa;⇥Lê Văn Hùng”, a dash item as a recipient
 * is) is a list's row unless a signature is under way; that, and a row going on a
 * block already open, is for layout-block.ts to say. A tab after an outline label that opens
 * the line (“1.⇥Mục đích”) is left to layout-block.ts, which reads it as a
 * space; after an indented one (“⇥1.⇥Mục đích”) it is read so here. A line of
 * three or more cells is a table's row, its tabs kept.
 */
export function readTabRow(raw: string): TabRow {
  const split = raw.split('\t').map(clean);
  const joined = joinLabel(split);
  const cells = joined ?? split;
  const filled = cells.filter((cell) => cell !== '');
  const spaced = filled.join(' ');
  const last = cells[cells.length - 1]!;
  // One cell after a label's join, before trailing tabs, or after leading tabs that indent an item or a sentence.
  const oneColumn = cells[0] !== '' || joined !== null || (last !== '' && isIndented(last));
  if (filled.length === 0 || (filled.length === 1 && oneColumn)) return { cells: null, text: spaced, opens: false, signer: false };
  // “⇥1.⇥Mục đích”: an indented outline label, a tab after it.
  if (cells[0] === '' && filled.length === 2 && classifyLine(spaced)?.label === filled[0]) return { cells: null, text: spaced, opens: false, signer: false };
  const signer = filled.length === 2 && cells[0] !== '' && rule('metadata.personName').test(filled[1]!);
  // The signer's name beside the last recipient (“- Lưu: VT.⇥⇥Nguyễn Văn An”) is a column too; beside a body list's
  // dash item (“- Xã Tân Hòa;⇥Lê Văn Hùng”) only where a signature is under way (layout-block.ts).
  const opens = filled.some(isLayoutCell) || (signer && rule('layout.closingRecipient').test(filled[0]!));
  // “⇥ỦY BAN NHÂN DÂN⇥CỘNG HÒA …”: a tab stop centres the left column too.
  const row = opens && filled.length >= 2 ? cells.slice(cells.findIndex((cell) => cell !== '')) : cells;
  const right = filled.length - (row[0] === '' ? 0 : 1);
  return { cells: row, text: right >= 2 ? filled.join('\t') : spaced, opens, signer };
}

/**
 * A label and its value (“- Thời gian:⇥⇥Quý I/2025”, the colon also set at a
 * tab stop of its own: “Chủ trì⇥: Sở Nội vụ”, “Chủ trì⇥:⇥Sở Nội vụ”) as one
 * cell: where the value ends the line, or on a letterhead's line (“Số:⇥/KH-UBND⇥
 * …, ngày …”), not in a table's row; never “Nơi nhận:⇥KT. CHỦ TỊCH”, where the
 * tab parts the recipients from the signature. Null where the line holds no
 * such pair.
 */
function joinLabel(split: readonly string[]): string[] | null {
  let cells = [...split];
  const at = cells.flatMap((cell, k) => (cell === '' ? [] : [k]));
  if (at.length < 2) return null;
  const [first, second] = [at[0]!, at[1]!];
  const layout = cells.some(isLayoutCell);
  // The value ends the line, or the line is a letterhead's: a table's row has more cells, or empty ones after.
  const ends = (k: number) => k === cells.length - 1 || layout;
  if (rule('layout.colonCell').test(cells[second]!) && rule('layout.labelCell').test(`${cells[first]!}:`)) {
    const rest = cells[second]!.replace(rule('layout.colonCell'), '');
    if (!ends(rest === '' ? (at[2] ?? second) : second)) return null;
    cells = [...cells.slice(0, first), `${cells[first]!}:`, ...(rest === '' ? [] : [rest]), ...cells.slice(second + 1)];
    return joinValue(cells, first) ?? cells;
  }
  return ends(second) ? joinValue(cells, first) : null;
}

/** The label at `first` and the next cell with text as one cell, unless either is a letterhead or signature cell. */
function joinValue(cells: readonly string[], first: number): string[] | null {
  const value = cells.findIndex((cell, k) => k > first && cell !== '');
  const label = cells[first]!;
  if (value < 0 || !rule('layout.labelCell').test(label) || isLayoutCell(label) || isLayoutCell(cells[value]!)) return null;
  return [...cells.slice(0, first), `${label} ${cells[value]!}`, ...cells.slice(value + 1)];
}

/**
 * A line after leading tabs that is a list item, an outline item or a whole
 * sentence (“⇥a) Rà soát …”, “⇥- Tổ chức …”, “⇥Căn cứ …;”): the tab indents it.
 * A letterhead's or signature's right column (“⇥Nguyễn Văn An”) is neither.
 */
function isIndented(text: string): boolean {
  return classifyLine(text) !== null || rule('layout.endsSentence').test(text);
}

function clean(text: string): string {
  return text.replace(/[ \f\v\r\n\u00a0]+/gu, ' ').trim();
}
