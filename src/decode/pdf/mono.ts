import type { TextPiece } from '../from-pdf.js';

/**
 * Monospaced faces (Liberation Mono, DejaVu Sans Mono, Courier New) advance
 * 0.6 em for every letter and space: LibreOffice prints a plain-text file in
 * one of them by default.
 */
export const monoEm = 0.6;
/** How far (in ems per letter) a run may be off 0.6 em and still be monospaced: fallback glyphs are a little wider. */
export const monoSlack = 0.02;

/** Whether letters `each` points wide, in a face of this size, are a monospaced face's (within `slack` ems). */
export function isMonoWidth(each: number, size: number, slack = monoSlack): boolean {
  return Math.abs(each - size * monoEm) <= size * slack;
}

/** The advance of one letter or space in a monospaced face of this size (a fallback letter takes one cell too). */
export function cellWidth(size: number): number {
  return size * monoEm;
}

/** The advance of one letter or space of a monospaced run; undefined for a proportional one. */
export function monoAdvance(piece: TextPiece): number | undefined {
  const letters = [...piece.text].length;
  if (letters === 0) return undefined;
  return isMonoWidth(piece.width / letters, piece.size) ? piece.size * monoEm : undefined;
}

/** Nearly all letters in monospaced runs: the document is set in a monospaced face (a proportional bold capital may measure 0.6 em by chance). */
const monoShare = 0.8;

/** A text set in a monospaced face: nearly all of its letters are in monospaced runs. */
export function isMonospaced(lines: readonly (readonly TextPiece[])[]): boolean {
  let mono = 0;
  let all = 0;
  for (const line of lines) {
    for (const p of line) {
      const letters = [...p.text].length;
      all += letters;
      if (monoAdvance(p) !== undefined) mono += letters;
    }
  }
  return all > 0 && mono >= all * monoShare;
}
