import type { TextPiece } from '../from-pdf.js';
import type { BlockLines } from './blocks.js';
import { classifyLine } from '../../segment/classify-line.js';
import { firstWordWidth } from './paragraphs.js';
import { joinPieces } from './text.js';

/**
 * Default tab stops of the word processors that print plans: LibreOffice
 * every 1.25 cm, Word every 1.27 cm (half an inch), in points.
 */
const defaultStops = [(1.25 / 2.54) * 72, 36];
/** How far (in points) a run may start from a stop and still have been put there by a tab. */
const stopSlack = 1;
/** A gap narrower than this (in font sizes) is a word space, however the run after it starts. */
const tabGap = 0.4;
/** Most one-column lines between two tab-laid lines of one block (as the .docx reader, tab-columns.ts). */
const maxColumnGap = 6;
/** A word space, in font sizes. */
const spaceWidth = 0.3;

interface Entry {
  left: TextPiece[];
  /** The right column's paragraph: its first line, then the lines it wrapped onto. */
  right: TextPiece[][];
}

/**
 * Paragraphs laid in two columns with a tab (`UBND TỈNH …⇥CỘNG HÒA …`,
 * `Nơi nhận:⇥KT. GIÁM ĐỐC`), read as the .docx reader reads them: the left
 * column's lines, then the right column's. A print shows the tab as a gap
 * that ends on one of the default tab stops, counted from the left margin,
 * on a line that starts at the margin; a right column too long for the line
 * wraps back to the margin and is read on with its paragraph. A run needs two
 * such lines: one gap on a stop may be chance.
 */
export function readTabColumns(lines: readonly TextPiece[][], margin: number, edge: number, found: BlockLines, isTabular: (line: readonly TextPiece[]) => boolean): TextPiece[][] {
  const out: TextPiece[][] = [];
  let run: Entry[] = [];
  let gap = 0;
  const close = () => {
    let last = run.length - 1;
    while (last >= 0 && run[last]!.right.length === 0) last--;
    if (run.filter((e) => e.right.length > 0).length < 2) {
      // Not a run: the lines as they stand.
      for (const e of run) out.push([...e.left, ...(e.right[0] ?? [])], ...e.right.slice(1));
    } else {
      const block = run.slice(0, last + 1);
      // A left cell ends at its tab, and the column at its last line.
      for (const e of block) {
        if (e.left.length === 0) continue;
        if (e.right.length > 0 || e === block[block.length - 1]) found.ends.add(pushed(out, e.left));
        else out.push(e.left);
      }
      for (const e of block) {
        e.right.forEach((line, k) => (k > 0 ? found.wraps.add(line) : undefined));
        if (e.right.length > 0) found.ends.add(pushed(out, ...e.right));
      }
      for (const e of run.slice(last + 1)) out.push(e.left);
    }
    run = [];
    gap = 0;
  };
  for (const line of lines) {
    // A table's row (three cells or more) is for the table reader, and ends a run.
    if (isTabular(line)) {
      close();
      out.push(line);
      continue;
    }
    const at = tabAt(line, margin);
    const entry = run[run.length - 1];
    if (at > 0 && !isLabel(line.slice(0, at), line.slice(at))) {
      run.push({ left: line.slice(0, at), right: [line.slice(at)] });
      gap = 0;
    } else if (entry && entry.right.length > 0 && gap === 0 && wrapsBack(entry.right[entry.right.length - 1]!, line, margin, edge)) {
      entry.right.push(line);
    } else if (run.length > 0 && gap > 0 && setIn(line, margin) && run.slice(run.length - gap).every((e) => atMargin(e.left, margin))) {
      // After lines of the left column going on (the recipients), a line set in at a stop is the right column's (`⇥Trần Thị Hoa`).
      run.push({ left: [], right: [line] });
      gap = 0;
    } else if (run.length > 0) {
      run.push({ left: line, right: [] });
      if (++gap > maxColumnGap) close();
    } else out.push(line);
  }
  close();
  return out;
}

function pushed(out: TextPiece[][], ...lines: TextPiece[][]): TextPiece[] {
  out.push(...lines);
  return lines[lines.length - 1]!;
}

/** Where the run after a tab starts on a line set from the margin; -1 for none or more than one. */
export function tabAt(line: readonly TextPiece[], margin: number): number {
  if (Math.abs(line[0]!.x - margin) > stopSlack) return -1;
  let at = -1;
  for (let k = 1; k < line.length; k++) {
    const p = line[k]!;
    if (p.x - (line[k - 1]!.x + line[k - 1]!.width) < p.size * tabGap || !onStop(p.x - margin)) continue;
    if (at > 0) return -1;
    at = k;
  }
  return at;
}

/** A tab after an outline label (`I.⇥MỤC ĐÍCH`, `Điều 1.⇥Ban hành`) is a space, as the .docx reader has it. */
function isLabel(left: readonly TextPiece[], right: readonly TextPiece[]): boolean {
  const text = joinPieces(left);
  return classifyLine(`${text} ${joinPieces(right)}`)?.label === text;
}

function atMargin(line: readonly TextPiece[], margin: number): boolean {
  return line.length > 0 && Math.abs(line[0]!.x - margin) <= stopSlack;
}

/** A line of one run that starts on a stop right of the margin. */
function setIn(line: readonly TextPiece[], margin: number): boolean {
  return line[0]!.x - margin > stopSlack && onStop(line[0]!.x - margin);
}

function onStop(offset: number): boolean {
  return defaultStops.some((stop) => Math.abs(offset - Math.round(offset / stop) * stop) <= stopSlack);
}

/** A line at the margin carrying on the right column's line above: that line reached the edge, leaving no room for this one's first word. */
function wrapsBack(above: readonly TextPiece[], line: readonly TextPiece[], margin: number, edge: number): boolean {
  const last = above[above.length - 1]!;
  const first = line[0]!;
  if (Math.abs(first.x - margin) > stopSlack || Math.abs(first.size - last.size) > 0.5 || above[0]!.y - first.y > first.size * 1.8) return false;
  return last.x + last.width + first.size * spaceWidth + firstWordWidth(line, false) > edge;
}
