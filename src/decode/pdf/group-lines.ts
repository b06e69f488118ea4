import type { TextPiece } from '../from-pdf.js';

/** Pieces closer than this (in font sizes) are one line. */
const sameLine = 0.4;

/** Pieces at the same height, each line left to right, lines top to bottom. */
export function groupLines(pieces: readonly TextPiece[]): TextPiece[][] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextPiece[][] = [];
  for (const p of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.y - p.y) <= p.size * sameLine) line.push(p);
    else lines.push([p]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}
