import type { Reporter } from '../core/diagnostic.js';
import { rule } from '../grammar/registry.js';
import { decodeBytes } from './decode-bytes.js';
import { binaryKind } from './sniff-binary.js';
import { declaredCharset, formatFromPath, sniffFormat } from './sniff-format.js';
import type { DecodedText, InputFormat } from './types.js';

export type { DecodedTable, DecodedText, InputFormat } from './types.js';
export { formatFromPath, sniffFormat } from './sniff-format.js';
export { decodeWord } from './word.js';
export { decodeImage, decodePdf } from './pdf.js';

export interface DecodeOptions {
  /** File name, used for the extension; null for stdin. */
  path?: string | null;
  /** Forces the format (the CLI's `--format`). */
  format?: InputFormat | null;
  /** Read scanned PDFs and page images with Tesseract (the CLI's `--ocr`). */
  ocr?: boolean;
  /** PDFs with more pages are refused before any page is read (the CLI's `--max-pages`). */
  maxPages?: number;
}

/** Bytes that cannot be read as a document, and why (for an error naming the file). */
export function unreadable(bytes: Uint8Array, maxBytes: number): { code: 'decode/binary' | 'decode/too-large'; message: string } | null {
  if (bytes.length > maxBytes) return { code: 'decode/too-large', message: `The input is ${formatBytes(bytes.length)}, over the ${formatBytes(maxBytes)} limit (--max-bytes).` };
  const kind = binaryKind(bytes);
  return kind ? { code: 'decode/binary', message: `Not a text document (looks like ${kind}).` } : null;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}

/**
 * Bytes to readable text. The format comes from `format`, then the file
 * extension, then the content. Markdown and HTML adapters are imported only
 * when such input is seen, so a run over `.txt` files never loads them.
 * Never throws for bad input: an adapter failure falls back to plain text.
 */
export async function decode(bytes: Uint8Array, options: DecodeOptions, reporter: Reporter): Promise<DecodedText> {
  // A “.docx” or “.doc” that did not open as one is read for what its content is.
  const named = options.format ?? formatFromPath(options.path);
  const byPath = named === 'docx' || named === 'doc' || named === 'pdf' || named === 'image' ? null : named;
  const charset = byPath === 'html' || byPath === null ? declaredCharset(bytes) : null;
  const { text, encoding } = await decodeBytes(bytes, reporter, charset);
  let format = byPath;
  if (format === null) {
    format = sniffFormat(text);
    if (format !== 'text') reporter.report('decode/format-sniffed', `Read as ${format} (recognised from the content).`);
  }
  if (text.trim() === '') reporter.report('decode/empty', 'The input has no text.');
  try {
    if (format === 'html') {
      if (rule('formats.htmlStart').test(text) && !rule('formats.htmlEnd').test(text.slice(-4096))) {
        reporter.report('decode/truncated', 'The page has no closing </body> or </html>: it may be cut off.');
      }
      const { renderHtmlTables } = await import('./from-html.js');
      const html = await renderHtmlTables(text, reporter);
      return { text: html.text, format, encoding, softBreaks: false, tables: html.tables };
    }
    if (format === 'markdown') {
      const { markdownToText } = await import('./from-markdown.js');
      const md = await markdownToText(text);
      return { text: md.text, format, encoding, softBreaks: true };
    }
  } catch (error) {
    reporter.report('decode/adapter-failed', `The ${format} reader failed (${(error as Error).message}); the input was read as plain text.`);
  }
  return { text, format: 'text', encoding, softBreaks: false };
}
