import { layoutGrid, toTsvLine } from '../grid.js';
import { referenceLabel, renderInline, type WorkCounter } from './inline.js';
import {
  atxHeading,
  bulletItem,
  commentBlock,
  definition,
  fenceOpen,
  indentOf,
  isDelimiterRow,
  isThematicBreak,
  knownBlockTag,
  loneTag,
  markersOnly,
  opensNoBlock,
  orderedItem,
  rawTextBlock,
  setextUnderline,
  splitRow,
  startsListInParagraph,
    stripClosingHashes,
  stripListMarkers,
  stripQuote,
  trimEachLine,
  trimLineEnd,
  trimSpaces,
} from './lines.js';

/** `markersOnly`, tried only on a line that starts like one (most start with a word). */
function isMarkersOnly(line: string): boolean {
  const c = line.charCodeAt(0);
  return (c === 42 || c === 95 || c === 32 || c === 9) && markersOnly.test(line);
}

// Anything but white space (what `trim` removes), found without a trimmed copy.
const hasText = /\S/;

/** A GFM pipe table as read: its cells, and the lines of the text its rows became. */
export interface MarkdownTable {
  /** Rendered cells, one array per row (header first), before layout into a rectangle. */
  rows: string[][];
  /** Index of the table's first and last line in the text (0-based, inclusive). */
  firstLine: number;
  lastLine: number;
}

export interface MarkdownLines {
  lines: string[];
  tables: MarkdownTable[];
}

/**
 * The block pass: one look at each line, with no tree and no recursion. Containers are kept
 * only as far as the text needs them: block quotes are stripped (at any depth), a list item
 * starts a paragraph that carries its marker, and indentation inside a list continues it.
 */
export function readBlocks(markdown: string, counter?: WorkCounter): MarkdownLines {
  const source = markdown.split(/\r\n|\r|\n/);
  // Definitions may follow the links that use them, so they are collected first.
  const references = new Set<string>();
  for (const line of source) {
    if (line.includes(']:')) {
      const m = definition.exec(line);
      if (m) references.add(referenceLabel(m[1]!));
    }
  }
  const lines: string[] = [];
  const tables: MarkdownTable[] = [];
  let para: string[] | null = null;
  let prefix = '';
  let inList = false;
  let afterBlank = true;
  let quoted = false;
  let fence: { char: string; length: number } | null = null;
  let html: { end: string | null; text: string[] } | null = null;
  let table: { rows: string[][] } | null = null;

  const flushPara = () => {
    if (para) {
      // A line that is only emphasis markers (`**` that a wrap left alone) is markup, not a
      // line: kept, it would split the paragraph. Markers left alone are dropped when rendered.
      const kept = para.length > 1 && para.some(isMarkersOnly) ? para.filter((line) => !isMarkersOnly(line)) : para;
      // Spaces that stood inside dropped markers (`**KT. CHỦ TỊCH **`) do not end a line.
      const body = trimEachLine(renderInline(kept.join('\n'), counter, '', references));
      // A list item whose text is only markup (`* *`) leaves no line, not a bare marker.
      const text = hasText.test(body) ? (prefix === '' ? body : prefix + body).trim() : '';
      if (text) lines.push(text, '');
    }
    para = null;
    prefix = '';
  };
  const flushTable = () => {
    if (!table) return;
    const firstLine = lines.length;
    for (const row of layoutGrid(table.rows.map((cells) => cells.map((text) => ({ text, rowSpan: 1, colSpan: 1 })))).rows) lines.push(toTsvLine(row));
    tables.push({ rows: table.rows, firstLine, lastLine: lines.length - 1 });
    lines.push('');
    table = null;
  };
  const flushHtml = () => {
    if (!html) return;
    const text = renderInline(html.text.join('\n'), counter, ' ').trim();
    if (text) lines.push(text);
    html = null;
  };
  const cells = (row: string) => splitRow(row).map((cell) => renderInline(cell.trim(), counter, '', references).replace(/\s+/g, ' ').trim());

  for (let n = 0; n < source.length; n++) {
    const raw = source[n]!;
    if (counter) counter.work += raw.length + 1;
    // Block quote markers, at any depth, in one forward scan.
    let start = 0;
    let isQuoted = false;
    for (;;) {
      let j = start;
      while (j < raw.length && j - start < 3 && raw[j] === ' ') j++;
      if (raw[j] !== '>') break;
      start = j + 1;
      if (raw[start] === ' ' || raw[start] === '\t') start++;
      isQuoted = true;
    }
    const line = start > 0 ? raw.slice(start) : raw;

    if (fence) {
      const close = fenceOpen.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length && close[2]!.trim() === '') fence = null;
      else if (line.trim()) lines.push(line.trim());
      continue;
    }
    if (html) {
      if (html.end === null && line.trim() === '') {
        flushHtml();
      } else {
        html.text.push(line);
        if (html.end !== null && line.toLowerCase().includes(html.end)) flushHtml();
        continue;
      }
    }
    if (line.trim() === '') {
      flushPara();
      flushTable();
      afterBlank = true;
      quoted = isQuoted;
      continue;
    }
    const indent = indentOf(line);
    const content = trimLineEnd(line.slice(indent.chars));
    const enteredQuote = isQuoted && !quoted;
    quoted = isQuoted;
    if (afterBlank && indent.columns === 0 && !bulletItem.test(content) && !orderedItem.test(content)) inList = false;
    afterBlank = false;

    if (para && !enteredQuote && !inList && indent.columns >= 4) {
      para.push(content);
      continue;
    }
    if (indent.columns >= 4 && !para && !table && !inList) {
      // Indented code: its lines, as written.
      lines.push(content);
      continue;
    }
    // Most lines of a plan (words, `|` lines of flattened tables) open no block: skip those tests.
    if (!opensNoBlock(content)) {
      const fenced = fenceOpen.exec(line);
      if (fenced && indent.columns < 4 && !(fenced[1]![0] === '`' && fenced[2]!.includes('`'))) {
        flushPara();
        flushTable();
        fence = { char: fenced[1]![0]!, length: fenced[1]!.length };
        continue;
      }
      const heading = atxHeading.exec(content);
      if (heading && indent.columns < 4) {
        flushPara();
        flushTable();
        const text = renderInline(stripClosingHashes(heading[2] ?? ''), counter, '', references).trim();
        if (text) lines.push(text, '');
        continue;
      }
      if (para && !table && setextUnderline.test(line)) {
        flushPara();
        continue;
      }
      if (isThematicBreak(content)) {
        flushPara();
        flushTable();
        continue;
      }
      const rawText = rawTextBlock.exec(line);
      if (rawText || commentBlock.test(line) || knownBlockTag.test(line) || (!para && loneTag.test(line))) {
        flushPara();
        flushTable();
        html = { end: rawText ? `</${rawText[1]!.toLowerCase()}>` : commentBlock.test(line) ? '-->' : null, text: [line] };
        if (html.end !== null && line.toLowerCase().indexOf(html.end, 4) >= 0) flushHtml();
        continue;
      }
      if (!para && definition.test(line)) continue;
      const item = stripListMarkers(content, !para, counter);
      // `* *` is an emphasised space, not a list item holding a marker: markup, so no line.
      if (item.marker && markersOnly.test(item.content)) continue;
      if (item.marker && (!para || inList || enteredQuote || startsListInParagraph(item))) {
        flushPara();
        flushTable();
        inList = true;
        if (item.content === '' || isThematicBreak(item.content)) continue;
        para = [item.content];
        prefix = `${item.marker} `;
        continue;
      }
    }
    if (table && !enteredQuote) {
      table.rows.push(cells(content));
      continue;
    }
    const next = source[n + 1];
    if (content.includes('|') && next !== undefined) {
      const header = splitRow(content);
      const delimiter = stripQuote(next, isQuoted);
      if (isDelimiterRow(delimiter, header.length)) {
        flushPara();
        table = { rows: [cells(content)] };
        n++;
        continue;
      }
    }
    if (para && !enteredQuote) {
      para.push(content);
      continue;
    }
    flushPara();
    para = [content];
  }
  flushPara();
  flushTable();
  flushHtml();
  return { lines, tables: inTextLines(lines, tables) };
}

/** A paragraph's soft breaks stay inside one entry of `lines`: the tables' line numbers are moved to lines of the joined text. */
function inTextLines(lines: readonly string[], tables: MarkdownTable[]): MarkdownTable[] {
  if (tables.length === 0) return tables;
  const first: number[] = [];
  let at = 0;
  for (const entry of lines) {
    first.push(at);
    for (let i = entry.indexOf('\n'); i >= 0; i = entry.indexOf('\n', i + 1)) at++;
    at++;
  }
  return tables.map((t) => ({ ...t, firstLine: first[t.firstLine]!, lastLine: first[t.lastLine]! }));
}
