/** Every format kehoach reads, as `--format`, `parse()`'s `format` and `source.format` name them. */
export const inputFormats = ['text', 'markdown', 'html', 'docx', 'doc', 'pdf', 'image'] as const;
export type InputFormat = (typeof inputFormats)[number];

/**
 * A table as the markup laid it out (rowspan and colspan already resolved by
 * `layoutGrid`), with the decoded lines its rows were rendered to: one line
 * per row, cells separated by tabs, from `firstLine` to `lastLine` (1-based).
 */
export interface DecodedTable {
  /** The rendered rows only (rows with no text are not rendered). */
  rows: string[][];
  /** Per cell: copied into this row by a row span from the row above. */
  copied: boolean[][];
  firstLine: number;
  lastLine: number;
}

/** Text as decoded from the input bytes, before any repair. */
export interface DecodedText {
  /** The text a person would read: for HTML and markdown, rendered to lines (tables as tab-separated rows). */
  text: string;
  format: InputFormat;
  /** Encoding the bytes were read with: utf-8, utf-16le, utf-16be, windows-1258, windows-1252, … */
  encoding: string;
  /**
   * Adjacent lines are soft line breaks inside one paragraph (markdown): they
   * join unless the next line starts a block. Paragraphs are separated by blank lines.
   */
  softBreaks: boolean;
  /** The library that converted a container format (.docx) to HTML, and its version. */
  converter?: { name: string; version: string };
  /** HTML and Word: the tables behind the tab-separated rows of `text`. */
  tables?: DecodedTable[];
  /** PDF: the number of pages, and the 1-based line of `text` where each starts. */
  pages?: { count: number; starts: number[] };
}
