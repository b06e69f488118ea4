import type { TextPiece } from '../from-pdf.js';
import { pushAll } from '../../core/arrays.js';
import { firstWordWidth } from './paragraphs.js';

/** A gap this wide (in font sizes) between two runs of a line is a gutter between blocks side by side. */
const gutterWidth = 1.5;
/** Each side of a gutter is at least this wide (in font sizes): a label and its tab (`II.`, `-`, `a)`) are not a block. */
const sideWidth = 3;
/** Lines further apart than this (in font sizes, baseline to baseline) are not one block. */
const blockLeading = 2.5;
/** A left side narrower than this (in font sizes) may be a numbering label (`Điều 2.`, `Chương II`) and the tab after it. */
const labelWidth = 6;
/** A word space, in font sizes. */
const spaceWidth = 0.3;

/** What reading a page's blocks found, for joining its lines into paragraphs. */
export interface BlockLines {
  /** The last line of each block: its paragraph ends there, whatever stands below it (the title under the place and date). */
  ends: Set<readonly TextPiece[]>;
  /** Lines that carry on the line above in their block: a centred line wrapped in a narrow cell (`CỘNG HÒA … VIỆT` / `NAM`). */
  wraps: Set<readonly TextPiece[]>;
}

interface Sides {
  left: TextPiece[];
  right: TextPiece[];
  /** The free band between the two sides, in points. */
  gutter: [number, number];
}

/**
 * Blocks that stand side by side read one after the other.
 *
 * The letterhead sets the issuer beside the national motto and the number
 * beside the place and date (Decree 30/2020/NĐ-CP, Appendix I); the end sets
 * the recipients beside the signature. Read straight across, their lines
 * interleave (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT XÃ LƯƠNG MINH NAM`). A band of
 * lines split by one common gutter, with at least two lines that have text on
 * both sides, is read as its left block, then its right block; a line that
 * crosses the gutter, or stands apart, ends the band.
 */
export function readBlocks(lines: readonly TextPiece[][], isTabular: (line: readonly TextPiece[]) => boolean, found?: BlockLines, edge = Infinity): TextPiece[][] {
  const out: TextPiece[][] = [];
  for (let i = 0; i < lines.length; ) {
    const band = i > 0 && isTabular(lines[i - 1]!) ? null : bandAt(lines, i, isTabular);
    if (!band) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    // Lines already read that open the band's blocks are read again in their block.
    out.splice(out.length - (i - band.begin));
    pushAll(pushAll(out, band.left), band.right);
    if (found) {
      found.ends.add(band.left[band.left.length - 1]!).add(band.right[band.right.length - 1]!);
      for (let k = 1; k < band.right.length; k++) if (wrapsIn(band.right[k - 1]!, band.right[k]!, edge)) found.wraps.add(band.right[k]!);
    }
    i = band.end;
  }
  return out;
}

function bandAt(lines: readonly TextPiece[][], start: number, isTabular: (line: readonly TextPiece[]) => boolean) {
  const first = sidesOf(lines[start]!, isTabular);
  if (!first) return null;
  let gutter = first.gutter;
  const left = [first.left];
  const right = [first.right];
  let both = 1;
  let j = start + 1;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    const above = lines[j - 1]!;
    if (above[0]!.y - line[0]!.y > line[0]!.size * blockLeading || isTabular(line)) break;
    // Inside a band a short line centred under its block (`NAM`, `BẢNG`) may stand on either side of the gutter found.
    const sides = sidesOf(line, isTabular) ?? splitAt(line, gutter, [left[left.length - 1]!, right[right.length - 1]!], isTabular);
    if (sides) {
      const shared: [number, number] = [Math.max(gutter[0], sides.gutter[0]), Math.min(gutter[1], sides.gutter[1])];
      if (shared[1] - shared[0] < line[0]!.size) break;
      gutter = shared;
      left.push(sides.left);
      right.push(sides.right);
      both++;
      continue;
    }
    const side = sideOf(line, gutter);
    if (side === null || !alignsWith(line, side === 'left' ? left[left.length - 1]! : right[right.length - 1]!, gutter, side)) break;
    (side === 'left' ? left : right).push(line);
    gutter = narrowed(gutter, line, side);
  }
  if (both < 2) return null;
  // Lines just above on one side (`TM. ỦY BAN NHÂN DÂN` over `Nơi nhận: | KT. CHỦ TỊCH`) open their block.
  let begin = start;
  for (let k = start - 1; k >= 0; k--) {
    const line = lines[k]!;
    if (line[0]!.y - lines[k + 1]![0]!.y > line[0]!.size * blockLeading || isTabular(line)) break;
    const side = sideOf(line, gutter);
    if (side === null || !alignsWith(line, side === 'left' ? left[0]! : right[0]!, gutter, side)) break;
    (side === 'left' ? left : right).unshift(line);
    gutter = narrowed(gutter, line, side);
    begin = k;
  }
  return { left, right, begin, end: j };
}

/** The side of the gutter a line stands on, keeping a gutter one font size wide; null for a line across it. */
function sideOf(line: readonly TextPiece[], gutter: readonly [number, number]): 'left' | 'right' | null {
  const last = line[line.length - 1]!;
  const size = line[0]!.size;
  if (last.x + last.width <= gutter[1] - size && line[0]!.x < gutter[0]) return 'left';
  if (line[0]!.x >= gutter[0] + size && last.x + last.width > gutter[1]) return 'right';
  return null;
}

/**
 * A line of one side reaching into the gutter belongs to the block only
 * centred or aligned left with its neighbour there: a title centred on the page under the
 * right block's place and date reaches in as far, and is no part of it.
 */
function alignsWith(line: readonly TextPiece[], neighbour: readonly TextPiece[], gutter: readonly [number, number], side: 'left' | 'right'): boolean {
  const last = line[line.length - 1]!;
  const inGutter = side === 'left' ? last.x + last.width > gutter[0] : line[0]!.x < gutter[1];
  const size = line[0]!.size;
  return !inGutter || Math.abs(centre(line) - centre(neighbour)) <= size || Math.abs(line[0]!.x - neighbour[0]!.x) <= size;
}

function narrowed(gutter: readonly [number, number], line: readonly TextPiece[], side: 'left' | 'right'): [number, number] {
  const last = line[line.length - 1]!;
  return side === 'left' ? [Math.max(gutter[0], last.x + last.width), gutter[1]] : [gutter[0], Math.min(gutter[1], line[0]!.x)];
}

/** A line with exactly one gutter-wide gap: the runs on either side of it. */
function sidesOf(line: readonly TextPiece[], isTabular: (line: readonly TextPiece[]) => boolean): Sides | null {
  if (isTabular(line)) return null;
  let at = -1;
  for (let k = 1; k < line.length; k++) {
    const end = line[k - 1]!.x + line[k - 1]!.width;
    if (line[k]!.x - end < line[k]!.size * gutterWidth) continue;
    if (at >= 0) return null;
    at = k;
  }
  if (at < 0) return null;
  const before = line[at - 1]!;
  const last = line[line.length - 1]!;
  if (before.x + before.width - line[0]!.x < before.size * sideWidth || last.x + last.width - line[at]!.x < last.size * sideWidth) return null;
  if (isLabel(line[0]!.x, before, line[at]!.x)) return null;
  return { left: line.slice(0, at), right: line.slice(at), gutter: [before.x + before.width, line[at]!.x] };
}

/**
 * A short left side followed by a gap narrower than itself: a numbering
 * label and the tab to its paragraph's text (Word draws `Điều 2.` then the
 * text at the next stop), one line; blocks side by side stand further apart
 * than a short block is wide.
 */
function isLabel(start: number, before: TextPiece, next: number): boolean {
  const width = before.x + before.width - start;
  return width < before.size * labelWidth && next - (before.x + before.width) < width;
}

/**
 * A line whose runs fall on both sides of a known gutter: the runs on either
 * side. A side too short to be a block by itself (`NAM` under `CỘNG HÒA XÃ HỘI
 * CHỦ NGHĨA VIỆT`) must be centred under the line above it on its side, as a
 * letterhead's lines are; the ends of wrapped table cells are not.
 */
function splitAt(line: readonly TextPiece[], gutter: readonly [number, number], above: readonly [readonly TextPiece[], readonly TextPiece[]], isTabular: (line: readonly TextPiece[]) => boolean): Sides | null {
  if (isTabular(line)) return null;
  const size = line[0]!.size;
  const at = line.findIndex((p) => p.x >= gutter[0] + size);
  if (at <= 0) return null;
  const before = line[at - 1]!;
  const end = before.x + before.width;
  if (end > gutter[1] - size || line[at]!.x - end < size * gutterWidth || isLabel(line[0]!.x, before, line[at]!.x)) return null;
  const left = line.slice(0, at);
  const right = line.slice(at);
  if (!standsAsBlock(left, above[0]) || !standsAsBlock(right, above[1])) return null;
  return { left, right, gutter: [end, line[at]!.x] };
}

function standsAsBlock(side: readonly TextPiece[], above: readonly TextPiece[]): boolean {
  const last = side[side.length - 1]!;
  if (last.x + last.width - side[0]!.x >= last.size * sideWidth) return true;
  return Math.abs(centre(side) - centre(above)) <= last.size;
}

/**
 * A centred line of the right block wrapped in its cell: the line below has
 * the same middle, and the line above comes so near the text's right edge
 * (where the right cell ends) that, centred, it left no room for the first
 * word below. A centred line that leaves room (`TM. ỦY BAN NHÂN DÂN` over
 * `CHỦ TỊCH`) ended its paragraph. The left block's cell may reach past the
 * left margin by any amount: there the room is not known.
 */
function wrapsIn(above: readonly TextPiece[], line: readonly TextPiece[], edge: number): boolean {
  const size = line[0]!.size;
  if (Math.abs(centre(above) - centre(line)) > size || Math.abs(above[0]!.size - size) > 0.5) return false;
  const last = above[above.length - 1]!;
  return 2 * (edge - (last.x + last.width)) < size * spaceWidth + firstWordWidth(line, false);
}

function centre(line: readonly TextPiece[]): number {
  const last = line[line.length - 1]!;
  return (line[0]!.x + last.x + last.width) / 2;
}
