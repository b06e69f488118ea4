import { rule } from '../../grammar/registry.js';
import type { TextPiece } from '../from-pdf.js';
import { typicalWidth } from './overlay.js';
import { isTabular } from './rows.js';
import { joinPieces } from './text.js';

/**
 * A line that carries on the paragraph of the line above: the line above
 * runs to the right edge of the text block (its next word would not have fit
 * there) and does not end a sentence, this one does not start further in,
 * and the lines are set close.
 * The source had one paragraph where the page shows several lines.
 */
export function continues(above: readonly TextPiece[], line: readonly TextPiece[], edge: number, samePage = true): boolean {
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
  if (rule('layout.endsSentence').test(last.text.trimEnd()) && opensParagraph(joinPieces(line))) return false;
  const word = first.text.trimStart().split(' ')[0] ?? '';
  // The next word's width: its share of the run it starts, by typical letter widths (capitals are wide).
  const share = (text: string) => [...text].reduce((a, c) => a + typicalWidth(c), 0);
  const wordWidth = (first.width * share(word)) / (share(first.text) || 1);
  return last.x + last.width + wordWidth + first.size * 0.3 > edge;
}

/**
 * The first line of a page carries on the last line of the page before: by
 * the right edge as within a page, or because that line stops mid-clause
 * (no closing punctuation) and this one goes on in lower case (`người dân,` /
 * `doanh nghiệp …`): a page break is no paragraph break.
 */
export function runsOn(last: readonly TextPiece[], first: readonly TextPiece[], edge: number | undefined): boolean {
  if (continues(last, first, edge ?? Infinity, false)) return true;
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
