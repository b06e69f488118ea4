import { rule } from '../../grammar/registry.js';
import type { TextPiece } from '../from-pdf.js';
import { cellWidth } from './mono.js';
import { typicalWidth } from './cells.js';
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
  return mostCommon(lineGaps(pages));
}

/** Paragraphs spaced this much (in line heights) at most are next to each other; wider apart, an empty paragraph is between. */
const spacedAtMost = 1.6;

/**
 * The height an empty paragraph takes: a line and the space the paragraph
 * style sets after (or before) it, so that k empty paragraphs between two
 * lines make their distance k + 1 such heights (three empty cells of a table
 * written a paragraph a cell are three, not four). Where paragraphs follow
 * one another, it is their usual distance (between one and `spacedAtMost`
 * line heights); where each is followed by an empty one (a text saved with a
 * blank line between paragraphs), their usual distance split in the whole
 * number of such heights it holds.
 */
export function emptyParagraphHeight(pages: readonly (readonly (readonly TextPiece[])[])[]): number {
  const gaps = lineGaps(pages);
  const leading = mostCommon(gaps);
  // A few such gaps (a heading's space before) are no paragraph style.
  const usual = (values: readonly number[]) => (values.length * 10 >= gaps.length ? mostCommon(values) : Infinity);
  const spaced = usual(gaps.filter((g) => g > leading + 0.5 && g <= leading * spacedAtMost));
  if (spaced !== Infinity) return spaced;
  const apart = usual(gaps.filter((g) => g > leading * spacedAtMost));
  const steps = Math.floor(apart / leading + 0.05);
  return apart !== Infinity && steps >= 2 ? apart / steps : leading;
}

/** A page's text starting this many empty-paragraph heights lower than usual starts with that many empty paragraphs. */
const lowerStart = 0.75;
/** At most this many empty paragraphs are read at the top of a page. */
const maxEmptyAtTop = 2;

/**
 * Empty paragraphs at the top of each page, where a page break fell just
 * before them: they print nothing but push the page's first line down from
 * where pages usually start (the most common start among `tops`, the first
 * line of each page that reads on its own; undefined for the others). One
 * at the bottom of a page leaves room that a paragraph kept whole would leave
 * too, so only the top tells.
 */
export function emptyLinesAtTop(tops: readonly (number | undefined)[], height: number | undefined): number[] {
  const known = tops.filter((t): t is number => t !== undefined);
  if (!height || !Number.isFinite(height) || known.length < 2) return tops.map(() => 0);
  // Negated: of starts as common as each other, the highest.
  const usual = -mostCommon(known.map((t) => -Math.round(t * 2) / 2));
  // Further down, something the text layer does not hold (a picture, a drawing) stands above the first line.
  const count = (t: number) => (usual - t >= height * lowerStart ? Math.round((usual - t) / height) : 0);
  return tops.map((t) => (t !== undefined && count(t) <= maxEmptyAtTop ? count(t) : 0));
}

/** Distances between consecutive lines set in one size, to the half point. */
function lineGaps(pages: readonly (readonly (readonly TextPiece[])[])[]): number[] {
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1]![0]!, lines[i]![0]!];
      if (Math.abs(a.size - b.size) > 0.5 || a.y - b.y > b.size * 3) continue;
      gaps.push(Math.round((a.y - b.y) * 2) / 2);
    }
  }
  return gaps;
}

/** The most common value (the smallest of equals); Infinity for none. */
function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = Infinity;
  let most = 0;
  for (const [v, n] of counts) if (n > most || (n === most && v < best)) [best, most] = [v, n];
  return best;
}
