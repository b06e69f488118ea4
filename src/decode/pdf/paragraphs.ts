import { rule } from '../../grammar/registry.js';
import type { TextPiece } from '../from-pdf.js';
import { cellWidth } from './mono.js';
import { typicalWidth } from './overlay.js';
import { isTabular } from './rows.js';
import { joinPieces } from './text.js';

/**
 * A line that carries on the paragraph of the line above: the line above
 * runs to the right edge of the text block (its next word would not have fit
 * there) and does not end a sentence, this one does not start further in,
 * and the lines are set close.
 * The source had one paragraph where the page shows several lines.
 * `mono`: the document is set in a monospaced face, where widths are exact.
 * `closable`: a sentence's end may end the paragraph (not inside a table
 * row, which ends where a row opens).
 */
export function continues(above: readonly TextPiece[], line: readonly TextPiece[], edge: number, samePage = true, mono = false, closable = true): boolean {
  const first = line[0]!;
  const last = above[above.length - 1]!;
  const start = above[0]!;
  if (Math.abs(first.size - last.size) > 0.5 || (samePage && start.y - first.y > first.size * 1.8)) return false;
  if (first.x > start.x + first.size) return false;
  // Centred lines (a signature block's `TM. …` / `TRƯỞNG …`): same middle, different left edges; each ends its own line.
  const middle = (l: readonly TextPiece[]) => (l[0]!.x + l[l.length - 1]!.x + l[l.length - 1]!.width) / 2;
  if (Math.abs(middle(above) - middle(line)) < first.size * 0.5 && Math.abs(first.x - start.x) > first.size) return false;
  // A line that ends a sentence or clause (`…năm 2021.`, `…Điều 3;`, `Nơi nhận:`) before a line that opens like
  // a paragraph (a capital, a dash, a label such as `2.` or `b)`) ends its paragraph; before `100% cơ quan…` it does not.
  if (closable && rule('layout.endsSentence').test(last.text.trimEnd()) && opensParagraph(joinPieces(line))) return false;
  // A heading or list item (`5.1. Thẩm định…`) opens its own line, wherever the line above ended (`…tại Điều` / `2. …` is no label).
  if (closable && rule('layout.opensOutlineLabel').test(joinPieces(line)) && !rule('layout.takesNumber').test(joinPieces(above))) return false;
  return last.x + last.width + spaceWidth(first, mono) + firstWordWidth(line, mono) > edge;
}

/**
 * The width of a line's first word. In a monospaced print it may run over
 * several pieces (a letter of a fallback font inside it: `T` + `ổ`), and the
 * sum is exact; in a proportional one only the first piece is counted, an
 * estimate that errs short: a centred line (a signer's name over a title)
 * must not join the line below it.
 */
export function firstWordWidth(line: readonly TextPiece[], mono: boolean): number {
  let width = 0;
  for (let k = 0; k < line.length; k++) {
    const p = line[k]!;
    const text = k === 0 ? p.text.trimStart() : p.text;
    const word = text.split(' ')[0] ?? '';
    width = p.x - line[0]!.x + wordWidth(p, word, mono);
    const next = line[k + 1];
    if (word !== text || !next || !mono || next.x - (p.x + p.width) > p.size * 0.15) break;
  }
  return width;
}

/** A word space before `piece`: a letter's advance in a monospaced face, about 0.3 em in a proportional one. */
function spaceWidth(piece: TextPiece, mono: boolean): number {
  return mono ? cellWidth(piece.size) : piece.size * 0.3;
}

/** The width of `word`, the start of `piece`: its letters' share of the run (typical widths where letters differ: capitals are wide). */
function wordWidth(piece: TextPiece, word: string, mono: boolean): number {
  if (mono) return [...word].length * cellWidth(piece.size);
  const share = (text: string) => [...text].reduce((a, c) => a + typicalWidth(c), 0);
  return (piece.width * share(word)) / (share(piece.text) || 1);
}

/**
 * The first line of a page carries on the last line of the page before: by
 * the right edge as within a page, or because that line stops mid-clause
 * (no closing punctuation) and this one goes on in lower case (`người dân,` /
 * `doanh nghiệp …`): a page break is no paragraph break.
 */
export function runsOn(last: readonly TextPiece[], first: readonly TextPiece[], edge: number | undefined, mono = false): boolean {
  if (continues(last, first, edge ?? Infinity, false, mono)) return true;
  const next = joinPieces(first);
  return !rule('layout.endsSentence').test(joinPieces(last)) && rule('layout.startsLower').test(next) && !opensParagraph(next) && Math.abs(first[0]!.x - last[0]!.x) < first[0]!.size * 3;
}

/** A line that opens like a paragraph or list item: a capital letter, a dash or bullet, or a label (`2.`, `b)`, `IV.`). */
function opensParagraph(text: string): boolean {
  return rule('layout.opensParagraph').test(text);
}

/**
 * The right edge of the text block: where the longest lines end (the 98th
 * percentile of line ends, so that a stray line reaching into the margin
 * does not move it). A line stopping short of it by more than a word ended
 * its paragraph.
 */
export function rightEdge(lines: readonly (readonly TextPiece[])[]): number {
  const ends = lines.filter((l) => !isTabular(l)).map((l) => l[l.length - 1]!.x + l[l.length - 1]!.width).sort((a, b) => a - b);
  if (ends.length === 0) return Infinity;
  return ends[Math.floor((ends.length - 1) * 0.98)]!;
}

/** The most common distance between consecutive lines set in one size: the line height of running text. */
export function usualLeading(pages: readonly (readonly (readonly TextPiece[])[])[]): number {
  const counts = new Map<number, number>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1]![0]!, lines[i]![0]!];
      if (Math.abs(a.size - b.size) > 0.5 || a.y - b.y > b.size * 3) continue;
      const gap = Math.round((a.y - b.y) * 2) / 2;
      counts.set(gap, (counts.get(gap) ?? 0) + 1);
    }
  }
  let best = Infinity;
  let most = 0;
  for (const [gap, n] of counts) if (n > most || (n === most && gap < best)) [best, most] = [gap, n];
  return best;
}
