import { rule } from '../grammar/registry.js';
import { packageVersion } from './external.js';
import { pageRuns } from './pdf/actual-text.js';
import { readBlocks, type BlockLines } from './pdf/blocks.js';
import { readTabColumns } from './pdf/tab-blocks.js';
import { withoutMarkGlyphs } from './pdf/cells.js';
import { mergeOverlays } from './pdf/overlay.js';
import { ToneMarks } from './pdf/tones.js';
import { isMonospaced } from './pdf/mono.js';
import { continues, emptyLinesAtTop, emptyParagraphHeight, firstWordWidth, rightEdge, runsOn } from './pdf/paragraphs.js';
import { cellsApart, findTabStops, opensRow, tabbedText, tabWrap, type TabStops } from './pdf/tabs.js';
import { columnsOf, fits, isTabular as isRuledRow, joinAcrossPages, tableRows } from './pdf/rows.js';
import { joinPieces, joinWrapped } from './pdf/text.js';
import { gridsOf, rulesOf, type Grid } from './pdf/rules.js';
import { RuledTables } from './pdf/ruled.js';
import { ensureTransferToFixedLength } from './pdf/transfer.js';
import { pushAll } from '../core/arrays.js';
import { groupLines } from './pdf/group-lines.js';
import { openPdf, pdfjsLoader, type PdfDocument, type PdfLoader } from './pdf/open.js';

/** A run of text on a page, in PDF points (y grows upwards). */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** The PDF font's name, where known: a fallback face's letters are told from the main run's by it, and a run split within one font was split by something other than a change of font (a tab). */
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

/** A gap between lines this many times the usual line distance holds an empty line. */
const emptyLine = 1.7;
/** Page furniture (page numbers, running heads) sits within this margin of the page edge, in points. */
const margin = 56;

/** A PDF with more pages than the reader was allowed to read: nothing was read. */
export class TooManyPages extends Error {
  constructor(readonly pages: number, readonly limit: number) {
    super(`The PDF has ${pages.toLocaleString('en')} pages, over the ${limit.toLocaleString('en')}-page limit (--max-pages).`);
  }
}

/** The text layer of a PDF, with lines and table rows rebuilt from positions; at most `maxPages` pages. Refused (HostilePdf) before `load` where its cross-reference data is hostile. */
export async function pdfToText(bytes: Uint8Array, maxPages = Infinity, load: PdfLoader = pdfjsLoader): Promise<PdfText> {
  const { getResolvedPDFJS } = await import('unpdf');
  ensureTransferToFixedLength();
  const pdf = await openPdf(bytes, load);
  // A worker reads many PDFs: each one's pages and fonts are let go, whether it was read, refused or failed.
  try {
    // Checked before any page is read: page lookups are what grows with the square of the count.
    if (pdf.numPages > maxPages) throw new TooManyPages(pdf.numPages, maxPages);
    return await readText(pdf, bytes, (await getResolvedPDFJS()).OPS);
  } finally {
    await pdf.destroy();
  }
}

async function readText(pdf: PdfDocument, bytes: Uint8Array, ops: Parameters<typeof rulesOf>[1]): Promise<PdfText> {
  const unmapped = rule('layout.unmappedGlyph');
  const read: { raw: TextPiece[][]; lines: TextPiece[][]; height: number; grids: Grid[] }[] = [];
  let characters = 0;
  const tones = new ToneMarks();
  const proxies = [];
  const items = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    // Marked content tells where the writer's /ActualText spans are (pageRuns).
    items.push((await page.getTextContent({ includeMarkedContent: true })).items);
    proxies.push(page);
  }
  const runs = pageRuns(bytes, items);
  // Mark glyphs are learnt from the whole document before any is read: a later page may teach an earlier one.
  for (const run of runs.flat()) tones.learn(run.fontName, 'drawn' in run ? run.drawn : run.str);
  for (const [n, page] of proxies.entries()) {
    const pieces: TextPiece[] = [];
    for (const item of runs[n]!) {
      // Glyphs without a Unicode mapping come out as control characters: mergeOverlays decides what they are.
      const str = 'drawn' in item ? item.str : tones.read(item.fontName, item.str);
      if ([...str].every((c) => c.trim() === '' || unmapped.test(c))) continue;
      const [, , , size = 10, x = 0, y = 0] = item.transform;
      const piece = { text: str, x, y, width: item.width, size: Math.abs(size) || 10, font: item.fontName };
      // A span's width is its glyphs': a mark glyph's advance is taken off as from a run that reads it.
      pieces.push('drawn' in item ? { ...piece, width: withoutMarkGlyphs({ ...piece, text: item.drawn }).width } : piece);
      characters += str.trim().length;
    }
    const raw = groupLines(pieces);
    let grids: Grid[] = [];
    try {
      grids = gridsOf(rulesOf(await page.getOperatorList(), ops));
    } catch {
      // A drawing the rules reader cannot take costs the page its ruled tables, not its text.
    }
    read.push({ raw, lines: raw.map(mergeOverlays), height: page.view[3] ?? 842, grids });
  }
  const mono = isMonospaced(read.flatMap((p) => p.lines));
  const tabs = mono ? findTabStops(read.flatMap((p) => p.lines)) : null;
  // With the stops known, each cell of a line is put together apart: no letter or touching run joins two cells.
  if (tabs) for (const page of read) page.lines = page.raw.map((line) => cellsApart(line, tabs).flatMap(mergeOverlays));
  const running = runningLines(read);
  const all = read.flatMap((p) => p.lines);
  const layout = { edge: rightEdge(all), leading: emptyParagraphHeight(read.map((p) => p.lines)), mono, tabs };
  const pages: string[][] = [];
  let carried: number[] | null = null;
  let ending: readonly TextPiece[] | undefined;
  const ruled = new RuledTables();
  // Where each page's text starts, for pages whose first line reads on its own (not joined to the page before).
  const tops: (number | undefined)[] = [];
  for (const { lines, height, grids } of read) {
    const rowOpen = pages[pages.length - 1]?.at(-1)?.includes('\t') ?? false;
    const page = pageLines(lines, height, carried, running, layout, rowOpen, { reader: ruled, grids });
    const previous = pages[pages.length - 1];
    const count = page.lines.length;
    if (carried && previous) joinAcrossPages(previous, page.lines, ruled.openHeader);
    // A paragraph running on from the page before: its first line here joins the last line there.
    else if (previous && ending && page.first) {
      // Across a page only a carried tab tells (the table's width is the page's before).
      const tab = layout.tabs ? tabWrap(ending, page.first, layout.tabs, layout.edge, firstWordWidth(page.first, true), false) : null;
      if (tab !== null) previous[previous.length - 1] += tab + page.lines.shift()!;
      else if (runsOn(ending, page.first, layout.edge, layout.mono)) previous[previous.length - 1] = joinWrapped(previous[previous.length - 1]!, page.lines.shift()!);
    }
    tops.push(previous && page.lines.length === count ? page.top : undefined);
    ending = page.last;
    carried = page.open;
    pages.push(page.lines);
  }
  emptyLinesAtTop(tops, layout.leading).forEach((n, k) => pages[k]!.unshift(...Array<string>(n).fill('')));
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
  /** Set in a monospaced face (LibreOffice's print of a plain-text file): widths are exact. */
  mono?: boolean;
  /** The tab stops of a print that kept its source's tabs (table rows of a plain-text file, a row a line). */
  tabs?: TabStops | null;
}

export interface PageLines {
  lines: string[];
  /** Where the cells of a table still open at the page's end start. */
  open: number[] | null;
  /** The pieces of the page's first line, when it starts a paragraph of running text. */
  first?: readonly TextPiece[];
  /** The pieces of the page's last line, when it ends running text. */
  last?: readonly TextPiece[];
  /** Where the page's first line stands, when a line (not a ruled table) opens it. */
  top?: number;
}

/**
 * One page's pieces as lines: furniture dropped, table regions as
 * tab-separated rows. `carried` are the columns of a table still open at the
 * end of the previous page: wrapped cells at the top of this page continue it.
 * `rowOpen`: the previous page ended in a paragraph with tabs (a row), which
 * the first line here may continue.
 */
export function pageLines(grouped: readonly TextPiece[][], height: number, carried: number[] | null = null, running: ReadonlySet<string> = new Set(), layout: Layout = {}, rowOpen = false, ruled?: { reader: RuledTables; grids: Grid[] }): PageLines {
  const { edge = Infinity, leading = Infinity, mono = false, tabs = null } = layout;
  const kept = grouped.filter((line) => !isFurniture(line, height) && !(nearEdge(line, height) && running.has(joinPieces(line))));
  // Tables with borders are read cell by cell (pdf/ruled.ts); the lines around them as below.
  const { tables, rest } = ruled ? ruled.reader.page(kept, ruled.grids) : { tables: [], rest: kept };
  // With tab stops, a row's cells were set by its tabs, not in columns: a line with tabs is no pair of blocks, and no line is a ruled table's.
  const blocks: BlockLines = { ends: new Set(), wraps: new Set() };
  // The text's right edge bounds the cell a letterhead's centred lines wrap in.
  // A monospaced print's tabs are read by its own stops (pdf/tabs.ts); a proportional one's by the default stops.
  const columns = mono || rest.length === 0 ? rest : readTabColumns(rest, Math.min(...rest.map((l) => l[0]!.x)), edge, blocks, isRuledRow);
  const lines = readBlocks(columns, tabs ? (line) => tabbedText(line, tabs).includes('\t') : isRuledRow, blocks, edge);
  const isTabular = tabs ? () => false : isRuledRow;
  const out: string[] = [];
  let open: number[] | null = null;
  let i = 0;
  const tableFirst = tables[0] !== undefined && (lines.length === 0 || tables[0].top > lines[0]![0]!.y);
  const top = tableFirst ? undefined : lines[0]?.[0]?.y;
  if (carried && !tableFirst) {
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
  let width = 0;
  for (; i < lines.length; i++) {
    for (; tables[0] && tables[0].top > lines[i]![0]!.y; previous = null) pushAll(out, tables.shift()!.rows);
    if (!isTabular(lines[i]!)) {
      // A line continuing a row (or opening the page after one) reads its tabs as a row's.
      const inRow = previous ? out[out.length - 1]!.includes('\t') : rowOpen && out.length === 0;
      const short = previous !== null && inRow && cellsOf(out[out.length - 1]!) < width;
      const tab = previous && tabs ? tabWrap(previous, lines[i]!, tabs, edge, firstWordWidth(lines[i]!, mono), short) : null;
      const closable = !tabs || !inRow || opensRow(lines[i]!, tabs);
      const joined = tab !== null || (previous !== null && !blocks.ends.has(previous) && (blocks.wraps.has(lines[i]!) || continues(previous, lines[i]!, edge, true, mono, closable)));
      const line = tabs ? tabbedText(lines[i]!, tabs, joined || !previous ? inRow : false) : joinPieces(lines[i]!);
      if (tab !== null) out[out.length - 1] += tab + line;
      else if (joined) out[out.length - 1] = joinWrapped(out[out.length - 1]!, line);
      else {
        if (out.length === 0 && !carried) first = lines[i]!;
        // The widest row so far of the rows that went before: the table's count of cells.
        const before = out[out.length - 1];
        width = before?.includes('\t') ? Math.max(width, cellsOf(before)) : 0;
        // Empty paragraphs (blank lines of the source) left their height on the page: one blank line each.
        const gap = previous ? previous[0]!.y - lines[i]![0]!.y : 0;
        if (gap > leading * emptyLine) pushAll(out, Array<string>(Math.max(1, Math.round(gap / leading) - 1)).fill(''));
        out.push(line);
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
  // A ruled table that ends the page: a row its first cell empty at the top of the next carries on its last row.
  if (tables.length > 0) [previous, open] = [null, []];
  for (const table of tables) pushAll(out, table.rows);
  return { lines: out, open, ...(top !== undefined ? { top } : {}), ...(first ? { first } : {}), ...(previous && i === lines.length && out[out.length - 1] !== '' ? { last: previous } : {}) };
}

function cellsOf(row: string): number {
  return row.split('\t').length;
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

