import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { formatNumber, labelParagraphs, readListStyles, readNumbering, readStyleNumbering } from '../src/decode/docx-numbering.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const xml = (text: string) => load(text, { xml: { xmlMode: true, decodeEntities: true } });
const strip = (x: unknown) => JSON.parse(JSON.stringify(x, (k, v) => (['span', 'parts', 'fieldSpans', 'line'].includes(k) ? undefined : v)));

/** A minimal .docx: body XML and, optionally, numbering.xml and footnotes.xml. */
async function docx(body: string, numbering?: string, footnotes?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const rels: string[] = [];
  if (numbering) {
    rels.push('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>');
    zip.file('word/numbering.xml', numbering);
  }
  if (footnotes) {
    rels.push('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>');
    zip.file('word/footnotes.xml', `<?xml version="1.0"?><w:footnotes ${W}>${footnotes}</w:footnotes>`);
  }
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const p = (text: string, num?: [numId: number, ilvl: number]) =>
  `<w:p>${num ? `<w:pPr><w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr></w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;

const outlineNumbering = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61485;"/></w:lvl>
    <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%5."/></w:lvl>
    <w:lvl w:ilvl="5"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%6."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
</w:numbering>`;

describe('Word automatic numbering', () => {
  it.each([
    [1, 'decimal', '1'], [9, 'decimalZero', '09'], [4, 'lowerLetter', 'd'], [27, 'lowerLetter', 'aa'], [2, 'upperLetter', 'B'],
    [14, 'upperRoman', 'XIV'], [4, 'lowerRoman', 'iv'], [3, 'chineseCounting', null],
  ] as const)('%d in %s is %s', (n, format, want) => {
    expect(formatNumber(n, format)).toBe(want);
  });

  it('counts as Word does: per instance, restarting under each new parent, with start overrides', () => {
    const doc = xml(`<w:document ${W}><w:body>${[
      p('MỤC TIÊU', [1, 0]), p('Chung', [1, 1]), p('Cụ thể', [1, 1]), p('Một', [1, 2]), p('Hai', [1, 2]), p('Gạch', [1, 3]),
      p('NHIỆM VỤ', [1, 0]), p('Rà soát', [1, 1]), p('Con', [1, 4]), p('Khác', [1, 5]), p('Không số', [0, 0]), p('Thường'),
      p('Tiếp từ 4', [2, 1]),
    ].join('')}</w:body></w:document>`);
    const result = labelParagraphs(doc, readNumbering(xml(outlineNumbering)), new Map());
    const texts = doc('w\\:p').map((_, el) => doc(el).text()).get();
    expect(texts).toEqual(['I. MỤC TIÊU', '1. Chung', '2. Cụ thể', 'a) Một', 'b) Hai', '- Gạch', 'II. NHIỆM VỤ', '1. Rà soát', '1.1. Con', '1. Khác', 'Không số', 'Thường', '4. Tiếp từ 4']);
    expect(result).toEqual({ labelled: 11, unresolved: 1 });
    // Numbering is turned off where the label was written, so no converter draws it again.
    expect(doc('w\\:numId').map((_, el) => doc(el).attr('w:val')).get()).toEqual(Array(12).fill('0'));
  });

  it('counts on across instances of one list definition, and restarts where an instance overrides the start', () => {
    const numbering = xml(`<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>`);
    const doc = xml(`<w:document ${W}><w:body>${[p('MỤC ĐÍCH', [1, 0]), p('Quý', [3, 0]), p('Năm', [3, 0]), p('NHIỆM VỤ', [1, 0]), p('TỔ CHỨC', [2, 0]), p('Phân công', [4, 0]), p('Báo cáo', [4, 0])].join('')}</w:body></w:document>`);
    labelParagraphs(doc, readNumbering(numbering), new Map());
    expect(doc('w\\:p').map((_, el) => doc(el).text()).get()).toEqual(['I. MỤC ĐÍCH', 'a) Quý', 'b) Năm', 'II. NHIỆM VỤ', 'III. TỔ CHỨC', 'a) Phân công', 'b) Báo cáo']);
  });

  it('counts articles on across chapters (w:lvlRestart 0) and draws legal numbering as decimal (w:isLgl)', () => {
    const numbering = xml(`<w:numbering ${W}><w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Chương %1"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="Điều %2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%3."/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`);
    const doc = xml(`<w:document ${W}><w:body>${[p('QUY ĐỊNH CHUNG', [1, 0]), p('Phạm vi', [1, 1]), p('Đối tượng', [1, 1]), p('TỔ CHỨC', [1, 0]), p('Trách nhiệm', [1, 1]), p('Sở Nội vụ', [1, 2])].join('')}</w:body></w:document>`);
    labelParagraphs(doc, readNumbering(numbering), new Map());
    expect(doc('w\\:p').map((_, el) => doc(el).text()).get()).toEqual(['Chương I QUY ĐỊNH CHUNG', 'Điều 1. Phạm vi', 'Điều 2. Đối tượng', 'Chương II TỔ CHỨC', 'Điều 3. Trách nhiệm', '2.1. Sở Nội vụ']);
  });

  it('gives no number to an item whose paragraph mark is a tracked deletion (the next item takes it)', () => {
    const deleted = '<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"/></w:rPr></w:pPr><w:del w:id="2" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r><w:delText>Bỏ</w:delText></w:r></w:del></w:p>';
    const doc = xml(`<w:document ${W}><w:body>${p('MỤC TIÊU', [1, 0])}${p('Chung', [1, 1])}${deleted}${p('Cụ thể', [1, 1])}</w:body></w:document>`);
    labelParagraphs(doc, readNumbering(xml(outlineNumbering)), new Map());
    expect(doc('w\\:p').map((_, el) => doc(el).text()).get()).toEqual(['I. MỤC TIÊU', '1. Chung', 'Bỏ', '2. Cụ thể']);
  });

  it('draws a level an instance redefines in its override (w:lvlOverride holding a w:lvl)', () => {
    const numbering = xml(`<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num>
</w:numbering>`);
    const doc = xml(`<w:document ${W}><w:body>${[p('Mục đích', [1, 0]), p('Trên báo', [2, 0]), p('Trên đài', [2, 0])].join('')}</w:body></w:document>`);
    labelParagraphs(doc, readNumbering(numbering), new Map());
    expect(doc('w\\:p').map((_, el) => doc(el).text()).get()).toEqual(['1. Mục đích', 'a) Trên báo', 'b) Trên đài']);
  });

  it('takes the levels of a list style that a definition only links to (w:numStyleLink)', () => {
    const listStyles = readListStyles(xml(`<w:styles ${W}><w:style w:type="numbering" w:styleId="DanhMuc"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`));
    const numbering = xml(`<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0"><w:styleLink w:val="DanhMuc"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="DanhMuc"/></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`);
    const doc = xml(`<w:document ${W}><w:body>${p('MỤC TIÊU', [2, 0])}${p('NHIỆM VỤ', [2, 0])}</w:body></w:document>`);
    labelParagraphs(doc, readNumbering(numbering, listStyles), new Map());
    expect(doc('w\\:p').map((_, el) => doc(el).text()).get()).toEqual(['I. MỤC TIÊU', 'II. NHIỆM VỤ']);
  });

  it('follows numbering a paragraph style inherits through basedOn', () => {
    const styles = readStyleNumbering(xml(`<w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Muc2"><w:basedOn w:val="Heading2"/></w:style><w:style w:type="paragraph" w:styleId="Plain"><w:basedOn w:val="Heading2"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style></w:styles>`));
    expect([...styles]).toEqual([['Heading2', { numId: '1', ilvl: 1 }], ['Muc2', { numId: '1', ilvl: 1 }]]);
  });

  it('follows numbering carried by a paragraph style (headings)', () => {
    const styles = readStyleNumbering(xml(`<w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`));
    const doc = xml(`<w:document ${W}><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>MỤC ĐÍCH</w:t></w:r></w:p></w:body></w:document>`);
    labelParagraphs(doc, readNumbering(xml(outlineNumbering)), styles);
    expect(doc('w\\:p').text()).toBe('I. MỤC ĐÍCH');
  });
});

describe('.docx input', () => {
  it('parses the Word rendering of a corpus plan to the same content as its text', async () => {
    const text = await parse(readFileSync('fixtures/hoai-nhon-qd-ubnd-2020.txt'), { path: 'plan.txt' });
    const word = await parse(readFileSync('fixtures/docx-hoai-nhon-qd-ubnd-2020.docx'), { path: 'plan.docx' });
    for (const key of ['outline', 'tables', 'goals', 'targets', 'countTargets', 'tasks', 'responsibilities', 'agencies', 'citations'] as const) {
      expect(strip(word[key]), key).toEqual(strip(text[key]));
    }
    // The Word file has no blank line between the signer's title and name.
    expect({ ...strip(word.metadata), signer: null }).toEqual({ ...strip(text.metadata), signer: null });
    expect(word.targets.length).toBe(21);
    expect(word.countTargets).toHaveLength(1);
    expect(word.tasks.length).toBe(70);
  });

  it('records the format and the converter, and says how many labels it wrote', async () => {
    const doc = await parse(readFileSync('fixtures/docx-hoai-nhon-qd-ubnd-2020.docx'), { path: 'plan.docx' });
    const version = (createRequire(import.meta.url)('mammoth/package.json') as { version: string }).version;
    expect([doc.source.format, doc.source.converter]).toEqual(['docx', { name: 'mammoth', version }]);
    expect(doc.diagnostics.find((d) => d.code === 'decode/docx')?.message).toMatch(/^Read as a Word document with mammoth [\d.]+; 124 automatic numbering labels were written into the text\.$/u);
  });

  it('keeps merged cells: a lead agency merged down several rows applies to each', async () => {
    const cell = (t: string, merge = '') => `<w:tc><w:tcPr>${merge}</w:tcPr><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const table = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
      <w:tr>${cell('TT')}${cell('Nhiệm vụ')}${cell('Cơ quan chủ trì')}${cell('Thời gian')}</w:tr>
      <w:tr>${cell('1')}${cell('Rà soát thủ tục')}${cell('Sở Tư pháp', '<w:vMerge w:val="restart"/>')}${cell('Quý I/2024')}</w:tr>
      <w:tr>${cell('2')}${cell('Công bố thủ tục')}${cell('', '<w:vMerge/>')}${cell('Quý II/2024')}</w:tr></w:tbl>`;
    const doc = await parse(await docx(p('PHỤ LỤC') + table), { path: 'x.docx' });
    expect(doc.tasks.map((t) => [t.text, t.lead.map((a) => a.canonical), t.timeframe?.end])).toEqual([
      ['Rà soát thủ tục', ['Sở Tư pháp'], '2024-03-31'],
      ['Công bố thủ tục', ['Sở Tư pháp'], '2024-06-30'],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('decode/span-copied');
  });

  it('recognises a .docx by its content whatever its name; a broken ZIP is still refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-docx-'));
    copyFileSync('fixtures/docx-hoai-nhon-qd-ubnd-2020.docx', join(dir, 'plan.txt'));
    const named = await parse(readFileSync(join(dir, 'plan.txt')), { path: join(dir, 'plan.txt') });
    expect([named.source.format, named.tasks.length]).toEqual(['docx', 70]);
    const broken = await parse(readFileSync('fixtures/bad/docx-named-txt.txt'), { path: 'x.docx' });
    expect(broken.diagnostics.map((d) => d.message)).toEqual([
      "The .docx reader failed (the ZIP container is damaged, truncated or encrypted: can't find end of central directory).",
      'Not a text document (looks like ZIP or DOCX).',
    ]);
  });

  it('trusts no size a ZIP header claims: a part said to inflate to 2 GB is read for what it is', async () => {
    const bytes = Buffer.from(await docx(p('Nội dung')));
    // Make the central directory claim that word/document.xml inflates to 2 GB.
    const name = Buffer.from('word/document.xml');
    for (let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      if (bytes.subarray(at + 46, at + 46 + name.length).equals(name)) bytes.writeUInt32LE(0x7ffffff0, at + 24);
    }
    const doc = await parse(bytes, { path: 'bomb.docx', includeText: true });
    // Real bombs (bytes that do inflate past the limits) are refused in test/hostile-docx.test.ts.
    expect([doc.source.format, doc.source.text]).toEqual(['docx', 'Nội dung']);
  });

  it('puts each footnote where it is referenced', async () => {
    const body = `<w:p><w:r><w:t xml:space="preserve">Căn cứ Nghị định số 61/2018/NĐ-CP</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> của Chính phủ;</w:t></w:r></w:p>${p('Nội dung tiếp theo.')}`;
    const note = '<w:footnote w:id="1"><w:p><w:r><w:t>Đã được sửa đổi bởi Nghị định số 107/2021/NĐ-CP</w:t></w:r></w:p></w:footnote>';
    const doc = await parse(await docx(body, undefined, note), { path: 'x.docx', includeText: true });
    expect(doc.source.text).toBe('Căn cứ Nghị định số 61/2018/NĐ-CP (Đã được sửa đổi bởi Nghị định số 107/2021/NĐ-CP) của Chính phủ;\nNội dung tiếp theo.');
    expect(doc.citations.map((c) => c.number)).toEqual(['61/2018/NĐ-CP', '107/2021/NĐ-CP']);
  });

  it('reads the text as printed: hidden text dropped, a simple field keeps its result', async () => {
    const body = `<w:p><w:r><w:t xml:space="preserve">Thời gian: </w:t></w:r><w:fldSimple w:instr=" DOCPROPERTY ThoiGian "><w:r><w:t>Quý II năm 2025</w:t></w:r></w:fldSimple><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> (ghi chú: xem lại)</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p><w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:vanish/></w:rPr><w:t>Ẩn cả đoạn</w:t></w:r></w:p>${p('Tiếp theo.')}`;
    const doc = await parse(await docx(body), { path: 'x.docx', includeText: true });
    expect(doc.source.text).toBe('Thời gian: Quý II năm 2025.\nTiếp theo.');
  });

  it('reads an alignment tab (w:ptab) as a tab and a carriage return (w:cr) as a line break, not as nothing', async () => {
    const body = '<w:p><w:r><w:t>Số: 12/KH-UBND</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>An Thuận, ngày 02 tháng 4 năm 2025</w:t></w:r></w:p><w:p><w:r><w:t>Nơi nhận:</w:t><w:cr/><w:t>- Như trên;</w:t></w:r></w:p>';
    const doc = await parse(await docx(body), { path: 'x.docx', includeText: true });
    expect(doc.source.text).toBe('Số: 12/KH-UBND\nAn Thuận, ngày 02 tháng 4 năm 2025\nNơi nhận:\n- Như trên;');
  });

  it('keeps the cells of a row that skips grid columns (w:gridBefore) under their headings', async () => {
    const tc = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const row = (cells: string[], trPr = '') => `<w:tr>${trPr}${cells.map(tc).join('')}</w:tr>`;
    const table = `<w:tbl><w:tblGrid>${'<w:gridCol w:w="1400"/>'.repeat(4)}</w:tblGrid>${[
      row(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian']), row(['1', 'Rà soát thủ tục', 'Sở Tư pháp', 'Quý II năm 2025']),
      row(['2', 'Số hóa hồ sơ', 'Sở Nội vụ', 'Năm 2025']), row(['Tập huấn', 'Sở Nội vụ'], '<w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/></w:trPr>'),
      row(['4', 'Kiểm tra công vụ', 'Thanh tra tỉnh', 'Quý IV năm 2025']),
    ].join('')}</w:tbl>`;
    const doc = await parse(await docx(table), { path: 'x.docx', includeText: true });
    expect(doc.source.text.split('\n')[3]).toBe('\tTập huấn\tSở Nội vụ\t');
  });

  it('says when a numbering format cannot be drawn', async () => {
    const doc = await parse(await docx(p('Mục', [1, 5]), outlineNumbering), { path: 'x.docx' });
    expect(doc.diagnostics.map((d) => d.code)).toContain('decode/docx-numbering');
  });
});

// .ci/run installs LibreOffice, so in CI these run; on a machine without it they are skipped with this note.
const hasLibreOffice = spawnSync('soffice', ['--version']).status === 0;

describe('.doc input (Word 97–2003, through LibreOffice)', () => {
  it.runIf(hasLibreOffice || process.env['CI'])('parses the .doc rendering of a corpus plan to the same content as its text', async () => {
    const text = await parse(readFileSync('fixtures/hoai-nhon-qd-ubnd-2020.txt'), { path: 'plan.txt' });
    const word = await parse(readFileSync('fixtures/doc-hoai-nhon-qd-ubnd-2020.doc'), { path: 'plan.doc' });
    expect(word.source.format).toBe('doc');
    expect(word.source.converter?.name).toBe('libreoffice+mammoth');
    for (const key of ['outline', 'tables', 'goals', 'targets', 'countTargets', 'tasks', 'responsibilities', 'agencies', 'citations'] as const) {
      expect(strip(word[key]), key).toEqual(strip(text[key]));
    }
  }, 60_000);

  it('without LibreOffice, says what to install, naming the file, with exit 1', () => {
    const r = spawnSync(process.execPath, ['bin/kehoach.js', 'parse', 'fixtures/doc-hoai-nhon-qd-ubnd-2020.doc'], { encoding: 'utf8', env: { ...process.env, PATH: '/nonexistent' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('fixtures/doc-hoai-nhon-qd-ubnd-2020.doc:1: error Reading Word 97–2003 .doc files needs LibreOffice: install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) so that `soffice` is on PATH, or save the file as .docx. [decode/doc-unconverted]\n');
  });

  it('does not take an OLE file without a WordDocument stream (.xls, .msg) for a .doc', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const doc = await parse(ole, { path: 'book.xls' });
    expect(doc.diagnostics.map((d) => d.message)).toEqual(['Not a text document (looks like Word 97-2003 (.doc) or another OLE file).']);
  });
});
