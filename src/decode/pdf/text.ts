import type { TextPiece } from '../from-pdf.js';

/** Pieces of one line, with a space where the PDF leaves a gap. */
export function joinPieces(line: readonly TextPiece[]): string {
  let out = '';
  let end = -Infinity;
  for (const p of line) {
    const gap = p.x - end;
    out += out === '' || out.endsWith(' ') || p.text.startsWith(' ') || gap < p.size * 0.15 ? p.text : ` ${p.text}`;
    end = p.x + p.width;
  }
  return bullet(out.replace(/\s+/gu, ' ').trim());
}

/** A symbol-font bullet comes out of the text layer as a private-use character: it is a dash. */
export function bullet(line: string): string {
  const c = line.codePointAt(0) ?? 0;
  return c >= 0xe000 && c <= 0xf8ff ? `-${line.slice(1)}` : line;
}

/** Text wrapped onto the next line, joined with a space; but a break after a hyphen or slash inside a word or number (`2021-` / `2030`, `16/2015/` / `NĐ-CP`) joins without one. */
export function joinWrapped(text: string, more: string): string {
  if (text === '' || more === '') return `${text}${more}`;
  return /\S[-/]$/u.test(text) ? `${text}${more}` : `${text} ${more}`;
}
