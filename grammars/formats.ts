import { defineGrammar } from '../src/grammar/define-grammar.js';

/** Cues that tell HTML and markdown from plain text, and the charset a page declares. */
export const formats = defineGrammar({
  name: 'formats',
  summary: 'Input format sniffing.',
  rules: {
    htmlStart: {
      summary: 'A document that starts as HTML.',
      pattern: String.raw`^\s{0,64}(?:<!doctype\shtml|<html[\s>]|<\?xml[^>]{0,200}>\s{0,8}<html)`,
      flags: 'i',
      examples: ['<!DOCTYPE html><html>', '  <html lang="vi">'],
      counterexamples: ['KẾ HOẠCH', '<p>'],
    },
    htmlTag: {
      summary: 'A common block or table tag.',
      pattern: String.raw`</?(?:p|div|table|tr|td|th|span|br|body|head|meta|h[1-6])[\s>/]`,
      flags: 'i',
      examples: ['<p>', '</td>', '<br/>'],
      counterexamples: ['a < b', '<3'],
    },
    markdownHeading: {
      summary: 'An ATX heading line.',
      pattern: String.raw`^[#]{1,6}\x20\S`,  // `#` in a class: outside one it starts a comment
      flags: 'm',
      examples: ['# KẾ HOẠCH', '## I. MỤC TIÊU'],
      counterexamples: ['#hashtag', 'Số 1'],
    },
    markdownTableRule: {
      summary: 'The delimiter row of a markdown table.',
      pattern: String.raw`^\|?\x20?:?-{3,}:?\x20?\|`,
      flags: 'm',
      examples: ['|---|---|', '| --- | :---: |', '---|---'],
      counterexamples: ['-------', '| a | b |'],
    },
    metaCharset: {
      summary: 'The charset declared in a meta tag.',
      pattern: String.raw`<meta[^>]{1,300}?charset\s?=\s?["']?(?<charset>[\w-]{1,40})`,
      flags: 'i',
      examples: ['<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'],
      counterexamples: ['<meta name="author">'],
    },
    textChar: {
      summary: 'A character of ordinary text in any language: letters, marks, digits, spaces and common punctuation (decoded random bytes hold far fewer).',
      pattern: String.raw`[\p{L}\p{M}\p{N}\s.,;:!?()\[\]{}'"“”‘’«»\-–—…%/\\&*+=<>#@§°|_~^$€£]`,
      flags: 'u',
      examples: ['a', 'ệ', '5', '“', '%'],
      counterexamples: ['\u0001', '¤', '\u0085'],
    },
    fileNameUnsafe: {
      summary: 'Characters not kept in a generated file name (letters of any script, digits, dot, underscore and hyphen are kept).',
      // A run starts at its first character, so a search never restarts inside it.
      pattern: String.raw`(?<![^\p{L}\p{N}._-])[^\p{L}\p{N}._-]+`,
      flags: 'u',
      examples: ['a b', 'x/y', 'k?h'],
      counterexamples: ['ke-hoach_12.docx', 'Kếhoạch'],
    },
    htmlLineBreak: {
      summary: 'An HTML line break written inside markdown.',
      pattern: String.raw`^<br\s?/?>$`,
      flags: 'i',
      examples: ['<br>', '<br/>', '<BR />'],
      counterexamples: ['<b>', '<p>'],
    },
    htmlEnd: {
      summary: 'The closing tag of an HTML page.',
      pattern: String.raw`</(?:html|body)\s?>`,
      flags: 'i',
      examples: ['</body></html>', '</HTML>'],
      counterexamples: ['<html>', '</p>'],
    },
    pageNumber: {
      summary: 'A page number standing alone at the top or bottom of a PDF page: “3”, “Trang 3”, “3/15”, “- 3 -”.',
      pattern: String.raw`^(?: (?:trang\s)? \d{1,4} (?:\s?/\s?\d{1,4})? | -\s?\d{1,4}\s?- )$`,
      flags: 'i',
      examples: ['3', 'Trang 12', '3/15', '- 3 -'],
      counterexamples: ['2021: hoàn thành', 'Trang thông tin điện tử', '1. Mục tiêu'],
    },
    symbolFont: {
      summary: 'A font whose characters are pictures (a Word bullet drawn in Wingdings “l” is a dot, not a letter).',
      pattern: String.raw`symbol|wingdings|webdings`,
      flags: 'i',
      examples: ['Symbol', 'Wingdings', 'Wingdings 2'],
      counterexamples: ['Times New Roman', 'Arial'],
    },
    fileExtension: {
      summary: 'The extension of a file name.',
      pattern: String.raw`\.(?<ext>[A-Za-z0-9]{1,10})$`,
      examples: ['plan.txt', 'a/b/c.HTML'],
      counterexamples: ['README', 'dir.d/file'],
    },
  },
});

/** %PDF- */
export const pdfSignature: readonly number[] = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** The ZIP signature: a .docx is a ZIP package (word/document.xml inside). */
export const zipSignature: readonly number[] = [0x50, 0x4b, 0x03, 0x04];

/** The OLE compound-file signature (Word 97–2003 .doc, .xls, .msg …), and the stream name only a .doc has. */
export const oleSignature: readonly number[] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const wordDocumentStream = 'WordDocument';

/** The signatures below that are page images OCR can read. */
export const imageKinds: readonly string[] = ['PNG image', 'JPEG image', 'TIFF image'];

/** File signatures of formats that are not text, by their first bytes. */
export const binarySignatures: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PDF', bytes: pdfSignature },
  { name: 'ZIP or DOCX', bytes: zipSignature },
  { name: 'Word 97-2003 (.doc) or another OLE file', bytes: oleSignature },
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'Windows executable', bytes: [0x4d, 0x5a] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'RAR archive', bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
];
