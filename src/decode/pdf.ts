import type { Reporter } from '../core/diagnostic.js';
import type { DecodeOptions } from './index.js';
import { isPdf } from './sniff-binary.js';
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
  const { pdfToText } = await import('./from-pdf.js');
  let pdf: Awaited<ReturnType<typeof pdfToText>>;
  try {
    pdf = await pdfToText(bytes);
  } catch (error) {
    // A damaged PDF is then refused as what it looks like: not a text document.
    reporter.report('decode/adapter-failed', `The PDF reader failed (${(error as Error).message}).`);
    return null;
  }
  if (pdf.characters < minCharactersPerPage * Math.max(1, pdf.pages)) {
    reporter.report('decode/no-text-layer', `This PDF has no text layer (${pdf.pages} page(s) that look like scanned images); OCR is not supported yet.`);
    return 'refused';
  }
  reporter.report('decode/pdf', `Read the text layer of ${pdf.pages} page(s) with ${pdf.converter.name} ${pdf.converter.version}; lines and table rows were rebuilt from text positions.`);
  return { text: pdf.text, format: 'pdf', encoding: 'utf-8', softBreaks: false, converter: pdf.converter, pages: { count: pdf.pages, starts: pdf.pageStarts } };
}
