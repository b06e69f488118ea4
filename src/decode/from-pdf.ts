import { rule } from '../grammar/registry.js';
import { packageVersion } from './external.js';
import { readBlocks } from './pdf/blocks.js';
import { mergeOverlays } from './pdf/overlay.js';
import { ToneMarks } from './pdf/tones.js';
import { continues, rightEdge, runsOn, usualLeading } from './pdf/paragraphs.js';
import { columnsOf, fits, isTabular, joinAcrossPages, tableRows } from './pdf/rows.js';
import { joinPieces, joinWrapped } from './pdf/text.js';
import { pushAll } from '../core/arrays.js';

/** A run of text on a page, in PDF points (y grows upwards). */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** The font's name in the text layer, where known: a fallback face's letters are told from the main run's by it. */
  font?: string;
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
/** A gap between lines this many times the usual line distance holds an empty line. */
const emptyLine = 1.7;
/** Page furniture (page numbers, running heads) sits within this margin of the page edge, in points. */
const margin = 56;

/** The text layer of a PDF, with lines and table rows rebuilt from positions. */
export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const { getDocumentProxy } = await import('unpdf');
  const unmapped = rule('layout.unmappedGlyph');
  // verbosity 0: pdf.js warnings ("Indexing all PDF objects") must not reach the user's stderr.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  const read: { lines: TextPiece[][]; height: number }[] = [];
  let characters = 0;
  const tones = new ToneMarks();
  const contents = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    // Mark glyphs are learnt from the whole document before any is read: a later page may teach an earlier one.
    for (const item of content.items) if ('str' in item) tones.learn(item.fontName, item.str);
    contents.push({ page, content });
  }
  for (const { page, content } of contents) {
    const pieces: TextPiece[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      // Glyphs without a Unicode mapping come out as control characters: mergeOverlays decides what they are.
      const str = tones.read(item.fontName, item.str);
      if ([...str].every((c) => c.trim() === '' || unmapped.test(c))) continue;
      const [, , , size = 10, x = 0, y = 0] = item.transform as number[];
      pieces.push({ text: str, x, y, width: item.width, size: Math.abs(size) || 10, font: item.fontName });
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
  // No blank line between pages: a paragraph or table row running on was joined above, and a blank would split a table.
  const { text, starts } = joinPages(pages, false);
  return { text, pages: pdf.numPages, pageStarts: starts, characters, converter: { name: 'unpdf', version: packageVersion('unpdf') } };
}

/** Pages' lines as one text, a blank line between pages, with the 1-based line each page starts on. */
export function joinPages(pages: readonly (readonly string[])[], separate = true): { text: string; starts: number[] } {
  const starts: number[] = [];
  const out: string[] = [];
  for (const lines of pages) {
    if (out.length > 0 && separate) out.push('');
    starts.push(out.length + 1);
    for (const line of lines) out.push(line);
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
      pushAll(out, tableRows(lines.slice(i, end + 1), carried));
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
        if (gap > leading * emptyLine) pushAll(out, Array<string>(Math.max(1, Math.round(gap / leading) - 1)).fill(''));
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
    for (const row of tableRows(lines.slice(i, end + 1), columns)) out.push(row);
    open = end === lines.length - 1 ? columns : null;
    i = end;
  }
  return { lines: out, open, ...(first ? { first } : {}), ...(previous && i === lines.length && out[out.length - 1] !== '' ? { last: previous } : {}) };
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

