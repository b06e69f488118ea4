// node scripts/make-word-probes.js [--out DIR] [name ...]
// Writes small Word plans composed for kehoach (not copies of real documents),
// each with a layout real Word plans of People's Committees, departments and
// mass organisations have and the corpus's three Word files do not: letterheads
// in borderless tables or set with tabs, automatic numbering (articles, chapters,
// multi-level, heading styles, restarts), a landscape appendix with merged cells
// and a two-row header, Word markup (footnotes, text boxes, content
// controls, fields, tracked changes, hidden text, smart tags), and body
// paragraphs typed with tabs (indentation, a tab between a label and its value).
// The WordprocessingML is written directly, so the bytes are reproducible.
// Default output: fixtures/word-probe-<name>.docx.
import { writeFileSync, mkdirSync } from 'node:fs';
import JSZip from 'jszip';

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
].join(' ');

const esc = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

// ---- runs -------------------------------------------------------------------
/** A run; `props` may hold b, i, caps, vanish. A string with “\t” or “\n” gets w:tab / w:br. */
function r(text, props = {}) {
  const rPr = [props.b && '<w:b/>', props.i && '<w:i/>', props.caps && '<w:caps/>', props.vanish && '<w:vanish/>'].filter(Boolean).join('');
  const body = text
    .split(/(\t|\n)/u)
    .map((part) => (part === '\t' ? '<w:tab/>' : part === '\n' ? '<w:br/>' : part === '' ? '' : `<w:t xml:space="preserve">${esc(part)}</w:t>`))
    .join('');
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${body}</w:r>`;
}
const b = (text) => r(text, { b: true });
const i = (text) => r(text, { i: true });

/** A paragraph: `content` is a string (one run) or raw run XML pieces; `o` sets numbering, style, tab stops ([[kind, twips]…]), alignment. */
function p(content, o = {}) {
  const runs = Array.isArray(content) ? content.join('') : content === '' ? '' : o.raw ? content : r(content, o);
  const pPr = [
    o.style && `<w:pStyle w:val="${o.style}"/>`,
    o.num && `<w:numPr><w:ilvl w:val="${o.num[1] ?? 0}"/><w:numId w:val="${o.num[0]}"/></w:numPr>`,
    o.tabs && `<w:tabs>${o.tabs.map(([kind, pos]) => `<w:tab w:val="${kind}" w:pos="${pos}"/>`).join('')}</w:tabs>`,
    o.center && '<w:jc w:val="center"/>',
    o.markDeleted && '<w:rPr><w:del w:id="90" w:author="Chuyên viên" w:date="2025-03-01T08:00:00Z"/></w:rPr>',
    o.markHidden && '<w:rPr><w:vanish/></w:rPr>',
    o.sect,
  ].filter(Boolean).join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}
const title = (text) => p(text, { b: true, center: true });

// ---- tables -----------------------------------------------------------------
/**
 * rows: arrays of cells; a cell is a string (one paragraph; “\n” a soft break),
 * an array of strings (one paragraph each), or {text, span, merge: 'restart'|'continue', b}.
 */
function table(rows, { widths, borders = true, headerRows = 0 } = {}) {
  const cols = widths.length;
  const border = borders
    ? '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
    : '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
  const body = rows.map((cells, ri) => {
    let col = 0;
    const tcs = cells.map((cell) => {
      const c = typeof cell === 'string' || Array.isArray(cell) ? { text: cell } : cell;
      const span = c.span ?? 1;
      const width = widths.slice(col, col + span).reduce((x, y) => x + y, 0);
      col += span;
      const texts = Array.isArray(c.text) ? c.text : [c.text ?? ''];
      const paras = texts.map((t) => p(t === '' ? '' : r(t, { b: c.b || ri < headerRows, i: c.i }), { raw: true, center: c.center }));
      const tcPr = `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${c.merge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.merge === 'continue' ? '<w:vMerge/>' : ''}</w:tcPr>`;
      return `<w:tc>${tcPr}${paras.join('')}</w:tc>`;
    });
    if (col !== cols) throw new Error(`row ${ri} spans ${col} of ${cols} columns`);
    const trPr = ri < headerRows ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
    return `<w:tr>${trPr}${tcs.join('')}</w:tr>`;
  });
  const grid = widths.map((wd) => `<w:gridCol w:w="${wd}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((x, y) => x + y, 0)}" w:type="dxa"/>${border}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body.join('')}</w:tbl>`;
}

// ---- numbering --------------------------------------------------------------
/** One w:lvl: [format, text, {start, isLgl, pStyle}] */
function lvl(ilvl, format, text, o = {}) {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${o.start ?? 1}"/><w:numFmt w:val="${format}"/>${o.pStyle ? `<w:pStyle w:val="${o.pStyle}"/>` : ''}${o.isLgl ? '<w:isLgl/>' : ''}<w:lvlText w:val="${esc(text)}"/><w:lvlJc w:val="left"/></w:lvl>`;
}
/** abstract: {id: [lvl xml…]}; nums: [[numId, abstractId, {ilvl: start}?]] */
function numberingXml(abstract, nums) {
  const a = Object.entries(abstract).map(([id, lvls]) => `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${lvls.join('')}</w:abstractNum>`);
  const n = nums.map(([numId, absId, overrides = {}]) => {
    const o = Object.entries(overrides).map(([ilvl, start]) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`).join('');
    return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${absId}"/>${o}</w:num>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}>${a.join('')}${n.join('')}</w:numbering>`;
}

function stylesXml(extra = '') {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${extra}</w:styles>`;
}

const portrait = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
const landscape = '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';

// ---- package ----------------------------------------------------------------
const fixedDate = new Date('2026-11-27T00:00:00Z');

async function write(name, { body, numbering, styles, footnotes, header, firstHeader, rels = [], dir }) {
  const archive = new JSZip();
  // Every entry gets the same date, so the bytes (and source.sha256) are the same on every run.
  const zip = { file: (path, data) => archive.file(path, data, { date: fixedDate, createFolders: false }) };
  const overrides = [
    ['/word/document.xml', 'wordprocessingml.document.main+xml'],
    ['/word/styles.xml', 'wordprocessingml.styles+xml'],
    numbering && ['/word/numbering.xml', 'wordprocessingml.numbering+xml'],
    footnotes && ['/word/footnotes.xml', 'wordprocessingml.footnotes+xml'],
    header && ['/word/header1.xml', 'wordprocessingml.header+xml'],
    firstHeader && ['/word/header2.xml', 'wordprocessingml.header+xml'],
  ].filter(Boolean);
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`).join('')}</Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  const rel = (id, type, target, external) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${esc(target)}"${external ? ' TargetMode="External"' : ''}/>`;
  const docRels = [
    rel('rIdStyles', 'styles', 'styles.xml'),
    numbering && rel('rIdNumbering', 'numbering', 'numbering.xml'),
    footnotes && rel('rIdFootnotes', 'footnotes', 'footnotes.xml'),
    header && rel('rIdHeader1', 'header', 'header1.xml'),
    firstHeader && rel('rIdHeader2', 'header', 'header2.xml'),
    ...rels.map(([id, type, target]) => rel(id, type, target, true)),
  ].filter(Boolean);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${docRels.join('')}</Relationships>`);
  zip.file('word/styles.xml', styles ?? stylesXml());
  if (numbering) zip.file('word/numbering.xml', numbering);
  if (footnotes) zip.file('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes ${NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${footnotes.map((text, k) => `<w:footnote w:id="${k + 1}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>${r(` ${text}`)}</w:p></w:footnote>`).join('')}</w:footnotes>`);
  if (header) zip.file('word/header1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${NS}>${header}</w:hdr>`);
  if (firstHeader) zip.file('word/header2.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${NS}>${firstHeader}</w:hdr>`);
  const last = body.at(-1).startsWith('<w:sectPr') ? '' : portrait;
  const refs = `${header ? '<w:headerReference w:type="default" r:id="rIdHeader1"/>' : ''}${firstHeader ? '<w:headerReference w:type="first" r:id="rIdHeader2"/>' : ''}`;
  // w:titlePg: the first page shows its own header.
  const sectRef = refs ? portrait.replace('<w:sectPr>', `<w:sectPr>${refs}`).replace('</w:sectPr>', `${firstHeader ? '<w:titlePg/>' : ''}</w:sectPr>`) : last;
  const parts = body.at(-1).startsWith('<w:sectPr') ? body : [...body, sectRef];
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS} mc:Ignorable="wps"><w:body>${parts.join('\n')}</w:body></w:document>`);
  const bytes = await archive.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/word-probe-${name}.docx`, bytes);
  console.log(`wrote ${dir}/word-probe-${name}.docx (${bytes.length} bytes)`);
}

export const probes = {};


// 1. A commune plan: letterhead in a borderless 2×2 table (issuer with a soft
// break), typed labels, the recipients and the signature side by side.
// kehoach read it right before any change: it is written only when named.
const probeOnly = new Set(['letterhead-table']);
probes['letterhead-table'] = () => ({
  body: [
    table(
      [
        [{ text: 'ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ', b: true, center: true }, { text: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], b: true, center: true }],
        [{ text: 'Số: 36/KH-UBND', center: true }, { text: 'Tân Phú, ngày 18 tháng 3 năm 2025', i: true, center: true }],
      ],
      { widths: [3600, 5800], borders: false },
    ),
    title('KẾ HOẠCH'),
    title('Phòng, chống dịch bệnh trên gia súc, gia cầm năm 2025'),
    p('Thực hiện Kế hoạch số 52/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân huyện về phòng, chống dịch bệnh động vật năm 2025, Ủy ban nhân dân xã ban hành Kế hoạch thực hiện như sau:'),
    p('I. MỤC ĐÍCH, YÊU CẦU', { b: true }),
    p('1. Mục đích', { b: true }),
    p('Chủ động phòng, chống dịch bệnh, không để dịch bệnh lây lan trên diện rộng.'),
    p('2. Yêu cầu', { b: true }),
    p('Các ban, ngành, đoàn thể xã phối hợp chặt chẽ trong quá trình triển khai.'),
    p('II. CHỈ TIÊU', { b: true }),
    p('1. Tỷ lệ tiêm phòng đạt trên 90% tổng đàn gia súc, gia cầm trong diện tiêm.'),
    p('2. Phấn đấu 100% ổ dịch phát sinh được phát hiện và xử lý kịp thời.'),
    p('III. NHIỆM VỤ VÀ GIẢI PHÁP', { b: true }),
    p('1. Tổ chức tiêm phòng vắc xin lở mồm long móng đợt 1 năm 2025', { b: true }),
    p('- Cơ quan chủ trì: Ban Nông nghiệp xã.'),
    p('- Cơ quan phối hợp: Trạm Y tế xã; Trưởng các thôn.'),
    p('- Thời gian thực hiện: Tháng 4 năm 2025.'),
    p('2. Tổng vệ sinh, tiêu độc khử trùng môi trường chăn nuôi', { b: true }),
    p('- Cơ quan chủ trì: Hội Nông dân xã.'),
    p('- Cơ quan phối hợp: Đoàn Thanh niên xã.'),
    p('- Thời gian thực hiện: Quý II năm 2025.'),
    p('IV. TỔ CHỨC THỰC HIỆN', { b: true }),
    p('1. Ban Nông nghiệp xã', { b: true }),
    p('Chủ trì, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; tổng hợp, báo cáo kết quả.'),
    p('2. Trưởng các thôn', { b: true }),
    p('Tuyên truyền, vận động người chăn nuôi đưa vật nuôi đi tiêm phòng đầy đủ.'),
    p('Trên đây là Kế hoạch phòng, chống dịch bệnh trên gia súc, gia cầm năm 2025 của Ủy ban nhân dân xã./.'),
    table(
      [[
        { text: ['Nơi nhận:', '- UBND huyện (b/c);', '- TT Đảng ủy, HĐND xã;', '- Các ban, ngành, đoàn thể xã;', '- Lưu: VT.'] },
        { text: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '', 'Nguyễn Văn Hậu'], b: true, center: true },
      ]],
      { widths: [4600, 4800], borders: false },
    ),
  ],
});

// 2. A department plan: letterhead and signature set with tabs on one line,
// the outline drawn by heading styles that carry the numbering (one style
// inherits it through basedOn), lettered items from a list.
probes['tab-letterhead'] = () => ({
  styles: stylesXml(`
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Muc2"><w:name w:val="Muc 2"/><w:basedOn w:val="Heading2"/><w:rPr><w:i/></w:rPr></w:style>`),
  numbering: numberingXml(
    { 0: [lvl(0, 'upperRoman', '%1.', { pStyle: 'Heading1' }), lvl(1, 'decimal', '%2.', { pStyle: 'Heading2' })], 1: [lvl(0, 'lowerLetter', '%1)')] },
    [[1, 0], [2, 1], [3, 1, { 0: 1 }]],
  ),
  body: [
    p([b('UBND TỈNH NINH BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')]),
    p([b('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tĐộc lập - Tự do - Hạnh phúc')]),
    p([r('Số: 215/KH-SNNMT\t'), i('Ninh Bình, ngày 02 tháng 4 năm 2025')]),
    title('KẾ HOẠCH'),
    title('Trồng cây xanh và bảo vệ rừng năm 2025'),
    p('Căn cứ Kế hoạch số 30/KH-UBND ngày 15/01/2025 của Ủy ban nhân dân tỉnh, Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:'),
    p('MỤC ĐÍCH, YÊU CẦU', { style: 'Heading1' }),
    p('Mục đích', { style: 'Heading2' }),
    p('Nâng cao nhận thức của người dân về trồng và bảo vệ rừng.'),
    p('Yêu cầu', { style: 'Heading2' }),
    p('Bảo đảm thiết thực, hiệu quả, tiết kiệm.'),
    p('MỤC TIÊU', { style: 'Heading1' }),
    p('Trồng mới 500 ha rừng tập trung; tỷ lệ che phủ rừng đạt 19,5%.'),
    p('NHIỆM VỤ', { style: 'Heading1' }),
    p('Tuyên truyền về trồng cây xanh', { style: 'Muc2' }),
    p('Trên báo, đài của tỉnh;', { num: [2, 0] }),
    p('Trên cổng thông tin điện tử của Sở.', { num: [2, 0] }),
    p('Trồng rừng tập trung', { style: 'Muc2' }),
    p('Trồng mới rừng sản xuất;', { num: [3, 0] }),
    p('Trồng bổ sung rừng phòng hộ.', { num: [3, 0] }),
    p('TỔ CHỨC THỰC HIỆN', { style: 'Heading1' }),
    p('Chi cục Kiểm lâm', { style: 'Heading2' }),
    p('Chủ trì hướng dẫn kỹ thuật trồng rừng, theo dõi và tổng hợp kết quả thực hiện.'),
    p('Phòng Kế hoạch - Tài chính', { style: 'Heading2' }),
    p('Tham mưu bố trí kinh phí thực hiện Kế hoạch.'),
    p([b('Nơi nhận:\tKT. GIÁM ĐỐC')]),
    p([i('- UBND tỉnh (b/c);'), b('\tPHÓ GIÁM ĐỐC')]),
    p([i('- Lãnh đạo Sở;')]),
    p([i('- Lưu: VT, KHTC.')]),
    p([b('\tTrần Thị Hoa')]),
  ],
});

// 3. A decision whose Điều 1 issues the plan that follows: articles drawn by a
// “Điều %1.” list; the plan numbered I. / 1. / 1.1. (“%2.%3.”), its headings
// split over two list instances of one definition (Word counts on), its
// lettered items restarted by a start override.
probes['decision-articles'] = () => ({
  numbering: numberingXml(
    {
      0: [lvl(0, 'decimal', 'Điều %1.')],
      1: [lvl(0, 'upperRoman', '%1.'), lvl(1, 'decimal', '%2.'), lvl(2, 'decimal', '%2.%3.')],
      2: [lvl(0, 'lowerLetter', '%1)')],
    },
    [[1, 0], [2, 1], [3, 1], [4, 2], [5, 2, { 0: 1 }]],
  ),
  body: [
    table(
      [
        [{ text: ['ỦY BAN NHÂN DÂN', 'HUYỆN TAM ĐƯỜNG'], b: true, center: true }, { text: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], b: true, center: true }],
        [{ text: 'Số: 120/QĐ-UBND', center: true }, { text: 'Tam Đường, ngày 05 tháng 5 năm 2025', i: true, center: true }],
      ],
      { widths: [3600, 5800], borders: false },
    ),
    title('QUYẾT ĐỊNH'),
    title('Ban hành Kế hoạch thực hiện công tác cải cách hành chính năm 2025'),
    title('ỦY BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG'),
    p('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;'),
    p('Theo đề nghị của Trưởng phòng Nội vụ huyện.'),
    title('QUYẾT ĐỊNH:'),
    p([b('Ban hành kèm theo Quyết định này '), r('Kế hoạch thực hiện công tác cải cách hành chính năm 2025 trên địa bàn huyện.')], { num: [1, 0] }),
    p([b(''), r('Quyết định này có hiệu lực kể từ ngày ký.')], { num: [1, 0] }),
    p([r('Chánh Văn phòng HĐND và UBND huyện, Trưởng các phòng, ban, ngành và Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này./.')], { num: [1, 0] }),
    table(
      [[
        { text: ['Nơi nhận:', '- Như Điều 3;', '- UBND tỉnh (b/c);', '- Lưu: VT.'] },
        { text: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '', 'Hoàng Văn Thắng'], b: true, center: true },
      ]],
      { widths: [4600, 4800], borders: false },
    ),
    p('<w:r><w:br w:type="page"/></w:r>', { raw: true }),
    table(
      [[{ text: ['ỦY BAN NHÂN DÂN', 'HUYỆN TAM ĐƯỜNG'], b: true, center: true }, { text: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], b: true, center: true }]],
      { widths: [3600, 5800], borders: false },
    ),
    title('KẾ HOẠCH'),
    title('Thực hiện công tác cải cách hành chính năm 2025'),
    p([i('(Ban hành kèm theo Quyết định số 120/QĐ-UBND ngày 05/5/2025 của Ủy ban nhân dân huyện)')], { center: true }),
    p([b('MỤC ĐÍCH, YÊU CẦU')], { num: [2, 0] }),
    p('Triển khai đồng bộ các nội dung cải cách hành chính.', { num: [2, 1] }),
    p('Gắn trách nhiệm người đứng đầu với kết quả cải cách hành chính.', { num: [2, 1] }),
    p([b('NHIỆM VỤ TRỌNG TÂM')], { num: [2, 0] }),
    p([b('Cải cách thể chế')], { num: [2, 1] }),
    p('Rà soát văn bản quy phạm pháp luật do huyện ban hành.', { num: [2, 2] }),
    p('Kiểm tra việc thực hiện văn bản tại các xã.', { num: [2, 2] }),
    p([b('Cải cách thủ tục hành chính')], { num: [2, 1] }),
    p('Phấn đấu 100% hồ sơ được giải quyết đúng hạn.', { num: [2, 2] }),
    p('Cơ quan chủ trì: Văn phòng HĐND và UBND huyện.'),
    p([b('TỔ CHỨC THỰC HIỆN')], { num: [3, 0] }),
    p('Phòng Nội vụ huyện', { num: [3, 1] }),
    p('Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch, định kỳ báo cáo:', {}),
    p('Báo cáo quý trước ngày 15 của tháng cuối quý;', { num: [4, 0] }),
    p('Báo cáo năm trước ngày 15 tháng 12 năm 2025.', { num: [4, 0] }),
    p('Ủy ban nhân dân các xã', { num: [3, 1] }),
    p('Xây dựng kế hoạch của xã, trong đó:', {}),
    p('Phân công cán bộ theo dõi;', { num: [5, 0] }),
    p('Báo cáo kết quả về Phòng Nội vụ.', { num: [5, 0] }),
  ],
});

// 4. A district plan whose tasks sit in an appendix table in a landscape
// section: a header of two rows (“Cơ quan thực hiện” over “Chủ trì | Phối hợp”),
// group rows merged across the table, a lead agency merged down three rows,
// soft line breaks and several paragraphs in a cell.
probes['appendix-landscape'] = () => ({
  body: [
    table(
      [
        [{ text: ['ỦY BAN NHÂN DÂN', 'HUYỆN HÒA VANG'], b: true, center: true }, { text: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], b: true, center: true }],
        [{ text: 'Số: 78/KH-UBND', center: true }, { text: 'Hòa Vang, ngày 10 tháng 6 năm 2025', i: true, center: true }],
      ],
      { widths: [3600, 5800], borders: false },
    ),
    title('KẾ HOẠCH'),
    title('Phát triển kinh tế số trên địa bàn huyện năm 2025'),
    p('I. MỤC TIÊU', { b: true }),
    p('1. Phấn đấu tỷ trọng kinh tế số đạt 12% GRDP của huyện.'),
    p('2. Trên 80% hộ sản xuất nông nghiệp được hướng dẫn bán hàng trên sàn thương mại điện tử.'),
    p('II. NHIỆM VỤ', { b: true }),
    p('Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.'),
    p('III. TỔ CHỨC THỰC HIỆN', { b: true }),
    p('1. Phòng Kinh tế huyện', { b: true }),
    p('Là cơ quan thường trực, theo dõi, tổng hợp tình hình thực hiện Kế hoạch.'),
    p('2. Phòng Văn hóa và Thông tin huyện', { b: true }),
    p('Hướng dẫn các xã triển khai nền tảng số phục vụ người dân.'),
    table(
      [[
        { text: ['Nơi nhận:', '- UBND thành phố (b/c);', '- Các phòng, ban huyện;', '- Lưu: VT, KT.'] },
        { text: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Đặng Thị Lan'], b: true, center: true },
      ]],
      { widths: [4600, 4800], borders: false },
    ),
    p('', { sect: portrait }),
    title('PHỤ LỤC'),
    title('DANH MỤC NHIỆM VỤ PHÁT TRIỂN KINH TẾ SỐ NĂM 2025'),
    p([i('(Kèm theo Kế hoạch số 78/KH-UBND ngày 10/6/2025 của Ủy ban nhân dân huyện)')], { center: true }),
    table(
      [
        [{ text: 'TT', merge: 'restart' }, { text: 'Nhiệm vụ', merge: 'restart' }, { text: 'Cơ quan thực hiện', span: 2 }, { text: 'Thời gian hoàn thành', merge: 'restart' }, { text: 'Sản phẩm', merge: 'restart' }],
        [{ text: '', merge: 'continue' }, { text: '', merge: 'continue' }, 'Chủ trì', 'Phối hợp', { text: '', merge: 'continue' }, { text: '', merge: 'continue' }],
        [{ text: 'I', b: true }, { text: 'NHÓM NHIỆM VỤ VỀ HẠ TẦNG SỐ', b: true, span: 5 }],
        ['1', 'Phủ sóng di động 4G\nđến 100% thôn', { text: 'Phòng Văn hóa và Thông tin', merge: 'restart' }, 'Các doanh nghiệp viễn thông', 'Quý III năm 2025', 'Báo cáo kết quả'],
        ['2', ['Lắp đặt camera giám sát', 'tại các nút giao thông chính'], { text: '', merge: 'continue' }, 'Công an huyện; UBND các xã', 'Tháng 9 năm 2025', 'Hệ thống camera'],
        ['3', 'Số hóa hồ sơ địa chính', { text: '', merge: 'continue' }, 'Văn phòng đăng ký đất đai', 'Năm 2025', 'Cơ sở dữ liệu địa chính'],
        [{ text: 'II', b: true }, { text: 'NHÓM NHIỆM VỤ VỀ KINH TẾ SỐ', b: true, span: 5 }],
        ['4', 'Đưa sản phẩm OCOP lên sàn thương mại điện tử', 'Phòng Kinh tế', 'Hội Nông dân huyện', 'Tháng 12 năm 2025', ['Danh sách sản phẩm', 'trên sàn']],
        ['5', 'Tập huấn kỹ năng số cho hộ kinh doanh', 'Phòng Kinh tế', 'Đoàn Thanh niên huyện', 'Quý IV năm 2025', 'Lớp tập huấn'],
      ],
      { widths: [700, 4200, 2400, 2600, 1800, 2200], headerRows: 2 },
    ),
    landscape,
  ],
});

// 5. A mass organisation's plan carrying Word markup: a PAGE field in the
// header, footnotes, a text box, content controls, a HYPERLINK field, a
// simple field, tracked insertions and deletions (a deleted numbered item
// included), hidden text and a smart tag.
const fld = (instr, result) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${esc(instr)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const ins = (text) => `<w:ins w:id="11" w:author="Chuyên viên" w:date="2025-03-01T08:00:00Z">${r(text)}</w:ins>`;
const del = (text) => `<w:del w:id="12" w:author="Chuyên viên" w:date="2025-03-01T08:00:00Z"><w:r><w:delText xml:space="preserve">${esc(text)}</w:delText></w:r></w:del>`;
const sdt = (inner, block = false) => `<w:sdt><w:sdtPr><w:alias w:val="Nội dung"/><w:tag w:val="noidung"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
const note = (id) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
const textBox = (lines) => `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1800000" cy="400000"/><wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>${lines.map((t) => p(t, { b: true })).join('')}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Text Box 1" style="width:140pt;height:30pt"><v:textbox><w:txbxContent>${lines.map((t) => p(t, { b: true })).join('')}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
probes['markup'] = () => ({
  header: p(['<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', r('2'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>'], { center: true }),
  footnotes: ['Hướng dẫn số 05/HD-TWHLHPN ngày 10/01/2025 của Trung ương Hội.', 'Gồm các chi hội phụ nữ thôn, tổ dân phố.'],
  rels: [['rIdLink1', 'hyperlink', 'https://vbpl.vn/']],
  numbering: numberingXml({ 0: [lvl(0, 'upperRoman', '%1.'), lvl(1, 'decimal', '%2.')] }, [[1, 0]]),
  body: [
    table(
      [
        [{ text: ['HỘI LHPN HUYỆN ĐỨC THỌ', 'BAN CHẤP HÀNH HỘI LHPN', 'XÃ ĐỨC LẠC'], b: true, center: true }, { text: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], b: true, center: true }],
        [{ text: 'Số: 07/KH-HPN', center: true }, { text: 'Đức Lạc, ngày 20 tháng 3 năm 2025', i: true, center: true }],
      ],
      { widths: [4200, 5200], borders: false },
    ),
    p([textBox(['DỰ THẢO'])]),
    title('KẾ HOẠCH'),
    p([sdt(b('Tuyên truyền phòng, chống bạo lực gia đình năm 2025'))], { center: true }),
    p(['<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">', r('Thực hiện Hướng dẫn của Hội Liên hiệp Phụ nữ huyện'), '</w:smartTag>', note(1), r(', Ban Chấp hành Hội LHPN xã xây dựng Kế hoạch như sau:')]),
    p([b('MỤC ĐÍCH, YÊU CẦU')], { num: [1, 0] }),
    p([r('Nâng cao nhận thức của hội viên về phòng, chống bạo lực gia đình'), r(' (ghi chú nội bộ: xem lại số liệu)', { vanish: true }), r('.')], { num: [1, 1] }),
    p([del('Tổ chức hội thi tìm hiểu pháp luật cấp xã.')], { num: [1, 1], markDeleted: true }),
    p([r('Phấn đấu '), del('90%'), ins('95%'), r(' hội viên được tuyên truyền về Luật Phòng, chống bạo lực gia đình.')], { num: [1, 1] }),
    p([b('NHIỆM VỤ')], { num: [1, 0] }),
    sdt(p([b('Tổ chức tuyên truyền tại các chi hội'), note(2)], { num: [1, 1] })),
    p('- Cơ quan chủ trì: Ban Chấp hành Hội LHPN xã.'),
    p('- Cơ quan phối hợp: Công an xã; Đoàn Thanh niên xã.'),
    p([r('- Thời gian thực hiện: '), `<w:fldSimple w:instr=" DOCPROPERTY ThoiGian \\* MERGEFORMAT ">${r('Quý II năm 2025')}</w:fldSimple>`, r('.')]),
    p([b('Đăng tải tài liệu tuyên truyền trên trang thông tin điện tử')], { num: [1, 1] }),
    p([r('- Cơ quan chủ trì: '), ins('Chi hội Phụ nữ các thôn'), del('Văn phòng Hội'), r('.')]),
    p([r('- Thời gian thực hiện: '), `<w:hyperlink r:id="rIdLink1">${r('Tháng 6 năm 2025')}</w:hyperlink>`, r('.')]),
    p([b('TỔ CHỨC THỰC HIỆN')], { num: [1, 0] }),
    p([r('Ban Thường vụ Hội LHPN xã')], { num: [1, 1] }),
    p([r('Chỉ đạo các chi hội triển khai Kế hoạch; tài liệu xem tại '), fld('HYPERLINK "https://vbpl.vn/"', 'Cơ sở dữ liệu văn bản pháp luật'), r('.')]),
    p([r('Các chi hội phụ nữ')], { num: [1, 1] }),
    p('Tổ chức sinh hoạt chuyên đề, báo cáo kết quả về Hội LHPN xã.'),
    table(
      [[
        { text: ['Nơi nhận:', '- Hội LHPN huyện (b/c);', '- Đảng ủy xã (b/c);', '- Lưu: VP.'] },
        { text: ['TM. BAN CHẤP HÀNH', 'CHỦ TỊCH', '', '', 'Võ Thị Hằng'], b: true, center: true },
      ]],
      { widths: [4600, 4800], borders: false },
    ),
  ],
});

// 6. A commune council's resolution: chapters and articles from one list
// (“Chương %1” upper Roman, “Điều %2.” counting on across chapters, w:lvlRestart 0),
// Điều 1 issuing the plan that follows the signature.
probes['resolution-chapters'] = () => ({
  numbering: numberingXml(
    {
      0: [lvl(0, 'upperRoman', 'Chương %1'), `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="Điều %2."/><w:lvlJc w:val="left"/></w:lvl>`],
      1: [lvl(0, 'upperRoman', '%1.'), lvl(1, 'decimal', '%2.'), lvl(2, 'lowerLetter', '%3)')],
    },
    [[1, 0], [2, 1]],
  ),
  body: [
    table(
      [
        [{ text: ['HỘI ĐỒNG NHÂN DÂN', 'XÃ PHÚ LỘC'], b: true, center: true }, { text: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], b: true, center: true }],
        [{ text: 'Số: 15/NQ-HĐND', center: true }, { text: 'Phú Lộc, ngày 25 tháng 7 năm 2025', i: true, center: true }],
      ],
      { widths: [3600, 5800], borders: false },
    ),
    title('NGHỊ QUYẾT'),
    title('Ban hành Kế hoạch đầu tư công năm 2026 của xã'),
    title('HỘI ĐỒNG NHÂN DÂN XÃ PHÚ LỘC'),
    title('KHÓA I, KỲ HỌP THỨ BA'),
    p('Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;'),
    p('Xét Tờ trình số 40/TTr-UBND ngày 15 tháng 7 năm 2025 của Ủy ban nhân dân xã.'),
    title('QUYẾT NGHỊ:'),
    p([b('QUY ĐỊNH CHUNG')], { num: [1, 0], center: true }),
    p([b(' Ban hành Kế hoạch'), r(' Ban hành kèm theo Nghị quyết này Kế hoạch đầu tư công năm 2026 của xã.')], { num: [1, 1] }),
    p([b(' Nguồn vốn'), r(' Vốn ngân sách xã và vốn hỗ trợ từ ngân sách cấp trên.')], { num: [1, 1] }),
    p([b('TỔ CHỨC THỰC HIỆN')], { num: [1, 0], center: true }),
    p([b(' Trách nhiệm thi hành'), r(' Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết.')], { num: [1, 1] }),
    p([b(' Hiệu lực thi hành'), r(' Nghị quyết có hiệu lực từ ngày được thông qua./.')], { num: [1, 1] }),
    table(
      [[
        { text: ['Nơi nhận:', '- TT HĐND, UBND huyện;', '- Đại biểu HĐND xã;', '- Lưu: VT.'] },
        { text: ['CHỦ TỊCH', '', '', 'Lê Minh Tuấn'], b: true, center: true },
      ]],
      { widths: [4600, 4800], borders: false },
    ),
    title('KẾ HOẠCH'),
    title('Đầu tư công năm 2026 của xã Phú Lộc'),
    p([i('(Ban hành kèm theo Nghị quyết số 15/NQ-HĐND ngày 25/7/2025 của Hội đồng nhân dân xã)')], { center: true }),
    p([b('MỤC TIÊU')], { num: [2, 0] }),
    p('Giải ngân đạt 100% kế hoạch vốn được giao.', { num: [2, 1] }),
    p([b('DANH MỤC DỰ ÁN')], { num: [2, 0] }),
    p('Đường giao thông liên thôn', { num: [2, 1] }),
    p('Chiều dài 2,5 km;', { num: [2, 2] }),
    p('Tổng mức đầu tư 4 tỷ đồng.', { num: [2, 2] }),
    p('Nhà văn hóa thôn Đông', { num: [2, 1] }),
    p([b('TỔ CHỨC THỰC HIỆN')], { num: [2, 0] }),
    p('Ủy ban nhân dân xã', { num: [2, 1] }),
    p('Tổ chức thực hiện Kế hoạch, báo cáo Hội đồng nhân dân xã tại kỳ họp cuối năm.'),
  ],
});

// 7. A ward plan whose letterhead and signature are borderless tables set one
// line per row (five and six rows, a rule line in a row of its own): read a
// column at a time, as the same block in one cell is.
probes['layout-rows'] = () => ({
  body: [
    table(
      [
        [{ text: 'ỦY BAN NHÂN DÂN', b: true, center: true }, { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', b: true, center: true }],
        [{ text: 'PHƯỜNG HÒA HIỆP', b: true, center: true }, { text: 'Độc lập - Tự do - Hạnh phúc', b: true, center: true }],
        [{ text: '-------', center: true }, { text: '---------------', center: true }],
        [{ text: 'Số: 64/KH-UBND', center: true }, { text: 'Hòa Hiệp, ngày 08 tháng 8 năm 2025', i: true, center: true }],
        ['', ''],
      ],
      { widths: [3600, 5800], borders: false },
    ),
    title('KẾ HOẠCH'),
    title('Tổng vệ sinh môi trường, phòng chống sốt xuất huyết năm 2025'),
    p('I. MỤC ĐÍCH, YÊU CẦU', { b: true }),
    p('Huy động người dân tham gia vệ sinh môi trường, diệt lăng quăng.'),
    p('II. CHỈ TIÊU', { b: true }),
    p('Phấn đấu 100% khu dân cư tổ chức ra quân tổng vệ sinh ít nhất một lần mỗi tháng.'),
    p('III. TỔ CHỨC THỰC HIỆN', { b: true }),
    p('1. Trạm Y tế phường', { b: true }),
    p('Hướng dẫn các khu phố phun hóa chất tại các ổ dịch.'),
    p('2. Ủy ban Mặt trận Tổ quốc Việt Nam phường', { b: true }),
    p('Vận động đoàn viên, hội viên tham gia ra quân.'),
    table(
      [
        ['Nơi nhận:', { text: 'TM. ỦY BAN NHÂN DÂN', b: true, center: true }],
        ['- UBND quận (b/c);', { text: 'KT. CHỦ TỊCH', b: true, center: true }],
        ['- Trung tâm Y tế quận;', { text: 'PHÓ CHỦ TỊCH', b: true, center: true }],
        ['- Lưu: VT.', ''],
        ['', ''],
        ['', { text: 'Phan Thị Ngọc', b: true, center: true }],
      ],
      { widths: [4600, 4800], borders: false },
    ),
  ],
});

// 8. A department plan whose letterhead sits in the first page's header
// (w:titlePg), the other pages' header holding the page number.
probes['header-letterhead'] = () => ({
  header: p(['<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>', r('2'), '<w:r><w:fldChar w:fldCharType="end"/></w:r>'], { center: true }),
  firstHeader: table(
    [
      [{ text: ['UBND TỈNH LẠNG SƠN', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'], b: true, center: true }, { text: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], b: true, center: true }],
      [{ text: 'Số: 1520/KH-SGDĐT', center: true }, { text: 'Lạng Sơn, ngày 22 tháng 9 năm 2025', i: true, center: true }],
    ],
    { widths: [4000, 5400], borders: false },
  ) + p(''),
  body: [
    title('KẾ HOẠCH'),
    title('Phổ cập bơi cho học sinh năm học 2025 - 2026'),
    p('I. MỤC TIÊU', { b: true }),
    p('Phấn đấu 70% học sinh tiểu học biết bơi an toàn.'),
    p('II. TỔ CHỨC THỰC HIỆN', { b: true }),
    p('1. Phòng Giáo dục Tiểu học', { b: true }),
    p('Hướng dẫn các trường tổ chức dạy bơi trong hè.'),
    table(
      [[
        { text: ['Nơi nhận:', '- UBND tỉnh (b/c);', '- Các trường tiểu học;', '- Lưu: VT.'] },
        { text: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Hoàng Thị Mai'], b: true, center: true },
      ]],
      { widths: [4600, 4800], borders: false },
    ),
  ],
});

// 9. A district plan typed with tabs throughout: the letterhead and the
// signature in two columns at centred tab stops, body paragraphs indented with
// a leading tab (“⇥1. Mục đích”, “⇥a) Rà soát …”, “⇥- Phấn đấu …”), and each
// task's attribute lines with a tab between the label and its value
// (“- Cơ quan chủ trì:⇥Phòng …”, “- Thời gian:⇥⇥Tháng 9/2025”).
const head = [['center', 2268], ['center', 6804]];
probes['tab-tasks'] = () => ({
  body: [
    p([b('\tỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')], { tabs: head }),
    p([b('\tHUYỆN KRÔNG NĂNG\tĐộc lập - Tự do - Hạnh phúc')], { tabs: head }),
    p([r('\tSố: 64/KH-UBND\t'), i('Krông Năng, ngày 14 tháng 3 năm 2025')], { tabs: head }),
    title('KẾ HOẠCH'),
    title('Chuyển đổi số trong cơ quan nhà nước huyện năm 2025'),
    p('\tCăn cứ Kế hoạch số 25/KH-UBND ngày 10/02/2025 của Ủy ban nhân dân tỉnh về chuyển đổi số năm 2025, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:'),
    p('I. MỤC ĐÍCH, YÊU CẦU', { b: true }),
    p('\t1. Mục đích', { b: true }),
    p('\tNâng cao hiệu quả quản lý, điều hành của các cơ quan trên môi trường số.'),
    p('\t2.\tYêu cầu', { b: true }),
    p('\ta) Bảo đảm đúng tiến độ, tiết kiệm, hiệu quả;'),
    p('\tb) Phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện.'),
    p('II. MỤC TIÊU', { b: true }),
    p('\t- Phấn đấu 100% văn bản đi, đến giữa các cơ quan được xử lý trên môi trường mạng.'),
    p('\t- Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình đạt trên 80%.'),
    p('III. NHIỆM VỤ', { b: true }),
    p('\t1. Triển khai hệ thống họp trực tuyến đến cấp xã', { b: true }),
    p('\t- Cơ quan chủ trì:\tPhòng Văn hóa và Thông tin huyện.'),
    p('\t- Cơ quan phối hợp:\tVăn phòng HĐND và UBND huyện; UBND các xã, thị trấn.'),
    p('\t- Thời gian:\tQuý II/2025.'),
    p('\t2. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', { b: true }),
    p('- Cơ quan chủ trì:\tVăn phòng HĐND và UBND huyện.'),
    p('- Cơ quan phối hợp:\tCác phòng chuyên môn thuộc UBND huyện.'),
    p('- Thời gian:\t\tTháng 9/2025.'),
    p('IV. TỔ CHỨC THỰC HIỆN', { b: true }),
    p('\t1. Phòng Văn hóa và Thông tin huyện', { b: true }),
    p('\tLà cơ quan thường trực, theo dõi, đôn đốc và tổng hợp kết quả thực hiện Kế hoạch.'),
    p('\t2. UBND các xã, thị trấn', { b: true }),
    p('\tBố trí cán bộ phụ trách chuyển đổi số, báo cáo kết quả trước ngày 15/12/2025.'),
    p([b('Nơi nhận:'), b('\tTM. ỦY BAN NHÂN DÂN')], { tabs: [['center', 6804]] }),
    p([i('- UBND tỉnh (b/c);'), b('\tKT. CHỦ TỊCH')], { tabs: [['center', 6804]] }),
    p([i('- TT Huyện ủy, HĐND huyện;'), b('\tPHÓ CHỦ TỊCH')], { tabs: [['center', 6804]] }),
    p([i('- Các phòng, ban huyện;')]),
    p([i('- Lưu: VT.')]),
    p(''),
    p([b('\tNguyễn Thị Mai')], { tabs: [['center', 6804]] }),
  ],
});

// 10. A commune plan, a draft with the number and day left blank, with
// tab-led fields: a task's fields at a left tab stop after their labels
// (“Chủ trì:⇥…”, “Thời gian thực hiện:⇥…”), or with the colon at a tab stop
// of its own (“Chủ trì⇥: …”, “Thời gian thực hiện⇥:⇥…”), a tab between “Số:”
// and the blank number, and the signature's name after two tabs.
const field = [['left', 3402]];
probes['tab-fields'] = () => ({
  numbering: numberingXml({ 0: [lvl(0, 'upperRoman', '%1.'), lvl(1, 'decimal', '%2.')] }, [[1, 0]]),
  body: [
    p([b('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')], { tabs: [['center', 6804]] }),
    p([b('XÃ ĐẠI HIỆP\tĐộc lập - Tự do - Hạnh phúc')], { tabs: [['center', 6804]] }),
    p([r('Số:\t/KH-UBND\t'), i('Đại Hiệp, ngày     tháng 6 năm 2025')], { tabs: [['left', 567], ['center', 6804]] }),
    title('KẾ HOẠCH'),
    title('Ra quân vệ sinh môi trường, phòng chống dịch bệnh mùa hè năm 2025'),
    p('\tThực hiện Kế hoạch của Ủy ban nhân dân huyện về bảo vệ môi trường năm 2025, Ủy ban nhân dân xã xây dựng Kế hoạch như sau:'),
    p([b('MỤC ĐÍCH, YÊU CẦU')], { num: [1, 0] }),
    p('\tHuy động các tầng lớp nhân dân tham gia giữ gìn vệ sinh môi trường nơi ở.'),
    p([b('CHỈ TIÊU')], { num: [1, 0] }),
    p('\tPhấn đấu 90% hộ gia đình ký cam kết không xả rác ra đường làng.'),
    p([b('NỘI DUNG THỰC HIỆN')], { num: [1, 0] }),
    p([b('Ra quân làm sạch đường làng, ngõ xóm')], { num: [1, 1] }),
    p('Chủ trì:\tĐoàn Thanh niên xã.', { tabs: field }),
    p('Phối hợp:\tHội Cựu chiến binh xã; Ban điều hành các thôn.', { tabs: field }),
    p('Thời gian thực hiện:\tTháng 7/2025.', { tabs: field }),
    p([b('Phun thuốc diệt muỗi tại các điểm có nguy cơ')], { num: [1, 1] }),
    p('Chủ trì\t: Trạm Y tế xã.', { tabs: field }),
    p('Thời gian thực hiện\t:\tTháng 8/2025.', { tabs: [['left', 3119], ['left', 3402]] }),
    p([b('TỔ CHỨC THỰC HIỆN')], { num: [1, 0] }),
    p([b('Trạm Y tế xã')], { num: [1, 1] }),
    p('\tHướng dẫn các thôn xử lý ổ bọ gậy; tổng hợp kết quả báo cáo Ủy ban nhân dân xã.'),
    p([b('Ban điều hành các thôn')], { num: [1, 1] }),
    p('\tVận động hộ gia đình tham gia ra quân và ký cam kết.'),
    p([b('Nơi nhận:\tTM. ỦY BAN NHÂN DÂN')], { tabs: [['center', 6804]] }),
    p([i('- UBND huyện (b/c);'), b('\tCHỦ TỊCH')], { tabs: [['center', 6804]] }),
    p([i('- TT Đảng ủy, HĐND xã;')]),
    p([i('- Lưu: VT.')]),
    p(''),
    p([b('\t\tLê Văn Hùng')], { tabs: [['left', 4536], ['center', 6804]] }),
  ],
});

// ---- main -------------------------------------------------------------------
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const dir = outAt >= 0 ? args[outAt + 1] : 'fixtures';
const names = args.filter((a, k) => a !== '--out' && !(outAt >= 0 && k === outAt + 1));
for (const name of names.length > 0 ? names : Object.keys(probes).filter((n) => !probeOnly.has(n))) {
  if (!probes[name]) throw new Error(`no probe named ${name}`);
  await write(name, { ...probes[name](), dir });
}
