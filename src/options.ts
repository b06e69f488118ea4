/** Options of `parse()`. Kept apart from the pipeline so the CLI and the type declarations load neither it nor zod. */
export interface ParseOptions {
  /** File name (for the extension and `source.path`); null or absent for stdin. */
  path?: string | null;
  /** Forces the input format. */
  format?: 'text' | 'markdown' | 'html' | 'docx' | 'doc' | 'pdf' | 'image' | null;
  /** Puts the normalized text in `source.text`, so spans can be checked. */
  includeText?: boolean;
  /** Reads scanned PDFs and page images with Tesseract (slow; needs tesseract-ocr-vie and poppler-utils). */
  ocr?: boolean;
  /** Inputs larger than this are refused with a `decode/too-large` error (default 64 MiB). */
  maxBytes?: number;
  /** PDFs with more pages than this are refused with a `decode/too-large` error (default 2,000). */
  maxPages?: number;
}

export const defaultMaxBytes = 64 * 1024 * 1024;
/**
 * pdf.js finds each page by walking the page tree from its root, so a flat
 * list of pages (as LibreOffice writes) costs time in the square of its length:
 * 2,000 pages take about half a second of lookups, 10,000 pages fifteen. No
 * plan runs to 2,000 pages.
 */
export const defaultMaxPages = 2000;
