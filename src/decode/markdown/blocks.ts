import { layoutGrid, toTsvLine } from '../grid.js';
import { referenceLabel, renderInline, type WorkCounter } from './inline.js';

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

const fenceOpen = /^ {0,3}(`{3,}|~{3,})([^`]*)$/;
const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const setextUnderline = /^ {0,3}(?:=+|-+)[ \t]*$/;
const bulletItem = /^([-+*])(?:[ \t]+|$)/;
const orderedItem = /^(\d{1,9})([.)])(?:[ \t]+|$)/;
const rawTextBlock = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;
const commentBlock = /^ {0,3}<!--/;
const knownBlockTag =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;
// A line that is one HTML tag alone (CommonMark's seventh kind of HTML block).
const loneTag = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]{0,63}(?:\s[^<>]{0,480})?\/?>[ \t]*$/;
const markersOnly = /^[*_ \t]+$/;
// A link reference definition: `[label]: destination "title"` on one line.
const definition = /^ {0,3}\[([^\]\n]{1,999})\]:[ \t]*(?:<[^<>\n]*>|[^\s<][^\s]*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$/;
const delimiterCell = /^:?-+:?$/;

/** Leading columns of spaces and tabs (a tab to the next stop of 4). */
function indentOf(line: string): { columns: number; chars: number } {
  let columns = 0;
  let chars = 0;
  for (; chars < line.length; chars++) {
    if (line[chars] === ' ') columns++;
    else if (line[chars] === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return { columns, chars };
}

/** A thematic break: three or more of one of `-`, `*`, `_`, spaces allowed between. */
function isThematicBreak(content: string): boolean {
  let marker = '';
  let count = 0;
  for (const c of content) {
    if (c === ' ' || c === '\t') continue;
    if (marker === '' && (c === '-' || c === '*' || c === '_')) marker = c;
    if (c !== marker) return false;
    count++;
  }
  return count >= 3;
}

/** Splits a table row at pipes that are not escaped; the outer pipes are optional. */
function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && s[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (s[i] === '|') {
      cells.push(cell);
      cell = '';
    } else {
      cell += s[i];
    }
  }
  cells.push(cell);
  return cells;
}

function isDelimiterRow(line: string, width: number): boolean {
  // Without a pipe, a row of dashes under a line is a setext underline, not a table.
  if (!line.includes('-') || !line.includes('|')) return false;
  const cells = splitRow(line).map((c) => c.trim());
  return cells.length === width && cells.every((c) => delimiterCell.test(c));
}

interface Marker {
  /** The list marker as written (`-`, `1.`, `a)` is not one), or '' outside a list item. */
  marker: string;
  content: string;
}

/**
 * Where a line's closing thematic break may start: the line from any offset at or after
 * `from` that still holds three markers is a break (`- * * *` is an item holding a rule).
 * One backward scan, so nested markers on one line are not rescanned for each level.
 */
function trailingBreak(content: string): { from: number; markers: number[] } {
  const markers: number[] = [];
  let marker = '';
  let i = content.length - 1;
  for (; i >= 0; i--) {
    const c = content[i]!;
    if (c === ' ' || c === '\t') continue;
    if (marker === '' && (c === '-' || c === '*' || c === '_')) marker = c;
    if (c !== marker) break;
    markers.push(i);
  }
  return { from: i + 1, markers: markers.reverse() };
}

/** Strips the list markers that open a line; nested items on one line keep the innermost marker. */
function stripListMarkers(content: string, allowEmpty: boolean, counter?: WorkCounter): Marker {
  let marker = '';
  let offset = 0;
  let rest = content;
  const rule = trailingBreak(content);
  let ruleMarker = 0;
  if (counter) counter.work += content.length - rule.from;
  for (;;) {
    const m = bulletItem.exec(rest) ?? orderedItem.exec(rest);
    if (!m) break;
    while (ruleMarker < rule.markers.length && rule.markers[ruleMarker]! < offset) ruleMarker++;
    if (offset >= rule.from && rule.markers.length - ruleMarker >= 3) break;
    const after = rest.slice(m[0].length);
    if (after === '' && !allowEmpty) break;
    const skipped = m[0].length + (after.length - after.replace(/^[ \t]+/, '').length);
    if (counter) counter.work += skipped;
    marker = m[2] ? m[1]! + m[2] : m[1]!;
    offset += skipped;
    rest = content.slice(offset);
    allowEmpty = false;
  }
  return { marker, content: rest };
}

/** The line without trailing spaces and tabs (a loop: a regex anchored at the end rescans inner runs). */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(0, end);
}

/** The line without spaces and tabs at either end. */
function trimSpaces(line: string): string {
  let start = 0;
  while (start < line.length && (line[start] === ' ' || line[start] === '\t')) start++;
  return trimLineEnd(line.slice(start));
}

/** An ATX heading's text without its optional closing run of `#` (which needs a space before it). */
function stripClosingHashes(text: string): string {
  const t = trimLineEnd(text);
  let end = t.length;
  while (end > 0 && t[end - 1] === '#') end--;
  if (end === t.length) return t;
  if (end === 0) return '';
  return t[end - 1] === ' ' || t[end - 1] === '\t' ? trimLineEnd(t.slice(0, end)) : t;
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
      const kept = para.length > 1 ? para.filter((line) => !markersOnly.test(line)) : para;
      // Spaces that stood inside dropped markers (`**KT. CHỦ TỊCH **`) do not end a line.
      const body = renderInline(kept.join('\n'), counter, '', references).split('\n').map(trimSpaces).join('\n');
      // A list item whose text is only markup (`* *`) leaves no line, not a bare marker.
      const text = body.trim() ? (prefix + body).trim() : '';
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
  return { lines, tables };
}


/** A list may interrupt a paragraph only with a bullet, or with an ordered item numbered 1. */
function startsListInParagraph(item: Marker): boolean {
  return item.content !== '' && (/^[-+*]$/.test(item.marker) || /^0*1[.)]$/.test(item.marker));
}

/** The delimiter row of a table inside a block quote is read without its quote markers. */
function stripQuote(line: string, quoted: boolean): string {
  if (!quoted) return line;
  let start = 0;
  for (;;) {
    let j = start;
    while (j < line.length && j - start < 3 && line[j] === ' ') j++;
    if (line[j] !== '>') break;
    start = j + 1;
    if (line[start] === ' ') start++;
  }
  return line.slice(start);
}
