import type { TextPiece } from '../from-pdf.js';

/** A gap this wide (in font sizes) between two runs of a line is a gutter between blocks side by side. */
const gutterWidth = 1.5;
/** Each side of a gutter is at least this wide (in font sizes): a label and its tab (`II.`, `-`, `a)`) are not a block. */
const sideWidth = 3;
/** Lines further apart than this (in font sizes, baseline to baseline) are not one block. */
const blockLeading = 2.5;

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
export function readBlocks(lines: readonly TextPiece[][], isTabular: (line: readonly TextPiece[]) => boolean): TextPiece[][] {
  const out: TextPiece[][] = [];
  for (let i = 0; i < lines.length; ) {
    const band = i > 0 && isTabular(lines[i - 1]!) ? null : bandAt(lines, i, isTabular);
    if (!band) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    out.push(...band.left, ...band.right);
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
    const sides = sidesOf(line, isTabular);
    if (sides) {
      const shared: [number, number] = [Math.max(gutter[0], sides.gutter[0]), Math.min(gutter[1], sides.gutter[1])];
      if (shared[1] - shared[0] < line[0]!.size) break;
      gutter = shared;
      left.push(sides.left);
      right.push(sides.right);
      both++;
      continue;
    }
    const last = line[line.length - 1]!;
    if (last.x + last.width <= gutter[0] + 1) left.push(line);
    else if (line[0]!.x >= gutter[1] - 1) right.push(line);
    else break;
  }
  return both >= 2 ? { left, right, end: j } : null;
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
  return { left: line.slice(0, at), right: line.slice(at), gutter: [before.x + before.width, line[at]!.x] };
}
