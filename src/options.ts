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
}

export const defaultMaxBytes = 64 * 1024 * 1024;
