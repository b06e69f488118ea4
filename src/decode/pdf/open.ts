import { xrefHazard } from './xref-guard.js';

/** A document as pdf.js opened it. */
export type PdfDocument = Awaited<ReturnType<typeof import('unpdf').getDocumentProxy>>;

/** What opens a PDF's bytes with pdf.js (a parameter, so that a test can see whether pdf.js was asked). */
export type PdfLoader = (bytes: Uint8Array) => Promise<PdfDocument>;

/** A PDF refused before pdf.js was given it, with what was wrong. */
export class HostilePdf extends Error {}

export const pdfjsLoader: PdfLoader = async (bytes) => {
  const { getDocumentProxy } = await import('unpdf');
  // verbosity 0: pdf.js warnings ("Indexing all PDF objects") must not reach the user's stderr.
  return getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
};

/**
 * The document, opened by `load` once its cross-reference data has been
 * looked at (pdf/xref-guard.ts): a file whose data would cost pdf.js far
 * more than its size (minutes, gigabytes) is refused, and pdf.js never sees it.
 */
export async function openPdf(bytes: Uint8Array, load: PdfLoader = pdfjsLoader): Promise<PdfDocument> {
  const hazard = xrefHazard(bytes);
  if (hazard !== undefined) throw new HostilePdf(`The PDF was refused before the PDF reader ran: its cross-reference data is hostile (${hazard}).`);
  return load(bytes);
}
