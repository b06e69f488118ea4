export type InputFormat = 'text' | 'markdown' | 'html' | 'docx' | 'doc' | 'pdf' | 'image';

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
  /** PDF: the number of pages, and the 1-based line of `text` where each starts. */
  pages?: { count: number; starts: number[] };
}
