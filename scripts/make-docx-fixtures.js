// node scripts/make-docx-fixtures.js   (after npm run build)
// Writes fixtures/docx-*.docx: Word renderings of corpus plans made the way
// Word users make them, with the outline labels as *automatic numbering*
// (numbering.xml, not text) and the appendix as a real Word table whose
// group rows are merged across columns (gridSpan). LibreOffice is not needed:
// the WordprocessingML is written directly, so the fixtures are reproducible.
import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { parse } from '../dist/src/index.js';
import { classifyLine } from '../dist/src/segment/classify-line.js';
import { readFileSync } from 'node:fs';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const esc = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const run = (text) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
// One numbering instance: I. → 1. → a) → dash, as Vietnamese plans are numbered.
const levels = { roman: 0, arabic: 1, letter: 2, bullet: 3 };
const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61485;"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;

function paragraph(line) {
  const marker = classifyLine(line);
  if (marker && marker.kind in levels) {
    const numPr = `<w:pPr><w:numPr><w:ilvl w:val="${levels[marker.kind]}"/><w:numId w:val="1"/></w:numPr></w:pPr>`;
    return `<w:p>${numPr}${run(marker.text)}</w:p>`;
  }
  return `<w:p>${run(line)}</w:p>`;
}

function table(rows) {
  const width = Math.max(...rows.map((r) => r.length));
  const col = 1400; // twentieths of a point; LibreOffice drops a table whose grid has no widths
  const cell = (text, span = 1) => `<w:tc><w:tcPr><w:tcW w:w="${col * span}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr><w:p>${run(text)}</w:p></w:tc>`;
  const body = rows.map((cells) => {
    // A group row (“I  CẢI CÁCH THỂ CHẾ” and empty cells) is one merged cell, as in Word.
    const filled = cells.filter((c) => c.trim() !== '').length;
    if (filled === 2 && cells.slice(2).every((c) => c.trim() === '')) return `<w:tr>${cell(cells[0])}${cell(cells[1], width - 1)}</w:tr>`;
    return `<w:tr>${Array.from({ length: width }, (_, i) => cell(cells[i] ?? '')).join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="${col * width}" w:type="dxa"/></w:tblPr><w:tblGrid>${`<w:gridCol w:w="${col}"/>`.repeat(width)}</w:tblGrid>${body.join('')}</w:tbl>`;
}

/** A Word package of `body` (WordprocessingML), its bytes the same on every run. */
async function pack(body) {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`);
  zip.file('word/numbering.xml', numbering);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}</w:body></w:document>`);
  // A fixed date keeps the bytes (and so source.sha256) the same on every run.
  return zip.generateAsync({ type: 'nodebuffer', date: new Date('2026-11-21T00:00:00Z') });
}

async function make(name, out) {
  const doc = await parse(readFileSync(`fixtures/${name}.txt`), { includeText: true });
  const lines = doc.source.text.split('\n');
  const parts = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes('\t')) {
      const rows = [];
      while (i < lines.length && lines[i].includes('\t')) rows.push(lines[i++].split('\t'));
      i--;
      parts.push(table(rows));
    } else if (lines[i].trim() !== '') parts.push(paragraph(lines[i]));
  }
  const bytes = await pack(parts.join('\n'));
  writeFileSync(`fixtures/${out}`, bytes);
  console.log(`wrote fixtures/${out} (${bytes.length} bytes)`);
}

await make('hoai-nhon-qd-ubnd-2020', 'docx-hoai-nhon-qd-ubnd-2020.docx');

/**
 * A district plan composed for the PDF table reader (not a real document):
 * set in Times New Roman 13 pt as Word plans are, its appendix one table
 * whose header row is marked to repeat at the top of every page (w:tblHeader),
 * rows long enough that some break across a page, and a narrow coordinating
 * column where a long abbreviation does not fit and is broken by the renderer;
 * in the last group one lead agency's cell is merged down three rows (vMerge),
 * written once (`^` below: merged with the cell above).
 * Printed by scripts/make-pdf-prints.js to fixtures/pdf-print-table-appendix.pdf.
 */
async function composeAppendix(out) {
  const font = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/></w:rPr>';
  const r = (text, bold = false) => `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>${bold ? '<w:b/>' : ''}<w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  const p = (text, { bold = false, center = false } = {}) => `<w:p><w:pPr>${center ? '<w:jc w:val="center"/>' : '<w:jc w:val="both"/>'}${font}</w:pPr>${r(text, bold)}</w:p>`;
  // Twentieths of a point: 16.5 cm in all; the coordinating column is the narrowest text column.
  const widths = [600, 3500, 1600, 1150, 1400, 1100];
  const tc = (text, i, { span = 1, bold = false, merge = '' } = {}) => {
    const w = widths.slice(i, i + span).reduce((a, b) => a + b, 0);
    return `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${merge}</w:tcPr>${p(text, { bold, center: i === 0 })}</w:tc>`;
  };
  const header = ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];
  const groups = [
    ['I', 'CẢI CÁCH THỂ CHẾ', [
      ['Rà soát, đánh giá các văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân huyện ban hành còn hiệu lực; đề xuất sửa đổi, bổ sung, thay thế hoặc bãi bỏ những văn bản không còn phù hợp với quy định hiện hành và thực tiễn của địa phương', 'Phòng Tư pháp', 'Các CQHCNN huyện', 'Quý III/2026', 'Báo cáo kết quả rà soát'],
      ['Kiểm tra việc thi hành pháp luật về xử lý vi phạm hành chính tại các xã, thị trấn', 'Phòng Tư pháp', 'UBND các xã, thị trấn', 'Tháng 10/2026', 'Kết luận kiểm tra'],
      ['Tổ chức tuyên truyền, phổ biến các văn bản pháp luật mới ban hành liên quan đến quyền, nghĩa vụ của người dân và doanh nghiệp bằng nhiều hình thức phù hợp với từng nhóm đối tượng', 'Phòng Tư pháp', 'Trung tâm Văn hóa, Thông tin và Thể thao', 'Thường xuyên', 'Tin, bài tuyên truyền'],
    ]],
    ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', [
      ['Rà soát, thống kê thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện và cấp xã; kiến nghị đơn giản hóa thành phần hồ sơ, rút ngắn thời gian giải quyết đối với những thủ tục còn rườm rà, gây khó khăn cho người dân', 'Văn phòng HĐND và UBND huyện', 'Các CQHCNN huyện', 'Quý II/2026', 'Báo cáo rà soát'],
      ['Niêm yết công khai, đầy đủ, kịp thời các thủ tục hành chính tại Bộ phận Một cửa cấp huyện và cấp xã', 'Văn phòng HĐND và UBND huyện', 'UBND các xã, thị trấn', 'Thường xuyên', 'Thủ tục được niêm yết'],
      ['Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; bảo đảm 100% hồ sơ tiếp nhận tại Bộ phận Một cửa được số hóa và lưu trữ trên hệ thống thông tin giải quyết thủ tục hành chính của tỉnh', 'Văn phòng HĐND và UBND huyện', 'Các CQHCNN huyện', 'Năm 2026', 'Hồ sơ được số hóa'],
      ['Khảo sát, đánh giá mức độ hài lòng của người dân, tổ chức đối với việc giải quyết thủ tục hành chính tại các cơ quan, đơn vị trên địa bàn huyện', 'Phòng Nội vụ', 'UBND các xã, thị trấn', 'Quý IV/2026', 'Báo cáo kết quả khảo sát'],
    ]],
    ['III', 'CẢI CÁCH TỔ CHỨC BỘ MÁY', [
      ['Rà soát chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện; tham mưu sắp xếp, kiện toàn tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả theo hướng dẫn của cấp trên', 'Phòng Nội vụ', 'Các CQHCNN huyện', 'Quý II/2026', 'Quyết định kiện toàn'],
      ['Xây dựng đề án vị trí việc làm và cơ cấu ngạch công chức của các cơ quan, đơn vị', 'Phòng Nội vụ', 'Các cơ quan, đơn vị', 'Tháng 8/2026', 'Đề án vị trí việc làm'],
      ['Kiểm tra công tác tổ chức, hoạt động của các đơn vị sự nghiệp công lập thuộc huyện; việc thực hiện quy chế làm việc, quy chế dân chủ ở cơ sở và nội quy cơ quan', 'Phòng Nội vụ', 'Các ĐVSNCL huyện', 'Quý III/2026', 'Kết luận kiểm tra'],
    ]],
    ['IV', 'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN SỐ', [
      ['Nâng cấp hệ thống quản lý văn bản và điều hành; bảo đảm 100% văn bản trao đổi giữa các cơ quan hành chính nhà nước trên địa bàn huyện dưới dạng điện tử, có chữ ký số, trừ văn bản mật theo quy định của pháp luật', 'Văn phòng HĐND và UBND huyện', 'Các CQHCNN huyện', 'Năm 2026', 'Hệ thống được nâng cấp'],
      ['Tổ chức tập huấn kỹ năng sử dụng dịch vụ công trực tuyến, chữ ký số cho cán bộ, công chức cấp huyện và cấp xã', 'Phòng Văn hóa và Thông tin', 'UBND các xã, thị trấn', 'Quý II/2026', 'Lớp tập huấn'],
      ['Duy trì, vận hành Trang thông tin điện tử của huyện; cập nhật kịp thời thông tin chỉ đạo, điều hành và kết quả giải quyết thủ tục hành chính', '^', 'Các CQHCNN huyện', 'Thường xuyên', 'Tin, bài được đăng tải'],
      ['Triển khai các giải pháp bảo đảm an toàn, an ninh thông tin cho hệ thống thông tin của các cơ quan, đơn vị; tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng', '^', 'Các cơ quan, đơn vị', 'Quý IV/2026', 'Báo cáo kết quả diễn tập'],
    ]],
  ];
  const rows = [`<w:tr><w:trPr><w:tblHeader/></w:trPr>${header.map((h, i) => tc(h, i, { bold: true })).join('')}</w:tr>`];
  for (const [label, title, tasks] of groups) {
    rows.push(`<w:tr>${tc(label, 0, { bold: true })}${tc(title, 1, { span: 5, bold: true })}</w:tr>`);
    tasks.forEach((cells, k) => {
      const merge = (c, i) => (c === '^' ? '<w:vMerge/>' : tasks[k + 1]?.[i - 1] === '^' ? '<w:vMerge w:val="restart"/>' : '');
      rows.push(`<w:tr>${[String(k + 1), ...cells].map((c, i) => tc(c === '^' ? '' : c, i, { merge: merge(c, i) })).join('')}</w:tr>`);
    });
  }
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');
  const table = `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
  const body = [
    p('ỦY BAN NHÂN DÂN HUYỆN TÂN PHÚ', { bold: true, center: true }),
    p('Số: 45/KH-UBND', { center: true }),
    p('Tân Phú, ngày 15 tháng 01 năm 2026', { center: true }),
    p('KẾ HOẠCH', { bold: true, center: true }),
    p('Cải cách hành chính năm 2026', { bold: true, center: true }),
    p('I. MỤC ĐÍCH, YÊU CẦU', { bold: true }),
    p('1. Mục đích'),
    p('Nâng cao hiệu lực, hiệu quả hoạt động của các cơ quan hành chính nhà nước trên địa bàn huyện; phấn đấu 95% hồ sơ thủ tục hành chính được giải quyết đúng hạn.'),
    p('2. Yêu cầu'),
    p('Các cơ quan, đơn vị xác định rõ nhiệm vụ, thời gian và sản phẩm, gắn trách nhiệm của người đứng đầu với kết quả thực hiện.'),
    p('II. NHIỆM VỤ CỤ THỂ', { bold: true }),
    p('Nhiệm vụ cụ thể của từng cơ quan, đơn vị tại Phụ lục kèm theo Kế hoạch này.'),
    p('III. TỔ CHỨC THỰC HIỆN', { bold: true }),
    p('1. Phòng Nội vụ'),
    p('Theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện.'),
    p('2. Các cơ quan chuyên môn, UBND các xã, thị trấn'),
    p('Căn cứ Kế hoạch này, xây dựng kế hoạch của cơ quan, đơn vị mình và tổ chức thực hiện.'),
    p('CHỦ TỊCH', { bold: true, center: true }),
    p('Trần Văn Bình', { bold: true, center: true }),
    `<w:p><w:r><w:br w:type="page"/></w:r></w:p>`,
    p('PHỤ LỤC', { bold: true, center: true }),
    p('NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026', { bold: true, center: true }),
    table,
    p('Các nhiệm vụ phát sinh được bổ sung theo chỉ đạo của Ủy ban nhân dân huyện.'),
  ];
  const bytes = await pack(body.join('\n'));
  writeFileSync(`fixtures/${out}`, bytes);
  console.log(`wrote fixtures/${out} (${bytes.length} bytes)`);
}

await composeAppendix('pdf-print-table-appendix.docx');
