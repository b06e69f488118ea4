import type { CheerioAPI } from 'cheerio';
import { packageVersion } from './external.js';
import { formatLimit, readEntry, readZipDirectory, xmlDepth, ZipLimitError, type ZipDirectory } from './docx-zip.js';
import { maxGridColumns } from './grid.js';
import { rule } from '../grammar/registry.js';
import { labelParagraphs, readListStyles, readNumbering, readStyleNumbering, type NumberingResult } from './docx-numbering.js';

/** Largest word/document.xml inflated (its text is a small part of it). */
export const maxDocumentXml = 64 * 1024 * 1024;
/** Largest other XML part (styles, numbering, notes, relationships …): real ones are far smaller. */
export const maxPartXml = 16 * 1024 * 1024;
/** Most bytes inflated from one file, all parts together. */
export const maxInflated = 96 * 1024 * 1024;
/** Deepest element nesting in any part: Word's own nesting (tables in tables, content controls) stays far below it. */
export const maxXmlDepth = 1000;
/** Most XML parts read from one file: a Word document has a few dozen. */
export const maxParts = 10_000;
/** Most list definitions (w:abstractNum and w:num) in word/numbering.xml; each costs memory to resolve. */
export const maxListDefinitions = 20_000;

export interface DocxHtml {
  /** The document as HTML: paragraphs, headings and tables (merged cells as rowspan/colspan). */
  html: string;
  converter: { name: string; version: string };
  numbering: NumberingResult;
  /** What mammoth said about the file (unsupported elements, unknown styles). */
  messages: string[];
  /** Bytes inflated from the ZIP, all parts together (bounded by `maxInflated`). */
  inflated: number;
}

/**
 * A .docx to HTML, through mammoth, after writing Word's automatic numbering
 * labels into the text (mammoth drops them, and they carry the outline).
 * Throws, saying why, when the bytes are a damaged ZIP, a ZIP without
 * word/document.xml, or a part past one of the limits above (the caller
 * reports it and refuses the file).
 *
 * Only the XML parts are inflated, each under its cap (see docx-zip.ts), and
 * mammoth gets a ZIP rebuilt from them alone: it would otherwise load every
 * entry, images included.
 */
export async function docxToHtml(bytes: Uint8Array, work?: { inflated: number }): Promise<DocxHtml> {
  const zip = readZipDirectory(bytes);
  try {
    return await convertParts(bytes, zip);
  } finally {
    // What a refusal cost, for tests that check the work stayed bounded.
    if (work) work.inflated = zip.inflated;
  }
}

async function convertParts(bytes: Uint8Array, zip: ZipDirectory): Promise<DocxHtml> {
  if (!zip.entries.has('word/document.xml')) throw new Error('the ZIP holds no word/document.xml: it is not a Word document');
  const parts = new Map<string, string>();
  for (const name of zip.entries.keys()) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    if (parts.size >= maxParts) throw new Error(`the ZIP holds more than ${maxParts} XML parts (the limit)`);
    const cap = Math.min(name === 'word/document.xml' ? maxDocumentXml : maxPartXml, maxInflated - zip.inflated);
    const data = await readEntry(bytes, zip, name, cap).catch((error: Error) => {
      throw error instanceof ZipLimitError && zip.inflated >= maxInflated ? new Error(`the XML parts inflate to more than ${formatLimit(maxInflated)} in all (the limit)`) : error;
    });
    if (data === null) continue;
    const xml = data.toString('utf8');
    const depth = xmlDepth(xml);
    if (depth > maxXmlDepth) throw new Error(`${name} nests elements ${depth} levels deep, past the limit of ${maxXmlDepth}`);
    parts.set(name, xml);
  }
  const documentXml = parts.get('word/document.xml')!;
  const { load } = await import('cheerio');
  // The document is written back, so its entities stay as they are; the other parts are only read.
  const document = load(documentXml, { xml: { xmlMode: true, decodeEntities: false } });
  const options = { xml: { xmlMode: true, decodeEntities: true } };
  const numberingXml = parts.get('word/numbering.xml');
  const stylesXml = parts.get('word/styles.xml');
  if (numberingXml) {
    const definitions = countListDefinitions(numberingXml);
    if (definitions > maxListDefinitions) throw new Error(`word/numbering.xml holds ${definitions} list definitions, past the limit of ${maxListDefinitions}`);
  }
  const styles$ = stylesXml ? load(stylesXml, options) : null;
  const nums = numberingXml ? readNumbering(load(numberingXml, options), styles$ ? readListStyles(styles$) : undefined) : new Map();
  const styles = styles$ ? readStyleNumbering(styles$) : new Map();
  letterheadFromHeader(document, parts, load);
  asPrinted(document);
  const numbering = labelParagraphs(document, nums, styles);
  parts.set('word/document.xml', document.xml());
  const { default: JSZip } = await import('jszip');
  const rebuilt = new JSZip();
  // Every numbered paragraph now carries its label as text and has its numbering turned off: mammoth needs no numbering part, and would build a second tree of it.
  for (const [name, xml] of parts) if (name !== 'word/numbering.xml') rebuilt.file(name, xml);
  const buffer = await rebuilt.generateAsync({ type: 'nodebuffer' });
  const mammoth = await import('mammoth');
  // Images are not in the rebuilt ZIP: kehoach wants text; mammoth reads an image only when asked to, and is not.
  const converted = await mammoth.convertToHtml({ buffer }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
  return {
    html: footnotesInPlace(load(`<html><body>${converted.value}</body></html>`)),
    converter: { name: 'mammoth', version: packageVersion('mammoth') },
    numbering,
    messages: converted.messages.map((m) => m.message),
    inflated: zip.inflated,
  };
}

/**
 * The text as Word prints it, where mammoth reads otherwise: hidden text
 * (w:vanish, a drafter's note) is dropped, with a paragraph that holds
 * nothing else; a simple field (w:fldSimple, a DOCPROPERTY or a date the
 * template fills in), which mammoth drops whole, keeps its shown result;
 * a table row that skips grid columns gets empty cells in their place;
 * an alignment tab (w:ptab) is a tab, a carriage return (w:cr) a line break.
 */
function asPrinted($: CheerioAPI): void {
  const hidden = (rPr: ReturnType<CheerioAPI>) => {
    const vanish = rPr.children('w\\:vanish');
    return vanish.length > 0 && vanish.attr('w:val') !== '0' && vanish.attr('w:val') !== 'false';
  };
  $('w\\:r').each((_, r) => {
    if (hidden($(r).children('w\\:rPr'))) $(r).remove();
  });
  $('w\\:p').each((_, p) => {
    if (hidden($(p).children('w\\:pPr').children('w\\:rPr')) && $(p).find('w\\:t').text().trim() === '') $(p).remove();
  });
  // Breaks and tabs mammoth does not know, and would drop, gluing the words on either side.
  $('w\\:ptab').replaceWith('<w:tab/>');
  $('w\\:cr').replaceWith('<w:br/>');
  $('w\\:fldSimple').each((_, field) => {
    $(field).replaceWith($(field).contents());
  });
  // A row that starts (or ends) past grid columns it leaves empty (w:gridBefore, w:gridAfter): mammoth ignores them and shifts the row's cells left.
  $('w\\:tr').each((_, tr) => {
    const trPr = $(tr).children('w\\:trPr');
    const skipped = (name: string) => Math.min(maxGridColumns, Number.parseInt(trPr.children(`w\\:${name}`).attr('w:val') ?? '0', 10) || 0);
    const spacer = (n: number) => `<w:tc><w:tcPr><w:gridSpan w:val="${n}"/></w:tcPr><w:p/></w:tc>`;
    const before = skipped('gridBefore');
    const after = skipped('gridAfter');
    if (before > 0) {
      if (trPr.length > 0) trPr.after(spacer(before));
      else $(tr).prepend(spacer(before));
    }
    if (after > 0) $(tr).append(spacer(after));
  });
}

/**
 * Some templates set the letterhead (issuer, national motto, number and date)
 * in the first page's header, which mammoth does not read. When the header
 * the first page shows holds a motto or a “Số:” line, its paragraphs and
 * tables are read as the start of the body; any other header (page numbers,
 * “DỰ THẢO”) is left out, as before.
 */
function letterheadFromHeader(document: CheerioAPI, parts: ReadonlyMap<string, string>, load: CheerioAPI['load']): void {
  const section = document('w\\:sectPr').first();
  const type = section.children('w\\:titlePg').length > 0 && section.children('w\\:titlePg').attr('w:val') !== '0' ? 'first' : 'default';
  const id = section.children(`w\\:headerReference[w\\:type="${type}"]`).attr('r:id');
  const rels = parts.get('word/_rels/document.xml.rels');
  if (id === undefined || rels === undefined) return;
  const target = load(rels, { xml: { xmlMode: true, decodeEntities: true } })('Relationship').filter((_, el) => el.attribs['Id'] === id).attr('Target');
  const xml = target === undefined ? undefined : parts.get(`word/${target.replace(/^\/?(?:word\/)?/u, '')}`);
  if (xml === undefined) return;
  const header = load(xml, { xml: { xmlMode: true, decodeEntities: false } });
  const lines = header('w\\:p').map((_, p) => header(p).find('w\\:t').text().trim()).get();
  if (!lines.some((line) => rule('metadata.nationalMotto').test(line) || rule('metadata.documentNumber').test(line))) return;
  const blocks = header('w\\:hdr').children('w\\:p, w\\:tbl, w\\:sdt').toArray().map((el) => header.xml(el));
  document('w\\:body').prepend(blocks.join(''));
}

/** Start tags of w:abstractNum and w:num, counted without parsing. */
function countListDefinitions(xml: string): number {
  let count = 0;
  for (const tag of ['<w:abstractNum', '<w:num']) {
    for (let at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + tag.length)) {
      const next = xml.charCodeAt(at + tag.length);
      // “<w:num” is also the start of “<w:numFmt”, “<w:numPr”, “<w:numbering”, “<w:numId…”.
      if (next === 0x20 || next === 0x3e || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) count++;
    }
  }
  return count;
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
