import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { docxToHtml, maxDocumentXml, maxListDefinitions, maxParts, maxPartXml, maxXmlDepth } from '../src/decode/from-docx.js';
import { readEntry, readZipDirectory, xmlDepth } from '../src/decode/docx-zip.js';
import { buildDocx, lieAboutSize, paragraph, W } from './helpers/docx.js';

const MiB = 1024 * 1024;

/** The reason parse gave for refusing the bytes (or null when it read them). */
async function refusal(bytes: Uint8Array): Promise<string | null> {
  const doc = await parse(bytes, { path: 'hostile.docx' });
  return doc.diagnostics.find((d) => d.code === 'decode/adapter-failed')?.message ?? null;
}

// Issue 15, item 3: a small .docx must never cost gigabytes or hours.
describe('hostile Word files', () => {
  it('never inflates an image: a huge picture costs nothing', async () => {
    const bytes = await buildDocx(paragraph('Kế hoạch thực hiện'), { 'word/media/image1.png': new Uint8Array(40 * MiB) });
    expect(bytes.length).toBeLessThan(MiB);
    const work = { inflated: 0 };
    const html = await docxToHtml(bytes, work);
    expect(html.html).toContain('Kế hoạch thực hiện');
    expect(work.inflated).toBeLessThan(64 * 1024);
  });

  it('refuses a styles part that inflates past its limit, stopping there', async () => {
    const styles = `<w:styles ${W}>${' '.repeat(maxPartXml + MiB)}</w:styles>`;
    const bytes = await buildDocx(paragraph('Nội dung'), { 'word/styles.xml': styles });
    const work = { inflated: 0 };
    await expect(docxToHtml(bytes, work)).rejects.toThrow('word/styles.xml inflates to more than 16 MiB (the limit for this part)');
    expect(work.inflated).toBeLessThan(maxPartXml + MiB);
    expect(await refusal(bytes)).toBe('The .docx reader failed (word/styles.xml inflates to more than 16 MiB (the limit for this part)).');
  });

  it('counts the bytes that come out, not the sizes the headers claim', async () => {
    const numbering = `<w:numbering ${W}>${' '.repeat(maxPartXml + MiB)}</w:numbering>`;
    const bytes = lieAboutSize(await buildDocx(paragraph('Nội dung'), { 'word/numbering.xml': numbering }), 'word/numbering.xml', 100);
    const work = { inflated: 0 };
    await expect(docxToHtml(bytes, work)).rejects.toThrow('word/numbering.xml inflates to more than 16 MiB');
    expect(work.inflated).toBeLessThan(maxPartXml + MiB);
  });

  it('stops inflating an entry at the cap it is given, whatever it holds', async () => {
    const bytes = await buildDocx(paragraph('x'), { 'word/big.xml': ' '.repeat(8 * MiB) });
    const zip = readZipDirectory(bytes);
    await expect(readEntry(bytes, zip, 'word/big.xml', MiB)).rejects.toThrow('word/big.xml inflates to more than 1 MiB');
    // The inflater gives its output in chunks of 16 KiB at most: it stopped within one of the cap.
    expect(zip.inflated).toBeLessThanOrEqual(MiB + 64 * 1024);
    expect(maxDocumentXml).toBeGreaterThan(maxPartXml);
  });

  it('refuses a numbering part with more list definitions than the limit', async () => {
    const nums = Array.from({ length: maxListDefinitions + 1 }, (_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="0"/></w:num>`).join('');
    const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>${nums}</w:numbering>`;
    const bytes = await buildDocx(paragraph('Nội dung'), { 'word/numbering.xml': numbering });
    expect(await refusal(bytes)).toBe(`The .docx reader failed (word/numbering.xml holds ${maxListDefinitions + 2} list definitions, past the limit of ${maxListDefinitions}).`);
  });

  it('refuses content controls nested past the depth limit before any parser sees them', async () => {
    const depth = 200_000;
    const body = `${'<w:sdt><w:sdtContent>'.repeat(depth / 2)}${paragraph('x')}${'</w:sdtContent></w:sdt>'.repeat(depth / 2)}`;
    const bytes = await buildDocx(body);
    expect(bytes.length).toBeLessThan(100 * 1024);
    expect(await refusal(bytes)).toBe(`The .docx reader failed (word/document.xml nests elements ${depth + 5} levels deep, past the limit of ${maxXmlDepth}).`);
  });

  it('refuses a ZIP of more XML parts than the limit', async () => {
    const extra = Object.fromEntries(Array.from({ length: maxParts }, (_, i) => [`customXml/item${i}.xml`, '<a/>']));
    expect(await refusal(await buildDocx(paragraph('Nội dung'), extra))).toBe(`The .docx reader failed (the ZIP holds more than ${maxParts} XML parts (the limit)).`);
  });

  it('measures nesting in one pass: comments, CDATA, declarations and “>” in attributes do not count', () => {
    expect(xmlDepth('<?xml version="1.0"?><a><!-- <b> --><b x=">" y=\'<\'><c/><![CDATA[<d>]]></b></a>')).toBe(2);
    expect(xmlDepth('<a><b></b><b><c></c></b></a>')).toBe(3);
  });

  it('still reads an ordinary .docx with numbering, styles and notes', async () => {
    const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const body = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>MỤC ĐÍCH, YÊU CẦU</w:t></w:r></w:p>`;
    const doc = await parse(await buildDocx(body, { 'word/numbering.xml': numbering }), { path: 'ok.docx', includeText: true });
    expect(doc.source.text).toBe('I. MỤC ĐÍCH, YÊU CẦU');
  });
});
