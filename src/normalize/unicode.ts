import type { Reporter } from '../core/diagnostic.js';
import { reportLines } from './report-lines.js';
import type { WorkLine } from './types.js';

const zeroWidth = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/**
 * Runs of spaces that collapse to one space: every run but a lone U+0020, which stays as it is (matching it
 * too would copy every line with a space for nothing).
 */
const spaces = /[ \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]{2,}|[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Spaces around a tab, which go: a tab alone (a table row's separator) is left, and its line not copied. */
const spacedTab = / +\t *|\t +/g;
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const newline = /\r\n?|\n|\u2028|\u2029|\u0085/;
/**
 * Anything the cleanup below would change; most lines have none of it. Searched once in the whole text
 * (`m`: `^` and `$` also at each line end), not once per line.
 */
const needsCleanup = /[\u0000-\u0008\u000B-\u001F\u007F-\u00A0\u00AD\u1680\u2000-\u200D\u2028-\u202F\u205F\u2060\u3000\uFEFF\t]| {2}|^ | $/gm;
const lineEnd = /\r\n?|\n|\u2028|\u2029|\u0085/g;

/**
 * Which lines may need cleaning: each match of `needsCleanup`, placed on its line. A match on a
 * line end (`\r` is one of the characters cleaned) marks the line before it, which then only takes
 * the longer way to the same text.
 */
function linesToClean(text: string, count: number): Uint8Array {
  const dirty = new Uint8Array(count);
  needsCleanup.lastIndex = 0;
  let match = needsCleanup.exec(text);
  if (match === null) return dirty;
  lineEnd.lastIndex = 0;
  let line = 0;
  let end = lineEnd.exec(text);
  while (match !== null) {
    // Line ends before the match belong to lines before its own.
    while (end !== null && end.index < match.index) {
      line++;
      end = lineEnd.exec(text);
    }
    dirty[line] = 1;
    match = needsCleanup.exec(text);
  }
  needsCleanup.lastIndex = 0;
  lineEnd.lastIndex = 0;
  return dirty;
}

/**
 * Splits decoded text into lines and cleans each one: NFC, line ends, zero-width
 * and control characters, and space runs. Line numbers are those of the input.
 */
export function toCleanLines(text: string, reporter: Reporter): WorkLine[] {
  if (/\r/.test(text)) reporter.report('normalize/line-endings', 'CRLF or CR line endings were converted to LF.');
  const nfc = text.normalize('NFC');
  if (nfc !== text) reporter.report('normalize/unicode-nfc', 'Decomposed (NFD) characters were composed to NFC.');
  const invisible: number[] = [];
  let control = 0;
  const raws = nfc.split(newline);
  const dirty = linesToClean(nfc, raws.length);
  const lines = raws.map((raw, i): WorkLine => {
    if (dirty[i] === 0) return { text: raw, line: i + 1, lastLine: i + 1, placeholder: false };
    let line = raw.replace(zeroWidth, '');
    if (line !== raw || raw.includes('\u00A0')) invisible.push(i + 1);
    line = line.replace(controls, () => {
      control++;
      return '';
    });
    let collapsed = line.replace(spaces, ' ').replace(spacedTab, '\t').replace(/^ | $/g, '');
    // A line of tabs and spaces only (an all-empty row) is blank.
    if (collapsed.trim() === '') collapsed = '';
    return { text: collapsed, line: i + 1, lastLine: i + 1, placeholder: collapsed === '' && raw.length > 0 };
  });
  reportLines(reporter, 'normalize/invisible-characters', 'Zero-width or non-breaking spaces were replaced or removed', invisible);
  if (control > 0) reporter.report('normalize/control-characters', `${control} control character(s) were removed.`);
  return lines;
}
