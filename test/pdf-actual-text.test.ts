import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfToText } from '../src/decode/from-pdf.js';
import { parse } from '../src/index.js';
import { openPages } from '../src/decode/pdf/page-streams.js';
import { withActualText, type MarkedItem, type TextRun } from '../src/decode/pdf/actual-text.js';
import { markedContent } from '../src/decode/pdf/content-stream.js';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const run = (str: string, x: number, width = 6): TextRun => ({ str, transform: [10, 0, 0, 10, x, 700], width, fontName: 'f1' });
const begin = (tag: string | null = 'Span'): MarkedItem => ({ type: 'beginMarkedContentProps', tag });
const end: MarkedItem = { type: 'endMarkedContent' };
const texts = (runs: readonly TextRun[] | null) => runs?.map((r) => r.str);

/** A line as LibreOffice draws `Điều kiện` with `ề` and `ệ` as base and mark glyphs: each cluster in a span of its own. */
const stream = '/F1 10 Tf (Đi) Tj /Span<</ActualText<FEFF1EC1>>>\nBDC\n[<04>2<05>]TJ\nEMC\n(u ki) Tj /Span<</ActualText<FEFF1EC7>>>\nBDC\n[<06>2<07>]TJ\nEMC\n(n) Tj';
const items = [run('Đi', 56.8, 12), begin(), run(' ', 68.8, 0), run('\u00ea\u0011', 68.8, 12), end, run('u ki', 74.8, 24), begin(), run('\u00ea', 98.8), end, run('n', 104.8)];

describe('withActualText puts the writer’s text in place of a span’s glyphs', () => {
  it('replaces the glyphs of each span by its text, at its first glyph, and keeps the runs around it', () => {
    const runs = withActualText(items, markedContent(bytes(stream)));
    expect(texts(runs)).toEqual(['Đi', ' ', '\u1ec1', 'u ki', '\u1ec7', 'n']);
    expect(runs![2]!.transform[4]).toBe(68.8);
  });

  it('tells what the glyphs read, for their widths (a mark glyph’s advance is no letter’s)', () => {
    const runs = withActualText(items, markedContent(bytes(stream)));
    expect(runs![2]).toMatchObject({ drawn: '\u00ea\u0011', width: 12 });
    expect(runs![3]).not.toHaveProperty('drawn');
  });

  it('gives one run for a span drawn in several runs, as wide as all of them', () => {
    const many = [begin(), run('e', 56.8), run('\u0300', 62.8, 0), run('\u0302', 62.8, 0), end];
    const runs = withActualText(many, markedContent(bytes('/Span <</ActualText (\\376\\377\\036\\301)>> BDC (e) Tj (x) Tj (y) Tj EMC')));
    expect(runs).toEqual([{ ...run('\u1ec1', 56.8), drawn: 'e\u0300\u0302' }]);
  });

  it('takes the text of the outermost span where spans are nested', () => {
    const nested = [begin(), run('f', 56.8), begin(), run('i', 62.8), end, end];
    const runs = withActualText(nested, markedContent(bytes('/Span <</ActualText (fi)>> BDC (f) Tj /Span <</ActualText (I)>> BDC (i) Tj EMC EMC')));
    expect(texts(runs)).toEqual(['fi']);
  });

  it('reads a property list named in the page’s resources', () => {
    const named = [begin(), run('x', 56.8), end];
    const runs = withActualText(named, markedContent(bytes('/Span /MC0 BDC (x) Tj EMC')), (name) => (name === 'MC0' ? bytes('y') : undefined));
    expect(texts(runs)).toEqual(['y']);
  });

  it('leaves marked content without ActualText (tagged PDF’s /P <</MCID 0>>) as pdf.js read it', () => {
    const tagged = [begin('P'), run('Kế hoạch', 56.8, 48), end];
    expect(texts(withActualText(tagged, markedContent(bytes('/P <</MCID 0>> BDC (x) Tj EMC'))))).toEqual(['Kế hoạch']);
  });

  it('passes over an EMC with nothing open, as pdf.js does', () => {
    const runs = withActualText([run('a', 56.8), begin(), run('b', 62.8), end], markedContent(bytes('EMC (a) Tj /Span <</ActualText (c)>> BDC (b) Tj EMC')));
    expect(texts(runs)).toEqual(['a', 'c']);
  });

  it('ends a span the stream leaves open with the page', () => {
    expect(texts(withActualText([begin(), run('b', 56.8)], markedContent(bytes('/Span <</ActualText (c)>> BDC (b) Tj'))))).toEqual(['c']);
  });

  it('keeps a span with no glyph drawn in it as it is', () => {
    expect(texts(withActualText([begin(), run(' ', 56.8), end], markedContent(bytes('/Span <</ActualText (c)>> BDC EMC'))))).toEqual([' ']);
  });

  it('reads nothing from a page whose marked content is not the sequence pdf.js saw (a form XObject with its own)', () => {
    // pdf.js went into the form and saw its /P span; the page's own stream only draws the form.
    const seen = [begin(), run('x', 56.8), end, begin('P'), run('y', 62.8), end];
    expect(withActualText(seen, markedContent(bytes('/Span <</ActualText (z)>> BDC (x) Tj EMC /Fm0 Do')))).toBeNull();
    // The same count of operators, another tag.
    expect(withActualText([begin('P'), run('x', 56.8), end], markedContent(bytes('/Span <</ActualText (z)>> BDC (x) Tj EMC')))).toBeNull();
    expect(withActualText([{ type: 'beginMarkedContent', tag: 'Span' }, run('x', 56.8), end], markedContent(bytes('/Span <</ActualText (z)>> BDC (x) Tj EMC')))).toBeNull();
  });
});

describe('PDFs whose true text is in /ActualText', () => {
  it('reads every way of writing it: hex and literal UTF-16BE, PDFDocEncoding, a named property list, across two content streams, in object streams', async () => {
    // fixtures/pdf-actualtext-objstm.pdf (scripts/make-actualtext-fixtures.js) draws `KE HOACH` / `Giai doan 2025 - 2030`.
    const pdf = await pdfToText(readFileSync('fixtures/pdf-actualtext-objstm.pdf'));
    expect(pdf.text).toBe('KẾ HOẠCH\nGiai đoạn 2025 – 2030');
  });

  it('reads a plain print with mark glyphs like its source (fixtures/pdf-actualtext-plan.pdf, LibreOffice’s default print of the .txt)', async () => {
    const fields = (doc: Awaited<ReturnType<typeof parse>>) =>
      JSON.parse(JSON.stringify({ metadata: doc.metadata, outline: doc.outline, targets: doc.targets, tasks: doc.tasks, responsibilities: doc.responsibilities }, (key, value) => (['span', 'spans', 'fieldSpans', 'parts'].includes(key) ? undefined : value)));
    const text = await parse(readFileSync('fixtures/pdf-actualtext-plan.txt'), { path: 'plan.txt' });
    const pdf = await parse(readFileSync('fixtures/pdf-actualtext-plan.pdf'), { path: 'plan.pdf' });
    // Words whose marks the glyphs lose (`cơ sơ`, `hướng dấn`, `xư lý`, `ô nhiếm`, `một lấn` without /ActualText).
    expect(pdf.targets.map((t) => t.text)).toEqual([
      'Phấn đấu 95% cơ sở sản xuất, kinh doanh được hướng dẫn thu gom, xử lý chất thải đúng quy định',
      'Đến hết năm 2025, 100% cơ sở thuộc diện phải quan trắc được kiểm tra ít nhất một lần',
    ]);
    expect(fields(pdf)).toEqual(fields(text));
  });

  it('keeps pdf.js’s reading of a page whose form XObject has marked content of its own', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const form = doc.context.register(doc.context.flateStream('/P <</MCID 0>> BDC BT /F1 12 Tf 72 700 Td (form) Tj ET EMC', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 595, 842], Resources: { Font: { F1: font.ref } } }));
    for (const drawsForm of [true, false]) {
      const page = doc.addPage([595, 842]);
      page.node.setFontDictionary(PDFName.of('F1'), font.ref);
      page.node.setXObject(PDFName.of('Fm0'), form);
      const content = `BT /F1 12 Tf 72 760 Td /Span <</ActualText <FEFF1EBE>>> BDC (E) Tj EMC ET${drawsForm ? ' /Fm0 Do' : ''}`;
      page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(content)));
    }
    const pdf = await pdfToText(await doc.save());
    // Page 1 went into the form, whose span the page's own stream does not list: read as drawn. Page 2 has the writer's text.
    expect(pdf.text.startsWith('E\nform')).toBe(true);
    expect(pdf.text.endsWith('Ế')).toBe(true);
  });

  it('reads nothing from bytes that are no PDF pdf-lib can read, without throwing', async () => {
    expect(openPages(Uint8Array.of(1, 2, 3))).toBeNull();
  });
});
