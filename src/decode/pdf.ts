import type { Reporter } from '../core/diagnostic.js';
import type { DecodeOptions } from './index.js';
import { isImage, isPdf } from './sniff-binary.js';
import type { DecodedText } from './types.js';


/** Fewer characters than this per page means a scan, not a text PDF. */
const minCharactersPerPage = 20;

/**
 * A PDF's text layer as text (by `--format pdf` or the %PDF- signature).
 * Null when the bytes are not a readable PDF; 'refused' for a PDF without a
 * text layer (a scan), with an error diagnostic.
 */
export async function decodePdf(bytes: Uint8Array, options: DecodeOptions, reporter: Reporter): Promise<DecodedText | 'refused' | null> {
  if (options.format && options.format !== 'pdf') return null;
  if (options.format !== 'pdf' && !isPdf(bytes)) return null;
  const { pdfToText, TooManyPages } = await import('./from-pdf.js');
  const { HostilePdf } = await import('./pdf/open.js');
  let pdf: Awaited<ReturnType<typeof pdfToText>>;
  try {
    pdf = await pdfToText(bytes, options.maxPages);
  } catch (error) {
    if (error instanceof TooManyPages) {
      reporter.report('decode/too-large', error.message);
      return 'refused';
    }
    // Refused as a damaged PDF is, saying what was wrong.
    if (error instanceof HostilePdf) {
      reporter.report('decode/adapter-failed', error.message);
      return null;
    }
    // A damaged PDF is then refused as what it looks like: not a text document.
    reporter.report('decode/adapter-failed', `The PDF reader failed (${(error as Error).message}).`);
    return null;
  }
  if (pdf.characters < minCharactersPerPage * Math.max(1, pdf.pages)) {
    if (options.ocr) return ocr(bytes, 'pdf', reporter);
    reporter.report('decode/no-text-layer', `This PDF has no text layer (${pdf.pages} page(s) that look like scanned images): run with --ocr to read it with Tesseract.`);
    return 'refused';
  }
  reporter.report('decode/pdf', `Read the text layer of ${pdf.pages} page(s) with ${pdf.converter.name} ${pdf.converter.version}; lines and table rows were rebuilt from text positions.`);
  return { text: pdf.text, format: 'pdf', encoding: 'utf-8', softBreaks: false, converter: pdf.converter, pages: { count: pdf.pages, starts: pdf.pageStarts } };
}

/** A page image (PNG, JPEG, TIFF): read with Tesseract when --ocr is given; otherwise null (refused as binary). */
export async function decodeImage(bytes: Uint8Array, options: DecodeOptions, reporter: Reporter): Promise<DecodedText | 'refused' | null> {
  if (!options.ocr || (options.format && options.format !== 'image') || !isImage(bytes)) return null;
  return ocr(bytes, 'image', reporter);
}

async function ocr(bytes: Uint8Array, kind: 'pdf' | 'image', reporter: Reporter): Promise<DecodedText | 'refused'> {
  const { ocrImage, ocrPdf, OcrError } = await import('./from-ocr.js');
  try {
    const read = kind === 'pdf' ? await ocrPdf(bytes) : await ocrImage(bytes);
    if (read.text.trim() === '') {
      reporter.report('decode/ocr-failed', 'Tesseract found no text on the page(s).');
      return 'refused';
    }
    reporter.report('decode/ocr', `The text is OCR output (Tesseract ${read.converter.version}, Vietnamese model, ${read.pages} page(s)), mean word confidence ${read.confidence.toFixed(1)}%: check numbers against the scan.`);
    return { text: read.text, format: kind, encoding: 'utf-8', softBreaks: false, converter: read.converter, pages: { count: read.pages, starts: read.pageStarts } };
  } catch (error) {
    if (!(error instanceof OcrError)) throw error;
    reporter.report('decode/ocr-failed', error.message);
    return 'refused';
  }
}
