import type { AnyNode, Element } from 'domhandler';
import type { Reporter } from '../core/diagnostic.js';
import { columnRole } from '../tables/cells.js';
import { layoutGrid, maxGridCells, maxGridColumns, mergeHeaderBand, toTsvLine, type MarkupCell } from './grid.js';
import type { DecodedTable } from './types.js';
import { maxOf, pushAll } from '../core/arrays.js';
import { tabColumns } from './tab-columns.js';
import { isLayoutCell } from '../normalize/layout-block.js';
import { wordHtmlAsPrinted } from './word-html.js';
import { listItemLabel } from './list-labels.js';

const skipped = new Set(['script', 'style', 'noscript', 'iframe', 'template', 'svg', 'nav', 'object', 'embed', 'head', 'button', 'select', 'form', 'input', 'textarea', 'canvas', 'audio', 'video']);
const cellTags = new Set(['td', 'th']);
const blocks = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'address', 'center', 'figure', 'figcaption', 'hr', 'body', 'html']);

/** Deepest element nesting read; real pages and Word files stay far below it. */
export const maxHtmlDepth = 2000;

export interface HtmlText {
  text: string;
  tables: number;
  copiedBySpan: number;
  /** Each rendered table's grid and the lines of `text` it occupies. */
  grids: DecodedTable[];
  /** Table cells dropped or cut to keep a grid within its bounds (see layoutGrid). */
  clipped: number;
}

export interface HtmlOptions {
  /** Tabs in the text are Word's layout tabs (mammoth writes w:tab as one), not source whitespace: see tab-columns.ts. */
  layoutTabs?: boolean;
}

/** `htmlToText`, reporting the cells a rowspan copied (HTML pages and Word files alike). */
export async function renderHtml(html: string, reporter: Reporter, options: HtmlOptions = {}): Promise<string> {
  return (await renderHtmlTables(html, reporter, options)).text;
}

/** `renderHtml`, with the table grids behind the tab-separated rows, for src/tables to use as they are. */
export async function renderHtmlTables(html: string, reporter: Reporter, options: HtmlOptions = {}): Promise<{ text: string; tables: DecodedTable[] }> {
  const rendered = await htmlToText(html, options);
  if (rendered.clipped > 0) reporter.report('decode/table-clipped', `${rendered.clipped} table cell(s) were dropped or had their row/column span cut: a table may hold at most ${maxGridColumns} columns and ${maxGridCells} cells.`);
  if (rendered.copiedBySpan > 0) reporter.report('decode/span-copied', `${rendered.copiedBySpan} table cell(s) spanning several rows were copied into each row they span.`);
  return { text: rendered.text, tables: rendered.grids };
}

/**
 * Renders HTML to the lines a reader sees: one line per block, tables as
 * tab-separated rows. Scripts, styles, frames and navigation are dropped;
 * nothing is ever executed (cheerio only parses).
 */
export async function htmlToText(html: string, options: HtmlOptions = {}): Promise<HtmlText> {
  // The HTML parser itself takes time with the square of the nesting: estimate it from the markup before parsing.
  const estimated = markupDepth(html, maxHtmlDepth);
  if (estimated > maxHtmlDepth) throw new Error(`the markup is nested more than ${maxHtmlDepth} levels deep (the limit)`);
  const { load } = await import('cheerio');
  const $ = load(html);
  // Word's own web page marks its tabs; in other HTML a tab is whitespace.
  const layoutTabs = wordHtmlAsPrinted($).tabs || options.layoutTabs === true;
  const lines: string[] = [];
  let current = '';
  let tables = 0;
  let copiedBySpan = 0;
  const grids: DecodedTable[] = [];
  let clipped = 0;
  const columns = tabColumns((line) => lines.push(line));
  let cellDepth = 0;
  // An ordered list item's number, written before the item's first text (which may sit in a <p> of its own).
  let itemLabel = '';
  const flush = () => {
    if (itemLabel !== '' && current.trim() !== '') {
      current = `${itemLabel} ${current}`;
      itemLabel = '';
    }
    if (layoutTabs && cellDepth === 0) columns.add(current);
    else {
      const line = current.replace(/[ \t\f\v\u00a0]+/g, ' ').trim();
      if (line) lines.push(line);
    }
    current = '';
  };

  const inlineText = (node: AnyNode): string => {
    if (node.type === 'text') return (node as unknown as { data: string }).data;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return '';
    const el = node as Element;
    const name = el.tagName.toLowerCase();
    if (skipped.has(name)) return '';
    if (name === 'br') return ' ';
    const inner = el.children.map(inlineText).join('');
    return blocks.has(name) || name === 'table' || name === 'tr' ? ` ${inner} ` : inner;
  };

  /** A cell's text with its own line breaks (<br>, <p>) kept as newlines. */
  const cellLines = (cell: Element): string[] => {
    const saved = [lines.length, current] as const;
    current = '';
    cellDepth++;
    for (const child of cell.children) render(child);
    flush();
    cellDepth--;
    const out = lines.splice(saved[0]);
    current = saved[1];
    return out;
  };

  const renderTable = (table: Element) => {
    tables++;
    const rows: MarkupCell[][] = [];
    const cellsOf: Element[][] = [];
    const visitRows = (el: Element) => {
      for (const child of el.children) {
        if (child.type !== 'tag') continue;
        const name = child.tagName.toLowerCase();
        if (name === 'tr') {
          cellsOf.push(child.children.filter((c): c is Element => c.type === 'tag' && cellTags.has(c.tagName.toLowerCase())));
          rows.push(
            child.children
              .filter((c): c is Element => c.type === 'tag' && cellTags.has(c.tagName.toLowerCase()))
              .map((cell) => ({
                text: inlineText(cell).replace(/\s+/g, ' ').trim(),
                rowSpan: Number.parseInt(cell.attribs['rowspan'] ?? '1', 10) || 1,
                colSpan: Number.parseInt(cell.attribs['colspan'] ?? '1', 10) || 1,
              })),
          );
        } else if (name === 'thead' || name === 'tbody' || name === 'tfoot') {
          visitRows(child);
        }
      }
    };
    visitRows(table);
    // Word lays out the header and the signature as tables: no row of column words, few rows. Read them as text.
    const hasHeaderRow = rows.some((row) => row.filter((c) => columnRole(c.text) !== null).length >= 2);
    const layout = !hasHeaderRow && (rows.length <= 4 || isLayoutTable(rows));
    if (layout) {
      tables--;
      // A letterhead or signature set one line per row is read a column at a time, as the same block in one cell would be.
      const order = rows.length > 2 && isLayoutTable(rows) ? byColumn(cellsOf) : cellsOf.flat();
      for (const cell of order) pushAll(lines, cellLines(cell));
      return;
    }
    const merged = mergeHeaderBand(rows);
    const grid = layoutGrid(merged !== rows && merged[0]!.filter((c) => columnRole(c.text) !== null).length >= 2 ? merged : rows);
    copiedBySpan += grid.copiedBySpan;
    clipped += grid.clipped;
    const shown: DecodedTable = { rows: [], copied: [], firstLine: lines.length + 1, lastLine: lines.length };
    grid.rows.forEach((row, r) => {
      if (!row.some((cell) => cell !== '')) return;
      const line = toTsvLine(row);
      lines.push(line);
      shown.rows.push(line.split('\t'));
      shown.copied.push(grid.copied[r]!);
    });
    shown.lastLine = lines.length;
    if (shown.rows.length > 0) grids.push(shown);
  };

  const render = (node: AnyNode) => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      current += layoutTabs ? data.replace(/[^\S\t]+/g, ' ') : data.replace(/\s+/g, ' ');
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const el = node as Element;
    const name = el.tagName?.toLowerCase() ?? '';
    if (skipped.has(name)) return;
    if (name === 'br') return flush();
    if (name === 'table') {
      flush();
      columns.close();
      renderTable(el);
      return;
    }
    const isBlock = blocks.has(name);
    if (isBlock) flush();
    if (name === 'li') itemLabel = listItemLabel(el) ?? '';
    for (const child of el.children) render(child);
    if (isBlock) flush();
  };

  const root = $.root()[0];
  if (root) {
    // The walk below recurses once per level of nesting: a hostile page ten thousand levels deep would overflow the stack.
    const depth = nestingDepth(root);
    if (depth > maxHtmlDepth) throw new Error(`the markup is nested more than ${maxHtmlDepth} levels deep (the limit)`);
    for (const child of root.children) render(child);
  }
  flush();
  columns.close();
  return { text: lines.join('\n'), tables, copiedBySpan, grids, clipped };
}

/** Widest table read as a letterhead or signature: they have two columns, at most three. */
const maxLayoutColumns = 3;

/**
 * A borderless table that lays out a letterhead or a signature block, one
 * line per row (more rows than a table of column words would leave to chance):
 * at most three cells a row, none merged, one cell that opens such a block.
 */
function isLayoutTable(rows: readonly (readonly MarkupCell[])[]): boolean {
  if (rows.some((row) => row.length > maxLayoutColumns || row.some((c) => c.rowSpan > 1 || c.colSpan > 1))) return false;
  return rows.some((row) => row.some((c) => isLayoutCell(c.text)));
}

/** Cells a column at a time, top to bottom, left column first. */
function byColumn<T>(rows: readonly (readonly T[])[]): T[] {
  const width = Math.max(0, maxOf(rows.map((cells) => cells.length)));
  const out: T[] = [];
  for (let c = 0; c < width; c++) for (const cells of rows) if (c < cells.length) out.push(cells[c]!);
  return out;
}

/** How deep elements nest under `root`, counted without recursion. */
function nestingDepth(root: AnyNode): number {
  let deepest = 0;
  const stack: Array<[AnyNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    const children = (node as Element).children;
    if (children) for (const child of children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Elements that never nest in themselves (a new one closes the open one) or have no content. */
const flat = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'html', 'head', 'body', 'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
const rawText = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext']);

/**
 * How deep the markup's elements nest, read from the text in one pass (an
 * estimate of what the parser will build: an end tag closes the elements left
 * open inside it, and elements that cannot nest in themselves are not
 * counted). Stops as soon as the nesting passes `limit`.
 */
function markupDepth(html: string, limit: number): number {
  const open: string[] = [];
  const counts = new Map<string, number>();
  let deepest = 0;
  let at = html.indexOf('<');
  while (at >= 0 && at < html.length) {
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4);
      at = close < 0 ? -1 : html.indexOf('<', close + 3);
      continue;
    }
    const closing = html.charCodeAt(at + 1) === 0x2f;
    let end = at + (closing ? 2 : 1);
    while (end < html.length && isNameChar(html.charCodeAt(end))) end++;
    const name = html.slice(at + (closing ? 2 : 1), end).toLowerCase();
    const close = html.indexOf('>', end);
    if (close < 0) break;
    if (name !== '' && !closing && !flat.has(name) && html.charCodeAt(close - 1) !== 0x2f) {
      if (rawText.has(name)) {
        // Its text is not markup: skip to its own end tag, in any letter case.
        let after = html.indexOf('</', close);
        while (after >= 0 && html.slice(after + 2, after + 2 + name.length).toLowerCase() !== name) after = html.indexOf('</', after + 2);
        at = after;
        continue;
      }
      open.push(name);
      counts.set(name, (counts.get(name) ?? 0) + 1);
      deepest = Math.max(deepest, open.length);
      if (deepest > limit) return deepest;
    } else if (name !== '' && closing && (counts.get(name) ?? 0) > 0) {
      // Each element is popped once at most: the pass stays linear.
      for (let top = open.pop(); top !== undefined; top = open.pop()) {
        counts.set(top, counts.get(top)! - 1);
        if (top === name) break;
      }
    }
    at = html.indexOf('<', close + 1);
  }
  return deepest;
}

function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a;
}
