import { describe, expect, it } from 'vitest';
import { createReporter } from '../../src/core/diagnostic.js';
import { normalize } from '../../src/normalize/index.js';

const text = (input: string, softBreaks = false) => normalize(input, createReporter(), { softBreaks }).text;
const wrapped = (...lines: string[]) =>
  // A hard-wrapped document: enough lower-case continuations to be recognised as such.
  [...lines, 'Căn cứ Luật Tổ chức chính', 'quyền địa phương năm 2015;', 'Căn cứ Nghị quyết số', '76/NQ-CP ngày 15/7/2021 của Chính phủ;'].join('\n');

describe('unwrapLines', () => {
  it('rejoins a heading wrapped mid-word (Cà Mau: “1. Mục” + “tiêu chung”)', () => {
    expect(text(wrapped('1. Mục', 'tiêu chung', 'Cải cách hành chính đồng bộ.'))).toMatch(/^1\. Mục tiêu chung\nCải cách hành chính đồng bộ\./);
  });

  it('rejoins an upper-case heading wrapped onto an upper-case line', () => {
    expect(text(wrapped('II. NHIỆM VỤ,', 'GIẢI PHÁP', '1. Cải cách'))).toMatch(/^II\. NHIỆM VỤ, GIẢI PHÁP\n1\. Cải cách/);
  });

  it('never joins a line opening with | (a table row, or the rest of a row broken where a cell held a line break) to the line before; a cell’s text after a line break joins it', () => {
    const rows = ['| STT | Nhiệm vụ | Cơ quan chủ trì |', '| 1 | Rà soát thủ tục hành chính', '| Sở Tư pháp |', '| 2 | Công khai thủ tục | Văn phòng', 'Ủy ban nhân dân tỉnh |'];
    expect(text(rows.join('\n'), true).split('\n')).toEqual([...rows.slice(0, 3), '| 2 | Công khai thủ tục | Văn phòng Ủy ban nhân dân tỉnh |']);
  });

  it('rejoins a line that ends with a comma', () => {
    expect(text(wrapped('k) 100% hồ sơ cấp tỉnh,', '95% hồ sơ cấp huyện.'))).toMatch(/^k\) 100% hồ sơ cấp tỉnh, 95% hồ sơ cấp huyện\./);
  });

  it('joins a wrapped line that starts with a number in mid-sentence, not a numbered item', () => {
    const out = text(wrapped('Các sở, ngành, địa phương triển khai các nhiệm vụ được giao tại khoản 1 và', '2. Điều 4 Nghị quyết số 05/2025/NQ-HĐND.', 'Báo cáo định kỳ mỗi quý, tổng hợp số liệu trong', '3. tháng đầu năm và gửi Sở Nội vụ.', 'Kế hoạch gồm các nội dung sau', '1. Mục tiêu chung', '2. Mục tiêu cụ thể'));
    expect(out.split('\n').slice(0, 5)).toEqual([
      'Các sở, ngành, địa phương triển khai các nhiệm vụ được giao tại khoản 1 và 2. Điều 4 Nghị quyết số 05/2025/NQ-HĐND.',
      'Báo cáo định kỳ mỗi quý, tổng hợp số liệu trong 3. tháng đầu năm và gửi Sở Nội vụ.',
      'Kế hoạch gồm các nội dung sau',
      '1. Mục tiêu chung',
      '2. Mục tiêu cụ thể',
    ]);
  });

  it('joins a place name wrapped inside a header cell onto its dateline, never a header line before it', () => {
    const out = text(['|', 'Số: 172/KH-UBND', '|', 'Thành phố Hồ Chí', 'Minh, ngày 18 tháng 11 năm 2025', '|', 'Số: 15/KH-UBND', 'Bình An, ngày 02 tháng 3 năm 2025', '|'].join('\n'), true);
    expect(out.split('\n')).toEqual(['|', 'Số: 172/KH-UBND', '|', 'Thành phố Hồ Chí Minh, ngày 18 tháng 11 năm 2025', '|', 'Số: 15/KH-UBND', 'Bình An, ngày 02 tháng 3 năm 2025', '|']);
  });

  it('never joins a label, a bullet, a signature line or a document type', () => {
    const out = text(wrapped('QUYẾT ĐỊNH', 'BAN HÀNH KẾ HOẠCH CẢI CÁCH', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'a) Một', '- Hai', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lâm Văn Bi'));
    expect(out.split('\n').slice(0, 8)).toEqual(['QUYẾT ĐỊNH', 'BAN HÀNH KẾ HOẠCH CẢI CÁCH', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'a) Một', '- Hai', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lâm Văn Bi']);
  });

  it('leaves a document of one paragraph per line alone', () => {
    const input = '1. Về công tác tổ chức, cán bộ\nTham mưu UBND tỉnh ban hành Quy chế hoạt động\n- Cơ quan chủ trì: Văn phòng UBND tỉnh.';
    expect(text(input)).toBe(input);
  });

  it('rejoins a paragraph broken by a page break (Hoài Nhơn)', () => {
    const input = '- Tiếp tục sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của\n\nBan chấp hành Trung ương về một số vấn đề.';
    expect(text(input)).toBe('- Tiếp tục sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban chấp hành Trung ương về một số vấn đề.');
  });

  it('keeps a time cell that is only years apart from a long cell before it (a table written one cell per paragraph), and still mends a break before a year that goes on', () => {
    const row = 'Sở Kế hoạch và Đầu tư\n\nCác sở, ngành liên quan; Ủy ban nhân dân các huyện, thị xã, thành phố\n\n2021-2030';
    expect(text(row)).toBe(row);
    const broken = 'Tiếp tục triển khai Chương trình tổng thể cải cách hành chính nhà nước giai đoạn\n\n2021-2030 của Chính phủ trên địa bàn tỉnh.';
    expect(text(broken)).toBe(broken.replace('\n\n', ' '));
    for (const cut of ['Phấn đấu duy trì tỷ lệ hồ sơ trực tuyến trên 90% liên tục từ nay đến\n\n2030.', 'Hoàn thành việc sắp xếp các đơn vị sự nghiệp công lập trong giai đoạn từ\n\n2021 - 2025']) {
      expect(text(cut)).toBe(cut.replace('\n\n', ' '));
    }
  });

  it('does not join separate paragraphs across a blank line', () => {
    const input = '1. Mục tiêu\n\nTiếp tục đẩy mạnh công tác cải cách hành chính, nâng cao hiệu lực, hiệu quả quản lý.\n\nThực hiện CCHC toàn diện.';
    expect(text(input)).toBe(input);
  });

  it('joins markdown soft breaks unless the next line starts a block', () => {
    expect(text('Thực hiện Nghị quyết số 76/NQ-CP của Chính phủ về\nBan hành Chương trình tổng thể\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH', true)).toBe(
      'Thực hiện Nghị quyết số 76/NQ-CP của Chính phủ về Ban hành Chương trình tổng thể\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH',
    );
  });
});

describe('normalize', () => {
  it('composes NFD, unifies line ends, drops zero-width characters and space runs', () => {
    const input = 'Ke\u0302\u0301 hoa\u0323ch\r\nnăm\u00a0\u00a02024\u200b\rI.  MỤC TIÊU ';
    expect(text(input)).toBe('Kế hoạch năm 2024\nI. MỤC TIÊU');
  });

  it('removes portal boilerplate and related-document lists, and says so', () => {
    const reporter = createReporter();
    const out = normalize('Hệ thống pháp luật\nĐang tải nội dung, vui lòng chờ giây lát...\n- 1 Nghị định 61/2018/NĐ-CP về một cửa\nSố: 50/KH-UBND', reporter);
    expect(out.text).toBe('Số: 50/KH-UBND');
    expect(reporter.diagnostics.map((d) => d.code)).toEqual(['normalize/boilerplate', 'normalize/related-documents']);
  });

  it('splits a header flattened with pipes or tabs, and keeps table rows', () => {
    expect(text('ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 50/KH-UBND | Hậu Giang, ngày 24 tháng 3 năm 2022 |')).toBe(
      'ỦY BAN NHÂN DÂN\nSố: 50/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHậu Giang, ngày 24 tháng 3 năm 2022',
    );
    expect(text('TT\tNhiệm vụ\tCơ quan chủ trì\n1\tBan hành\tPhòng Nội vụ')).toBe('TT\tNhiệm vụ\tCơ quan chủ trì\n1\tBan hành\tPhòng Nội vụ');
  });

  it('reads a tab-laid signature beside the recipients a column at a time, its name after blank lines too', () => {
    const laid = 'Nơi nhận:\tKT. GIÁM ĐỐC\n- UBND tỉnh;\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\n\n\n\tTrần Văn Bình\n\nPhụ lục';
    expect(text(laid)).toBe('Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Bình\n\nPhụ lục');
    // A tab after an outline label is no column; a row of three cells after the block is a table's.
    expect(text('Số: 7/KH-UBND\tBình An, ngày 2 tháng 3 năm 2025\n1.\tMục đích\nTT\tNhiệm vụ\tChủ trì')).toBe(
      'Số: 7/KH-UBND\nBình An, ngày 2 tháng 3 năm 2025\n1.\tMục đích\nTT\tNhiệm vụ\tChủ trì',
    );
  });

  it('keeps the rows of a two-column list of names or places saved as text, and reports no split', () => {
    const listed = 'I. NHIỆM VỤ\n1. Thành lập Tổ giúp việc\nTổ trưởng\tPhạm Quốc Huy\nTổ phó\tĐoàn Thị Lan\n2. Thí điểm tại các huyện:\nSTT\tHuyện\n1\tVĩnh Linh\n2\tGio Linh';
    const reporter = createReporter();
    expect(normalize(listed, reporter).text).toBe(listed);
    expect(reporter.diagnostics.map((d) => d.code)).not.toContain('normalize/pipe-separators');
    // Beside the last recipient, the name is still the signature's.
    expect(text('Nơi nhận:\n- Như trên;\n- Lưu: VT.\t\tĐoàn Thị Lan')).toBe('Nơi nhận:\n- Như trên;\n- Lưu: VT.\nĐoàn Thị Lan');
    // A dash item ends with “;” as a recipient does, and an upper-case position heads a team's rows: neither opens a signature.
    const body = '1. Phân công theo dõi các xã:\n- Xã Tân Hòa;\tLê Văn Hùng\n- Xã Đông Lạc.\tHà Văn Đức\n2. Ban Chỉ đạo\nTRƯỞNG BAN\nChủ tịch UBND huyện\tNông Văn Khánh\nPHÓ TRƯỞNG BAN\nPhó Chủ tịch UBND huyện\tLò Thị Hạnh';
    const checked = createReporter();
    expect(normalize(body, checked).text).toBe(body);
    expect(checked.diagnostics.map((d) => d.code)).not.toContain('normalize/pipe-separators');
  });

  it('ends a tab-laid letterhead at the title: a tab in a task line below does not pull the motto and date into the task', () => {
    const laid = 'UBND TỈNH AN THUẬN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc\nSố: 5/KH-SYT\tAn Thuận, ngày 3 tháng 3 năm 2025\n\nKẾ HOẠCH\nTiêm chủng năm 2025\n\nI. MỤC ĐÍCH\n1. Phấn đấu 95% trẻ em được tiêm chủng.\n- Thời gian:\tQuý II/2025\n- Cơ quan chủ trì: Sở Y tế.';
    expect(text(laid).split('\n')).toEqual([
      'UBND TỈNH AN THUẬN', 'SỞ Y TẾ', 'Số: 5/KH-SYT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'An Thuận, ngày 3 tháng 3 năm 2025', '',
      'KẾ HOẠCH', 'Tiêm chủng năm 2025', '', 'I. MỤC ĐÍCH', '1. Phấn đấu 95% trẻ em được tiêm chủng.', '- Thời gian: Quý II/2025', '- Cơ quan chủ trì: Sở Y tế.',
    ]);
  });

  it('reads tabs Word saved as text after a label or before an indented item as spaces, and keeps a table row\'s tabs', () => {
    const saved = '1. Rà soát thủ tục\n\ta) Rà soát thủ tục cấp xã;\n- Cơ quan chủ trì:\tSở Tư pháp\n\t- Thời gian:\t\tQuý I/2025\nTT\tNội dung\tThời gian\n1\tTổng hợp:\t\n\tcác xã.\t';
    expect(text(saved).split('\n')).toEqual([
      '1. Rà soát thủ tục', 'a) Rà soát thủ tục cấp xã;', '- Cơ quan chủ trì: Sở Tư pháp', '- Thời gian: Quý I/2025', 'TT\tNội dung\tThời gian', '1\tTổng hợp:\t', '\tcác xã.\t',
    ]);
    const reporter = createReporter();
    normalize(saved, reporter);
    expect(reporter.diagnostics.filter((d) => d.code === 'normalize/tab-spaces').map((d) => d.line)).toEqual([2]);
  });

  it('removes emphasis markers left in plain text', () => {
    expect(text('*(Ban hành kèm theo Quyết định số: /QĐ-UBND*\nvề Ủy ban (*qua Phòng Nội vụ*)')).toBe('(Ban hành kèm theo Quyết định số: /QĐ-UBND về Ủy ban (qua Phòng Nội vụ)');
  });

  it('keeps the input line number of every line, also after joins', () => {
    const n = normalize('Hệ thống pháp luật\n\nI. MỤC TIÊU\n1. Mục\ntiêu chung', createReporter());
    expect(n.lines.filter((l) => !l.blank).map((l) => [l.text, l.line, l.lastLine])).toEqual([
      ['I. MỤC TIÊU', 3, 3],
      ['1. Mục tiêu chung', 4, 5],
    ]);
  });
});
