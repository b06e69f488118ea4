import { rule, type RuleId } from '../grammar/registry.js';
import { classifyLine } from '../segment/classify-line.js';

/** Header and signature cells: a row holding one lays out a letterhead or a signature, not a table. */
const layoutCellRules: readonly RuleId[] = [
  'metadata.issuerBody',
  'metadata.issuerLocality',
  'metadata.nationalMotto',
  'metadata.documentNumber',
  'metadata.dateline',
  'metadata.signatureCapacity',
  'metadata.signaturePosition',
  'metadata.recipientsHead',
];

export function isLayoutCell(text: string): boolean {
  return layoutCellRules.some((id) => rule(id).test(text));
}

/** Cues that a signature is under way: the recipients' head, a signing capacity or the signer's position. */
const signatureCueRules: readonly RuleId[] = ['metadata.recipientsHead', 'metadata.signatureCapacity', 'metadata.signaturePosition'];

/** Most one-column lines with text between two rows of one layout block (the recipients beside the signature). */
const maxColumnGap = 6;

export interface LayoutLine {
  /** A row's cells, the first kept where empty (a leading tab puts the text in the right column); null for a one-column line. */
  cells: readonly string[] | null;
  /** The line as it reads outside a block. */
  text: string;
  /** A row that opens a block by itself. */
  opens: boolean;
  /** A row of two cells, the right one a person's name: it opens a block only where a signature is under way. */
  signer?: boolean;
}

export interface PlacedLine {
  /** Index of the line in the input. */
  index: number;
  /** The text written there; null where the line stays as it is. */
  text: string | null;
}

interface Entry {
  index: number;
  /** Cells of a row; null for a one-column line or a blank. */
  cells: readonly string[] | null;
  /** No text, or cells all empty. */
  blank: boolean;
}

/**
 * Letterhead and signature blocks laid out in two columns (a Word table or
 * tab-laid paragraphs, flattened into rows), read a column at a time:
 *
 *     UBND TỈNH …⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *     Nơi nhận:⇥KT. GIÁM ĐỐC
 *     - UBND tỉnh;⇥PHÓ GIÁM ĐỐC
 *     - Lưu: VT.
 *     ⇥Nguyễn Văn A
 *
 * A block opens at a row that `opens`; rows right below it go on it, and so
 * do the one-column lines between its rows (the recipients beside the
 * signature). After such lines, a row goes on the block only where it is the
 * right column going on (its left cell empty, or its right cell a header or
 * signature cell, or the signer's name where a signature is under way): a
 * body row of two cells is not the letterhead's. A name beside another cell
 * (“Tổ trưởng⇥Nguyễn Văn An”; a place reads alike: “1⇥Hà Nội”) is a column
 * only after a signature cue (“Nơi nhận:”, “KT. CHỦ TỊCH”), among the
 * recipients or a few lines below: elsewhere it is a list's row. An outline
 * item or a document title ends the block, as do a few one-column lines.
 * Returns every input line once, in the order to write them.
 */
export function readLayoutBlocks(lines: readonly LayoutLine[]): PlacedLine[] {
  const out: PlacedLine[] = [];
  let run: Entry[] = [];
  let gap = 0;
  // Lines since a signature cue, the recipients not counted; null where no signature is under way.
  let sinceCue: number | null = null;

  const close = () => {
    let last = run.length - 1;
    while (last >= 0 && run[last]!.cells === null) last--;
    const block = run.slice(0, last + 1);
    for (const e of block) {
      if (e.blank) continue;
      if (e.cells === null) out.push({ index: e.index, text: null });
      else if (e.cells[0] !== '') out.push({ index: e.index, text: e.cells[0]! });
    }
    // The blank line that parts the columns: the recipients' list is not read on into the signature.
    const blank = block.find((e) => e.blank);
    if (blank) out.push({ index: blank.index, text: null });
    for (const e of block) if (e.cells !== null) for (const cell of e.cells.slice(1)) if (cell !== '') out.push({ index: e.index, text: cell });
    for (const e of run.slice(last + 1)) out.push({ index: e.index, text: null });
    run = [];
    gap = 0;
  };

  lines.forEach((line, index) => {
    const cells = line.cells;
    const filled = cells?.filter((c) => c !== '') ?? [];
    const signing = sinceCue !== null;
    sinceCue = followCue(sinceCue, cells === null ? [line.text.trim()].filter((t) => t !== '') : filled, cells === null);
    // A tab after an outline label (“1.⇥Mục đích”) is no column.
    const labelled = cells !== null && cells[0] !== '' && classifyLine(filled.join(' '))?.label === cells[0];
    if (cells !== null && filled.length > 0 && !labelled) {
      if (run.length > 0 && !joins(cells, filled, gap, signing)) close();
      if (run.length > 0 || line.opens || (line.signer === true && signing)) {
        run.push({ index, cells, blank: false });
        gap = 0;
      } else {
        out.push({ index, text: null });
      }
      return;
    }
    if (run.length === 0) {
      out.push({ index, text: null });
      return;
    }
    const blank = filled.length === 0 && (cells !== null || line.text.trim() === '');
    if (!blank && endsBlock(labelled ? filled.join(' ') : line.text)) {
      close();
      out.push({ index, text: null });
      return;
    }
    run.push({ index, cells: null, blank });
    if (!blank && ++gap > maxColumnGap) close();
  });
  if (run.length > 0) close();
  return out;
}

/** Whether a row goes on the open block, `gap` one-column lines below its last row. */
function joins(cells: readonly string[], filled: readonly string[], gap: number, signing: boolean): boolean {
  const layout = filled.some(isLayoutCell);
  if (!layout && filled.length > 2) return false;
  // The signer's name may stand beside the last recipient (“- Lưu: VT.⇥Nguyễn Văn A”), in a signature only.
  const name = (cell: string) => signing && rule('metadata.personName').test(cell);
  return gap === 0 || cells[0] === '' || cells.slice(1).some((cell) => cell !== '' && (isLayoutCell(cell) || name(cell)));
}

/**
 * Lines since a signature cue after a line with these texts: a cue starts the
 * count, a recipient leaves it, any other line adds one. The signature ends at
 * its signer's name, at the body's next heading, or after a few other lines.
 * A lone upper-case position on a line of one column goes on a signature under
 * way but starts none: in the body it heads a list (“TRƯỞNG BAN” over
 * “Chủ tịch UBND huyện⇥Nguyễn Văn An”), where a name is no signer.
 */
function followCue(since: number | null, texts: readonly string[], oneColumn: boolean): number | null {
  const cue = (t: string) => signatureCueRules.some((id) => rule(id).test(t));
  const lonePosition = (t: string) => oneColumn && rule('metadata.signaturePosition').test(t);
  if (texts.some((t) => cue(t) && (since !== null || !lonePosition(t)))) return 0;
  if (since === null || texts.length === 0) return since;
  if (texts.some((t) => rule('metadata.personName').test(t)) || texts.some(endsBlock)) return null;
  if (texts.every((t) => rule('layout.recipientCell').test(t))) return since;
  return since + 1 > maxColumnGap ? null : since + 1;
}

/** An outline item, a heading or the document's title: the body has begun. */
function endsBlock(text: string): boolean {
  const trimmed = text.trim();
  const marker = classifyLine(trimmed);
  return (marker !== null && marker.kind !== 'bullet') || rule('metadata.documentType').test(trimmed);
}
