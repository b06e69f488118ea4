import type { CheerioAPI } from 'cheerio';
import { packageVersion } from './external.js';
import { labelParagraphs, readNumbering, readStyleNumbering, type NumberingResult } from './docx-numbering.js';

/** Largest word/document.xml read (its text is a small part of it). */
const maxDocumentXml = 256 * 1024 * 1024;

export interface DocxHtml {
  /** The document as HTML: paragraphs, headings and tables (merged cells as rowspan/colspan). */
  html: string;
  converter: { name: string; version: string };
  numbering: NumberingResult;
  /** What mammoth said about the file (unsupported elements, unknown styles). */
  messages: string[];
}

/**
 * A .docx to HTML, through mammoth, after writing Word's automatic numbering
 * labels into the text (mammoth drops them, and they carry the outline).
 * Throws, saying why, when the bytes are a damaged ZIP or a ZIP without
 * word/document.xml (the caller reports it and refuses the file).
 */
export async function docxToHtml(bytes: Uint8Array): Promise<DocxHtml> {
  const { default: JSZip } = await import('jszip');
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new Error(`the ZIP container is damaged, truncated or encrypted: ${(error as Error).message}`);
  }
  const entry = zip.file('word/document.xml');
  if (entry === null) throw new Error('the ZIP holds no word/document.xml: it is not a Word document');
  // A ZIP can claim little and inflate to gigabytes: refuse a document part past the limit before inflating it.
  const inflated = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  if (inflated < 0 || inflated > maxDocumentXml) throw new Error(`word/document.xml would inflate to ${inflated} bytes (limit ${maxDocumentXml})`);
  const documentXml = await entry.async('string');
  const { load } = await import('cheerio');
  // The document is written back, so its entities stay as they are; the other parts are only read.
  const document = load(documentXml, { xml: { xmlMode: true, decodeEntities: false } });
  const options = { xml: { xmlMode: true, decodeEntities: true } };
  const numberingXml = await zip.file('word/numbering.xml')?.async('string');
  const stylesXml = await zip.file('word/styles.xml')?.async('string');
  const nums = numberingXml ? readNumbering(load(numberingXml, options)) : new Map();
  const styles = stylesXml ? readStyleNumbering(load(stylesXml, options)) : new Map();
  const numbering = labelParagraphs(document, nums, styles);
  zip.file('word/document.xml', document.xml());
  const buffer = await zip.generateAsync({ type: 'nodebuffer' });
  const mammoth = await import('mammoth');
  // Images are dropped unread: kehoach wants text, and inflating them would only cost memory.
  const converted = await mammoth.convertToHtml({ buffer }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
  return {
    html: footnotesInPlace(load(`<html><body>${converted.value}</body></html>`)),
    converter: { name: 'mammoth', version: packageVersion('mammoth') },
    numbering,
    messages: converted.messages.map((m) => m.message),
  };
}

/**
 * mammoth lists footnotes after the text; a reader of a plan meets them where
 * they are referenced, so each note's text replaces its reference mark, in
 * parentheses (“… Nghị định số 61/2018/NĐ-CP (Đã được sửa đổi …)”).
 */
function footnotesInPlace($: CheerioAPI): string {
  $('a[id^="footnote-ref-"], a[id^="endnote-ref-"]').each((_, a) => {
    const target = ($(a).attr('href') ?? '').replace('#', '');
    const note = target ? $(`li[id="${target}"]`) : null;
    if (!note || note.length === 0) return;
    note.find('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]').remove();
    const text = note.text().replace(/\s+/gu, ' ').trim();
    const mark = $(a).parent('sup').length > 0 ? $(a).parent('sup') : $(a);
    mark.replaceWith(text ? ` (${text})` : '');
    note.remove();
  });
  // The lists that held the notes, now empty.
  $('ol').each((_, ol) => {
    if ($(ol).children('li').length === 0 && $(ol).text().trim() === '') $(ol).remove();
  });
  return $.html();
}
