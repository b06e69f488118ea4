import type { WorkCounter } from './chars.js';

// The line-level syntax of the block pass: what opens a block, and the small scans it needs.
export const fenceOpen = /^ {0,3}(`{3,}|~{3,})([^`]*)$/;
export const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
export const setextUnderline = /^ {0,3}(?:=+|-+)[ \t]*$/;
export const bulletItem = /^([-+*])(?:[ \t]+|$)/;
export const orderedItem = /^(\d{1,9})([.)])(?:[ \t]+|$)/;
export const rawTextBlock = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;
export const commentBlock = /^ {0,3}<!--/;
export const knownBlockTag =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;
// A line that is one HTML tag alone (CommonMark's seventh kind of HTML block).
export const loneTag = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]{0,63}(?:\s[^<>]{0,480})?\/?>[ \t]*$/;
export const markersOnly = /^[*_ \t]+$/;
// A link reference definition: `[label]: destination "title"` on one line.
export const definition = /^ {0,3}\[([^\]\n]{1,999})\]:[ \t]*(?:<[^<>\n]*>|[^\s<][^\s]*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$/;
const delimiterCell = /^:?-+:?$/;

// ASCII characters a block may open with: headings, fences, setext underlines, thematic breaks,
// HTML blocks, link reference definitions and list items (bullets and digits).
const blockStart = Uint8Array.from({ length: 128 }, (_, code) => ('#`~=-*+_<[0123456789'.includes(String.fromCharCode(code)) ? 1 : 0));

/**
 * Whether a line's content cannot open a block (it starts with a letter, `|`, a bracket, …):
 * then it opens no heading, fence, break, HTML block, definition or list item, and only
 * tables and paragraphs are left to try.
 */
export function opensNoBlock(content: string): boolean {
  const code = content.charCodeAt(0);
  return code >= 128 || (code > 32 && blockStart[code] === 0);
}

/** Leading columns of spaces and tabs (a tab to the next stop of 4). */
export function indentOf(line: string): { columns: number; chars: number } {
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
export function isThematicBreak(content: string): boolean {
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
export function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  // Slices between pipes, not a string grown a character at a time; `\|` is a pipe in a cell.
  const cells: string[] = [];
  let cell = '';
  let from = 0;
  for (let i = s.indexOf('|'); i >= 0; i = s.indexOf('|', i + 1)) {
    if (i > 0 && s[i - 1] === '\\') {
      cell += `${s.slice(from, i - 1)}|`;
    } else {
      cells.push(cell + s.slice(from, i));
      cell = '';
    }
    from = i + 1;
  }
  cells.push(cell + s.slice(from));
  return cells;
}

export function isDelimiterRow(line: string, width: number): boolean {
  // Without a pipe, a row of dashes under a line is a setext underline, not a table.
  if (!line.includes('-') || !line.includes('|')) return false;
  const cells = splitRow(line).map((c) => c.trim());
  return cells.length === width && cells.every((c) => delimiterCell.test(c));
}

export interface Marker {
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
export function stripListMarkers(content: string, allowEmpty: boolean, counter?: WorkCounter): Marker {
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
export function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(0, end);
}

/** The line without spaces and tabs at either end. */
export function trimSpaces(line: string): string {
  let start = 0;
  while (start < line.length && (line[start] === ' ' || line[start] === '\t')) start++;
  return trimLineEnd(line.slice(start));
}

/** Each line of a text without spaces and tabs at either end, in one pass and no array of lines. */
export function trimEachLine(text: string): string {
  let nl = text.indexOf('\n');
  if (nl < 0) return trimSpaces(text);
  let out = '';
  let from = 0;
  for (; nl >= 0; nl = text.indexOf('\n', from)) {
    out += `${trimSpaces(text.slice(from, nl))}\n`;
    from = nl + 1;
  }
  return out + trimSpaces(text.slice(from));
}

/** An ATX heading's text without its optional closing run of `#` (which needs a space before it). */
export function stripClosingHashes(text: string): string {
  const t = trimLineEnd(text);
  let end = t.length;
  while (end > 0 && t[end - 1] === '#') end--;
  if (end === t.length) return t;
  if (end === 0) return '';
  return t[end - 1] === ' ' || t[end - 1] === '\t' ? trimLineEnd(t.slice(0, end)) : t;
}

/** A list may interrupt a paragraph only with a bullet, or with an ordered item numbered 1. */
export function startsListInParagraph(item: Marker): boolean {
  return item.content !== '' && (/^[-+*]$/.test(item.marker) || /^0*1[.)]$/.test(item.marker));
}

/** The delimiter row of a table inside a block quote is read without its quote markers. */
export function stripQuote(line: string, quoted: boolean): string {
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
