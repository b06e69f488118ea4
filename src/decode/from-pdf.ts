import { rule } from '../grammar/registry.js';
import { packageVersion } from './external.js';
import { readBlocks } from './pdf/blocks.js';
import { mergeOverlays, typicalWidth } from './pdf/overlay.js';

/** A run of text on a page, in PDF points (y grows upwards). */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfText {
  /** Lines in reading order; table rows as tab-separated cells; a blank line between pages. */
  text: string;
  pages: number;
  /** 1-based line of `text` where each page starts. */
  pageStarts: number[];
  /** Characters of text found, for telling a scan (none) from a text PDF. */
  characters: number;
  converter: { name: string; version: string };
}

/** Pieces closer than this (in font sizes) are one line. */
const sameLine = 0.4;
/** A horizontal gap wider than this (in font sizes) separates table cells. */
const cellGap = 1.5;
/** A gap between lines this many times the usual line distance holds an empty line. */
const emptyLine = 1.7;
/** Page furniture (page numbers, running heads) sits within this margin of the page edge, in points. */
const margin = 56;

/** The text layer of a PDF, with lines and table rows rebuilt from positions. */
export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const { getDocumentProxy } = await import('unpdf');
  // verbosity 0: pdf.js warnings ("Indexing all PDF objects") must not reach the user's stderr.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  const read: { lines: TextPiece[][]; height: number }[] = [];
  let characters = 0;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const pieces: TextPiece[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      // Glyphs without a Unicode mapping come out as control characters: mergeOverlays decides what they are.
      const str = item.str;
      if (str.replace(/\p{Cc}/gu, ' ').trim() === '') continue;
      const [, , , size = 10, x = 0, y = 0] = item.transform as number[];
      pieces.push({ text: str, x, y, width: item.width, size: Math.abs(size) || 10 });
      characters += str.trim().length;
    }
    read.push({ lines: groupLines(pieces).map(mergeOverlays), height: page.view[3] ?? 842 });
  }
  const running = runningLines(read);
  const layout = { edge: rightEdge(read.flatMap((p) => p.lines)), leading: usualLeading(read.map((p) => p.lines)) };
  const pages: string[][] = [];
  let carried: number[] | null = null;
  let ending: readonly TextPiece[] | undefined;
  for (const { lines, height } of read) {
    const page = pageLines(lines, height, carried, running, layout);
    const previous = pages[pages.length - 1];
    if (carried && previous) joinAcrossPages(previous, page.lines);
    // A paragraph running on from the page before: its first line here joins the last line there.
    else if (previous && ending && page.first && runsOn(ending, page.first, layout.edge)) previous[previous.length - 1] = joinWrapped(previous[previous.length - 1]!, page.lines.shift()!);
    ending = page.last;
    carried = page.open;
    pages.push(page.lines);
  }
  const { text, starts } = joinPages(pages);
  return { text, pages: pdf.numPages, pageStarts: starts, characters, converter: { name: 'unpdf', version: packageVersion('unpdf') } };
}

/** A row cut by a page break (its first cell empty on the new page) put back into the row it continues. */
export function joinAcrossPages(previous: string[], lines: string[]): void {
  const last = previous[previous.length - 1];
  const next = lines[0];
  if (last === undefined || next === undefined || !last.includes('\t') || !next.startsWith('\t')) return;
  const cells = last.split('\t');
  const more = next.split('\t');
  if (more.length !== cells.length) return;
  previous[previous.length - 1] = cells.map((c, i) => joinWrapped(c, more[i]!)).join('\t');
  lines.shift();
}

/** Pages' lines as one text, a blank line between pages, with the 1-based line each page starts on. */
export function joinPages(pages: readonly (readonly string[])[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  const out: string[] = [];
  for (const lines of pages) {
    if (out.length > 0) out.push('');
    starts.push(out.length + 1);
    out.push(...lines);
  }
  return { text: out.join('\n'), starts };
}

/** The text block's measures: its right edge and the usual distance between lines, in points. */
export interface Layout {
  edge?: number;
  leading?: number;
}

export interface PageLines {
  lines: string[];
  /** Where the cells of a table still open at the page's end start. */
  open: number[] | null;
  /** The pieces of the page's first line, when it starts a paragraph of running text. */
  first?: readonly TextPiece[];
  /** The pieces of the page's last line, when it ends running text. */
  last?: readonly TextPiece[];
}

/**
 * One page's pieces as lines: furniture dropped, table regions as
 * tab-separated rows. `carried` are the columns of a table still open at the
 * end of the previous page: wrapped cells at the top of this page continue it.
 */
export function pageLines(grouped: readonly TextPiece[][], height: number, carried: number[] | null = null, running: ReadonlySet<string> = new Set(), layout: Layout = {}): PageLines {
  const { edge = Infinity, leading = Infinity } = layout;
  const kept = grouped.filter((line) => !isFurniture(line, height) && !(nearEdge(line, height) && running.has(joinPieces(line))));
  const lines = readBlocks(kept, isTabular);
  const out: string[] = [];
  let open: number[] | null = null;
  let i = 0;
  if (carried) {
    // The row continues: its first cell is empty, as the table reader expects of a row cut by a page break.
    let end = i - 1;
    while (end + 1 < lines.length && !isTabular(lines[end + 1]!) && fits(lines[end + 1]!, carried)) end++;
    if (end >= i) {
      out.push(...tableRows(lines.slice(i, end + 1), carried));
      i = end + 1;
      open = end === lines.length - 1 ? carried : null;
    }
  }
  let previous: readonly TextPiece[] | null = null;
  let first: readonly TextPiece[] | undefined;
  for (; i < lines.length; i++) {
    if (!isTabular(lines[i]!)) {
      const text = joinPieces(lines[i]!);
      if (previous && continues(previous, lines[i]!, edge)) out[out.length - 1] = joinWrapped(out[out.length - 1]!, text);
      else {
        if (out.length === 0 && !carried) first = lines[i]!;
        // Empty paragraphs (blank lines of the source) left their height on the page: one blank line each.
        const gap = previous ? previous[0]!.y - lines[i]![0]!.y : 0;
        if (gap > leading * emptyLine) out.push(...Array<string>(Math.max(1, Math.round(gap / leading) - 1)).fill(''));
        out.push(text);
      }
      previous = lines[i]!;
      open = null;
      continue;
    }
    previous = null;
    // A table region: tabular lines and the wrapped-cell lines between them.
    let end = i;
    while (end + 1 < lines.length && (isTabular(lines[end + 1]!) || fits(lines[end + 1]!, lines[i]!.map((p) => p.x)))) end++;
    const columns = columnsOf(lines.slice(i, end + 1));
    out.push(...tableRows(lines.slice(i, end + 1), columns));
    open = end === lines.length - 1 ? columns : null;
    i = end;
  }
  return { lines: out, open, ...(first ? { first } : {}), ...(previous && i === lines.length && out[out.length - 1] !== '' ? { last: previous } : {}) };
}

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
  // A line that ends a sentence or clause (`…năm 2021.`, `…Điều 3;`, `Nơi nhận:`) before a line that opens like
  // a paragraph (a capital, a dash, a label such as `2.` or `b)`) ends its paragraph; before `100% cơ quan…` it does not.
  if (/[.;:!?]$/u.test(last.text.trimEnd()) && opensParagraph(joinPieces(line))) return false;
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
function runsOn(last: readonly TextPiece[], first: readonly TextPiece[], edge: number | undefined): boolean {
  if (continues(last, first, edge ?? Infinity, false)) return true;
  return !/[.;:!?]$/u.test(joinPieces(last)) && /^\p{Ll}/u.test(joinPieces(first)) && !opensParagraph(joinPieces(first)) && Math.abs(first[0]!.x - last[0]!.x) < first[0]!.size * 3;
}

/** A line that opens like a paragraph or list item: a capital letter, a dash or bullet, or a label (`2.`, `b)`, `IV.`). */
function opensParagraph(text: string): boolean {
  return /^(?:\p{Lu}|[-+•–*(]|\d+(?:\.\d+)*[.)]\s|\p{Ll}\)\s)/u.test(text);
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

/**
 * Running heads and feet: lines near the page edge that recur on at least half
 * of the pages (two at least), such as the plan's title or the issuer's name.
 */
export function runningLines(pages: readonly { lines: TextPiece[][]; height: number }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { lines, height } of pages) {
    const seen = new Set(lines.filter((l) => nearEdge(l, height)).map(joinPieces));
    for (const text of seen) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, n]) => n >= needed).map(([text]) => text));
}

function nearEdge(line: readonly TextPiece[], height: number): boolean {
  const y = line[0]!.y;
  return y <= margin || y >= height - margin;
}

/** A bare page number (or “Trang 3”) near the top or bottom edge. */
function isFurniture(line: readonly TextPiece[], height: number): boolean {
  if (!nearEdge(line, height)) return false;
  const text = joinPieces(line).trim();
  return rule('formats.pageNumber').test(text);
}

function gaps(line: readonly TextPiece[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < line.length; i++) out.push(line[i]!.x - (line[i - 1]!.x + line[i - 1]!.width));
  return out;
}

/** Pieces spread across the page with wide gaps: cells of a table row. */
function isTabular(line: readonly TextPiece[]): boolean {
  return line.length >= 3 && gaps(line).filter((g) => g > line[0]!.size * cellGap).length >= 2;
}

/**
 * A line that belongs to the table: every piece starts near one of the
 * columns, and a line starting in the first column has another cell too (a
 * paragraph after the table starts at the same margin, alone).
 */
function fits(line: readonly TextPiece[], columns: readonly number[]): boolean {
  const near = (p: TextPiece, x: number) => Math.abs(x - p.x) < p.size;
  if (!line.every((p) => columns.some((x) => near(p, x)))) return false;
  return !near(line[0]!, columns[0]!) || line.length >= 2;
}

/** Where the region's cells start: piece starts, clustered. */
function columnsOf(lines: readonly TextPiece[][]): number[] {
  const starts = [...new Set(lines.flat().map((p) => Math.round(p.x)))].sort((a, b) => a - b);
  const columns: number[] = [];
  for (const x of starts) if (columns.length === 0 || x - columns[columns.length - 1]! > 6) columns.push(x);
  return columns;
}

/**
 * Rows from a table region: a row begins where the first column has text
 * (the STT cell); lines without it are the row's wrapped cells, appended to
 * each column in turn (a region that opens with a row cut by a page break
 * starts with such lines: an empty first cell, as the table reader expects).
 */
function tableRows(lines: readonly TextPiece[][], columns: readonly number[]): string[] {
  const column = (x: number) => {
    let c = 0;
    for (let i = 0; i < columns.length; i++) if (x >= columns[i]! - 3) c = i;
    return c;
  };
  const rows: string[][] = [];
  for (const line of lines) {
    const cells = columns.map(() => '');
    for (const p of line) cells[column(p.x)] = `${cells[column(p.x)]} ${p.text}`.trim();
    const row = rows[rows.length - 1];
    if (row && cells[0] === '') cells.forEach((t, i) => (row[i] = joinWrapped(row[i]!, t)));
    else rows.push(cells);
  }
  return rows.map((r) => r.join('\t'));
}

/** Text wrapped onto the next line, joined with a space; but a break after a hyphen or slash inside a word or number (`2021-` / `2030`, `16/2015/` / `NĐ-CP`) joins without one. */
export function joinWrapped(text: string, more: string): string {
  if (text === '' || more === '') return `${text}${more}`;
  return /\S[-/]$/u.test(text) ? `${text}${more}` : `${text} ${more}`;
}

/** Pieces of one line, with a space where the PDF leaves a gap. */
function joinPieces(line: readonly TextPiece[]): string {
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
function bullet(line: string): string {
  const c = line.codePointAt(0) ?? 0;
  return c >= 0xe000 && c <= 0xf8ff ? `-${line.slice(1)}` : line;
}
