/**
 * Registry of every diagnostic kehoach can emit: the only place codes are
 * declared. `error` = part of the output cannot be trusted; `warning` = the
 * output was produced with a repair; `info` = a repair or fact worth knowing.
 */
export const diagnosticCodes = {
  'decode/bom': { severity: 'info', summary: 'A byte-order mark was found and removed.' },
  'decode/utf16': { severity: 'info', summary: 'The input was UTF-16 (detected from its byte-order mark).' },
  'decode/legacy-encoding': { severity: 'warning', summary: 'The bytes are not valid UTF-8; they were decoded with a legacy encoding.' },
  'decode/declared-charset': { severity: 'info', summary: 'The charset declared by the HTML page was used to decode it.' },
  'decode/charset-mismatch': { severity: 'warning', summary: 'The declared charset does not match the bytes; another encoding was used.' },
  'decode/docx': { severity: 'info', summary: 'The input is a Word .docx, converted to HTML (with its automatic numbering labels written into the text).' },
  'decode/docx-numbering': { severity: 'warning', summary: 'Some automatic numbering uses a format kehoach cannot draw; those labels were written as decimal numbers.' },
  'decode/doc-unconverted': { severity: 'error', summary: 'A Word 97–2003 .doc could not be converted (LibreOffice missing, failed or too slow).' },
  'decode/format-sniffed': { severity: 'info', summary: 'The input format was recognised from the content, not the file name.' },
  'decode/binary': { severity: 'error', summary: 'The input is not a text document (a PDF, an image, an archive, an executable …).' },
  'decode/too-large': { severity: 'error', summary: 'The input is larger than the size limit.' },
  'decode/utf16-no-bom': { severity: 'warning', summary: 'The input is UTF-16 without a byte-order mark (detected from its zero bytes).' },
  'decode/truncated': { severity: 'warning', summary: 'The HTML page ends before its closing tag: it may be cut off.' },
  'decode/empty': { severity: 'warning', summary: 'The input has no text.' },
  'decode/span-copied': { severity: 'info', summary: 'A table cell spanning several rows was copied into each of them.' },
  'decode/adapter-failed': { severity: 'error', summary: 'The markdown or HTML adapter could not read the input; it was read as plain text.' },
  'normalize/unicode-nfc': { severity: 'info', summary: 'Decomposed (NFD) characters were composed to NFC.' },
  'normalize/invisible-characters': { severity: 'info', summary: 'Zero-width or non-breaking spaces were replaced or removed.' },
  'normalize/line-endings': { severity: 'info', summary: 'CRLF or CR line endings were converted to LF.' },
  'normalize/control-characters': { severity: 'warning', summary: 'Control characters were removed.' },
  'normalize/boilerplate': { severity: 'info', summary: 'A web-page boilerplate line was removed.' },
  'normalize/related-documents': { severity: 'info', summary: 'A legal portal\u2019s list of related documents was removed.' },
  'normalize/rule-lines': { severity: 'info', summary: 'Rule lines drawn with dashes or underscores were removed.' },
  'normalize/pipe-separators': { severity: 'info', summary: 'Layout separators ("|" lines or cells) were removed or split into lines.' },
  'normalize/emphasis-markers': { severity: 'info', summary: 'Markdown-style emphasis markers were removed.' },
  'normalize/hard-wrap': { severity: 'info', summary: 'Lines hard-wrapped mid-sentence were rejoined.' },
  'normalize/page-break': { severity: 'info', summary: 'A paragraph broken by a page break was rejoined.' },
  'segment/missing-parent': { severity: 'warning', summary: 'Outline items appear before the first heading of a higher level.' },
  'segment/duplicate-label': { severity: 'warning', summary: 'A label repeats the label of its previous sibling.' },
  'segment/skipped-label': { severity: 'warning', summary: 'A label skips one or more expected labels.' },
  'segment/out-of-order-label': { severity: 'warning', summary: 'A label goes backwards in its sequence.' },
  'segment/nonstandard-letter': { severity: 'info', summary: 'A letter label outside the Vietnamese alphabet (f, j, w, z) was used.' },
  'segment/no-structure': { severity: 'warning', summary: 'No outline labels were found: the document may not be a plan or decision.' },
  'tables/ragged-row': { severity: 'warning', summary: 'A table row has a different number of cells from the header.' },
  'tables/repeated-header': { severity: 'info', summary: 'A header row repeated at a page break was dropped.' },
  'tables/continued-row': { severity: 'info', summary: 'A row continued across a page break was merged with its first part.' },
  'tables/multi-paragraph-cell': { severity: 'info', summary: 'Several "- " paragraphs were read as one cell.' },
  'tables/unknown-column': { severity: 'info', summary: 'A column header did not match any known column role.' },
  'metadata/missing-field': { severity: 'warning', summary: 'A metadata field expected in every decree was not found.' },
  'metadata/blank-field': { severity: 'info', summary: 'A metadata field is present but left blank in the document.' },
  'metadata/inferred-issuer': { severity: 'info', summary: 'The issuer\u2019s locality was inferred from the place and the body text.' },
  'metadata/invalid-date': { severity: 'warning', summary: 'A date is not a valid calendar date.' },
  'internal/exception': { severity: 'error', summary: 'kehoach failed on this input; this is a bug, please report it.' },
} as const satisfies Record<string, { severity: 'error' | 'warning' | 'info'; summary: string }>;

export type DiagnosticCode = keyof typeof diagnosticCodes;
export type Severity = 'error' | 'warning' | 'info';
