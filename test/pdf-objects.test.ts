import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markedContent } from '../src/decode/pdf/content-stream.js';
import { PdfFile } from '../src/decode/pdf/objects.js';
import { openPages } from '../src/decode/pdf/page-streams.js';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

/**
 * A PDF written by hand: `objects[i]` is object i + 1 (a string, or
 * `{ dict, data }` for a stream), with a cross-reference table and trailer.
 * `update` appends an incremental update redefining some objects.
 */
function pdf(objects: (string | { dict: string; data: string })[], update?: Record<number, string | { dict: string; data: string }>): Uint8Array {
  let out = '%PDF-1.4\n';
  const body = (o: string | { dict: string; data: string }) => (typeof o === 'string' ? o : `<< ${o.dict} /Length ${o.data.length} >>\nstream\n${o.data}\nendstream`);
  const offsets = objects.map((o, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body(o)}\nendobj\n`;
    return at;
  });
  const entry = (o: number) => `${String(o).padStart(10, '0')} 00000 n \n`;
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map(entry).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  if (!update) return bytes(out);
  const changed = Object.entries(update).map(([n, o]) => {
    const at = out.length;
    out += `${n} 0 obj\n${body(o)}\nendobj\n`;
    return `${n} 1\n${entry(at)}`;
  });
  const next = out.length;
  out += `xref\n${changed.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Prev ${xref} >>\nstartxref\n${next}\n%%EOF\n`;
  return bytes(out);
}

const catalog = '<< /Type /Catalog /Pages 2 0 R >>';
const content = (pages: ReturnType<typeof openPages>, n = 0) => {
  const page = pages?.content(n);
  return page ? latin1(page.content) : undefined;
};

describe('openPages reads each page’s content streams from the file’s objects', () => {
  it('follows the page tree in order, into nested page nodes', () => {
    const file = pdf([
      catalog,
      '<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>',
      '<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>',
      { dict: '', data: '(one) Tj' },
      '<< /Type /Pages /Parent 2 0 R /Kids [6 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 5 0 R /Contents 7 0 R >>',
      { dict: '', data: '(two) Tj' },
    ]);
    const pages = openPages(file);
    expect([content(pages, 0), content(pages, 1)]).toEqual(['(one) Tj', '(two) Tj']);
  });

  it('unpacks Flate streams and joins a /Contents array with a line break', () => {
    const flate = latin1(deflateSync('/Span <</ActualText (x)>> BDC'));
    const file = pdf([catalog, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Contents [4 0 R 5 0 R] >>', { dict: '/Filter /FlateDecode', data: flate }, { dict: '', data: '(a) Tj EMC' }]);
    expect(content(openPages(file))).toBe('/Span <</ActualText (x)>> BDC\n(a) Tj EMC');
  });

  it('reads a property list named in resources the page inherits from its parent', () => {
    const file = pdf([catalog, '<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources << /Properties << /MC0 << /ActualText (\\376\\377\\036\\277) >> >> >> >>', '<< /Type /Page /Contents 4 0 R >>', { dict: '', data: '/Span /MC0 BDC EMC' }]);
    expect([...(openPages(file)?.content(0)?.namedActualText('MC0') ?? [])]).toEqual([0xfe, 0xff, 0x1e, 0xbf]);
  });

  it('takes the newest definition of an object from an incremental update (/Prev)', () => {
    const objects = [catalog, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Contents 4 0 R >>', { dict: '', data: '(old) Tj' }];
    expect(content(openPages(pdf(objects, { 4: { dict: '', data: '(new) Tj' } })))).toBe('(new) Tj');
  });

  it('finds the objects by a scan of the file where the cross-reference offset is wrong', () => {
    const file = latin1(pdf([catalog, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Contents 4 0 R >>', { dict: '', data: '(a) Tj' }]));
    const broken = file.replace(/startxref\n\d+/u, 'startxref\n7');
    expect(content(openPages(bytes(broken)))).toBe('(a) Tj');
  });

  it('reads a cross-reference stream with a PNG predictor (rows of `Up` differences)', () => {
    // Objects 1–4 as a table would place them, then object 5: the cross-reference stream, rows of 1 + 2 + 1 bytes.
    const base = latin1(pdf([catalog, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Contents 4 0 R >>', { dict: '', data: '(xs) Tj' }]));
    const body = base.slice(0, base.indexOf('xref\n'));
    const offsets = [1, 2, 3, 4].map((n) => body.indexOf(`${n} 0 obj`));
    const rows = [[0, 0, 0, 255], ...offsets.map((o) => [1, o >> 8, o & 255, 0]), [1, body.length >> 8, body.length & 255, 0]];
    // Each row after a filter byte of 2 (Up): its difference from the row above.
    const encoded = rows.flatMap((row, r) => [2, ...row.map((b, k) => (b - (r > 0 ? rows[r - 1]![k]! : 0)) & 255)]);
    const data = latin1(deflateSync(Uint8Array.from(encoded)));
    const xref = `5 0 obj\n<< /Type /XRef /Size 6 /W [1 2 1] /Root 1 0 R /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 4 >> /Length ${data.length} >>\nstream\n${data}\nendstream\nendobj\n`;
    const file = `${body}${xref}startxref\n${body.length}\n%%EOF\n`;
    expect(content(openPages(bytes(file)))).toBe('(xs) Tj');
  });

  it('reads objects kept in object streams (pdf-lib’s fixtures/pdf-actualtext-objstm.pdf)', () => {
    const pages = openPages(readFileSync('fixtures/pdf-actualtext-objstm.pdf'));
    expect(content(pages)).toContain('/Span /MC0 BDC');
    expect(pages?.content(0)?.namedActualText('MC0')).toBeInstanceOf(Uint8Array);
  });

  it('reads nothing from an encrypted file (its streams would be ciphertext)', () => {
    const file = latin1(pdf([catalog, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Contents 4 0 R >>', { dict: '', data: '(a) Tj' }]));
    expect(openPages(bytes(file.replace('/Root 1 0 R', '/Root 1 0 R /Encrypt << /Filter /Standard >>')))).toBeNull();
  });

  it('reads nothing from an encrypted file whose trailer is damaged, where the scan takes the catalog for /Root', () => {
    const file = latin1(pdf([catalog, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Contents 4 0 R >>', { dict: '', data: '(a) Tj' }, '<< /Filter /Standard /V 1 /R 2 /P -4 >>']));
    // The trailer's /Root is damaged, and then the whole trailer is cut off: /Encrypt stands only in the bytes the scan passes over.
    expect(openPages(bytes(file.replace('/Root 1 0 R', '/Rxot 1 0 R /Encrypt 5 0 R')))).toBeNull();
    expect(openPages(bytes(file.replace(/trailer[^]*$/u, 'trailer\n<< /Size 6 /Encrypt 5 0 R /ID [<00> <00>] /Ro')))).toBeNull();
    // The same damage without /Encrypt: the catalog is found and the page read.
    expect(content(openPages(bytes(file.replace('/Root 1 0 R', '/Rxot 1 0 R'))))).toBe('(a) Tj');
    expect(content(openPages(bytes(file.replace(/trailer[^]*$/u, 'trailer\n<< /Size 6 /Ro'))))).toBe('(a) Tj');
  });

  it('takes /Encrypt only as a whole name: /EncryptMetadata or /EncryptedPayload in the bytes the scan passes over marks no file encrypted', () => {
    const file = latin1(pdf([catalog, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Contents 4 0 R >>', { dict: '', data: '(a) Tj' }, '<< /EncryptMetadata false /EncryptedPayload 6 0 R >>']));
    expect(content(openPages(bytes(file.replace('/Root 1 0 R', '/Rxot 1 0 R'))))).toBe('(a) Tj');
    // The name before a delimiter or at the file's very end still counts.
    expect(openPages(bytes(file.replace('/Root 1 0 R', '/Rxot 1 0 R /Encrypt<</Filter /Standard>>')))).toBeNull();
    expect(openPages(bytes(file.replace(/trailer[^]*$/u, 'trailer\n<< /Size 6 /Encrypt')))).toBeNull();
  });

  it('gives no content for a page whose stream has another filter, and the other pages theirs', () => {
    const file = pdf([catalog, '<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>', '<< /Type /Page /Contents 4 0 R >>', { dict: '/Filter /LZWDecode', data: 'x' }, '<< /Type /Page /Contents 6 0 R >>', { dict: '', data: '(b) Tj' }]);
    const pages = openPages(file);
    expect(pages?.content(0)).toBeNull();
    expect(content(pages, 1)).toBe('(b) Tj');
  });

  it('stops at a page tree that loops back on itself, and at references that name each other', () => {
    const file = pdf([catalog, '<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 1 >>', '<< /Type /Page /Contents [4 0 R] >>', '[5 0 R]', '<< /Length 4 0 R >>']);
    const pages = openPages(file);
    expect(pages?.count).toBe(1);
    expect(pages?.content(0)).toBeNull();
  });

  it('reads a file of nothing but object headers and brackets without a cross-reference section, and gives nothing', () => {
    // One forward scan finds the 100,000 headers; the brackets are read on an explicit stack.
    const junk = `%PDF-1.4\n${'1 0 obj [[<< '.repeat(100_000)}\nstartxref\n0\n%%EOF`;
    expect(openPages(bytes(junk))).toBeNull();
  });

  it('reads a page tree of objects left unclosed in bounded work: each would read to the end of the file', () => {
    const kids = Array.from({ length: 3000 }, (_, i) => `${i + 3} 0 R`).join(' ');
    const file = pdf([catalog, `<< /Type /Pages /Kids [${kids}] /Count 3000 >>`, ...Array<string>(3000).fill('<< /Type /Page /Contents [')]);
    const pages = openPages(file);
    for (let n = 0; n < (pages?.count ?? 0); n++) expect(pages?.content(n)).toBeNull();
    // Without the budget, 3000 objects reading to the end of a 100 kB file read 150 MB.
    expect(pages!.file.bytesRead).toBeGreaterThan(0);
    expect(pages!.file.bytesRead).toBeLessThanOrEqual(4 * file.length + 65_536);
  });

  it('reads nothing, without throwing, from bytes that are no PDF', () => {
    expect(openPages(Uint8Array.of(1, 2, 3))).toBeNull();
    expect(openPages(bytes('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nstartxref\n9\n%%EOF'))).toBeNull();
  });
});

describe('the PDF readers on arbitrary bytes', () => {
  // Fragments of PDF syntax, so that random files reach the parsers' corners.
  const fragment = fc.constantFrom('1 0 obj', '<<', '>>', '[', ']', '(', ')', '\\', '<FE', 'FF>', '/Span', '/ActualText', 'BDC', 'EMC', 'BMC', 'BI', 'ID ', ' EI ', 'stream\n', 'endstream', 'endobj', 'xref\n0 2\n', '0000000000 65535 f \n', 'trailer', '/Root 1 0 R', 'startxref\n0', '/Length 99', '/Filter /FlateDecode', '%', '\n', ' ', '7', '-.5',
    // Cross-reference streams and object streams, with the figures a damaged or hostile file gives.
    '/Type /XRef', '/Type /ObjStm', '/Type /Catalog', '/W [1 2 1]', '/W [0 0 0]', '/W [0.5 1 1]', '/W [1 -2 1]', '/Size 99999999', '/Size 1.5', '/Index [0 99999999]', '/Index [7 2 0]', '/Prev 9', '/XRefStm 0', '/N 99999', '/First 4', '/DecodeParms << /Predictor 12 /Columns 4 >>', '/Columns -1');
  const files = fc.array(fc.oneof(fragment, fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => bytes(`%PDF-1.4\n${parts.join('')}`));

  it('never throw, whatever the bytes: the object reader, the page reader and the content-stream reader', () => {
    fc.assert(
      fc.property(files, (file) => {
        // The object reader itself, without the catch-all of openPages.
        const pdf = PdfFile.open(file);
        const kids = pdf?.get(pdf.root()?.get('Pages'));
        if (kids instanceof Map) pdf!.get(kids.get('Kids'));
        const pages = openPages(file);
        for (let n = 0; n < (pages?.count ?? 0); n++) pages!.content(n);
        expect(pages === null || pages.count >= 0).toBe(true);
        expect(Array.isArray(markedContent(file))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
