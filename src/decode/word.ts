import type { Reporter } from '../core/diagnostic.js';
import type { DecodeOptions } from './index.js';
import { isWordDoc, isZip } from './sniff-binary.js';
import { formatFromPath } from './sniff-format.js';
import type { DecodedText } from './types.js';

/**
 * A Word file as text: .docx through mammoth to HTML; Word 97–2003 .doc first
 * through LibreOffice to .docx. The content decides over the extension (a
 * .docx saved as “plan.txt”); only `--format` overrides it.
 *
 * Returns null when the bytes are not a Word file (the caller refuses them as
 * binary), and 'refused' when they are one that cannot be read, with an error
 * diagnostic that says what to do.
 */
export async function decodeWord(bytes: Uint8Array, options: DecodeOptions, reporter: Reporter): Promise<DecodedText | 'refused' | null> {
  const wanted = options.format ?? formatFromPath(options.path);
  if (options.format && options.format !== 'docx' && options.format !== 'doc') return null;
  if (isWordDoc(bytes) && wanted !== 'docx') return decodeDoc(bytes, reporter);
  if (wanted === 'docx' || isZip(bytes)) return decodeDocx(bytes, reporter, null);
  return null;
}

async function decodeDoc(bytes: Uint8Array, reporter: Reporter): Promise<DecodedText | 'refused'> {
  const { docToDocx, DocConversionError } = await import('./from-doc.js');
  try {
    const { docx, version } = await docToDocx(bytes);
    const decoded = await decodeDocx(docx, reporter, version);
    if (decoded) return decoded;
    reporter.report('decode/doc-unconverted', 'LibreOffice converted the .doc, but the result could not be read.');
  } catch (error) {
    if (!(error instanceof DocConversionError)) throw error;
    reporter.report('decode/doc-unconverted', error.message);
  }
  return 'refused';
}

/** `libreOffice`: the LibreOffice version when the .docx came from a .doc. */
async function decodeDocx(bytes: Uint8Array, reporter: Reporter, libreOffice: string | null): Promise<DecodedText | null> {
  const { docxToHtml } = await import('./from-docx.js');
  const docx = await docxToHtml(bytes).catch((error: Error) => {
    reporter.report('decode/adapter-failed', `The .docx reader failed (${error.message}).`);
    return null;
  });
  if (!docx) return null;
  const { numbering } = docx;
  const converter = libreOffice === null ? docx.converter : { name: `libreoffice+${docx.converter.name}`, version: `${libreOffice}+${docx.converter.version}` };
  const via = libreOffice === null ? '' : `converted from .doc by LibreOffice ${libreOffice}, then read `;
  reporter.report('decode/docx', `Read as a Word document ${via}with ${docx.converter.name} ${docx.converter.version}; ${numbering.labelled} automatic numbering labels were written into the text.`);
  if (numbering.unresolved > 0) reporter.report('decode/docx-numbering', `${numbering.unresolved} numbered paragraph(s) use a numbering format kehoach cannot draw; their labels were written as decimal numbers.`);
  const { renderHtml } = await import('./from-html.js');
  return { text: await renderHtml(docx.html, reporter, { layoutTabs: true }), format: libreOffice === null ? 'docx' : 'doc', encoding: 'utf-8', softBreaks: false, converter };
}
