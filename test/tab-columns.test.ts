import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/decode/from-html.js';
import { tabColumns } from '../src/decode/tab-columns.js';

const read = (paragraphs: string[]) => {
  const out: string[] = [];
  const columns = tabColumns((line) => out.push(line));
  for (const p of paragraphs) columns.add(p);
  columns.close();
  return out;
};

describe('Word paragraphs laid out in columns with tabs', () => {
  it('reads a letterhead set with tabs as a table is read: the left column, then the right', () => {
    expect(read(['UBND TỈNH AN THUẬN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc', 'Số: 12/KH-SNV\t\tAn Thuận, ngày 02 tháng 4 năm 2025', 'KẾ HOẠCH'])).toEqual([
      'UBND TỈNH AN THUẬN', 'SỞ NỘI VỤ', 'Số: 12/KH-SNV', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'An Thuận, ngày 02 tháng 4 năm 2025', 'KẾ HOẠCH',
    ]);
  });

  it('keeps the recipients apart from the signature beside them, one-column lines included', () => {
    expect(read(['Nơi nhận:\tKT. GIÁM ĐỐC', '- UBND tỉnh (b/c);\tPHÓ GIÁM ĐỐC', '- Lãnh đạo Sở;', '- Lưu: VT.', '\tNguyễn Văn An'])).toEqual([
      'Nơi nhận:', '- UBND tỉnh (b/c);', '- Lãnh đạo Sở;', '- Lưu: VT.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn An',
    ]);
  });

  it('reads a tab after an outline label as a space, indentation as nothing, three cells as a tab-separated row', () => {
    expect(read(['1.\tMục đích', '\tCăn cứ Luật Tổ chức chính quyền địa phương;\t', 'TT\tNội dung\tThời gian'])).toEqual(['1. Mục đích', 'Căn cứ Luật Tổ chức chính quyền địa phương;', 'TT\tNội dung\tThời gian']);
  });

  it('ends a block after a few one-column lines, leaving the body where it is', () => {
    const body = Array.from({ length: 8 }, (_, k) => `Đoạn ${k + 1}.`);
    expect(read(['Số: 12/KH-SNV\tAn Thuận, ngày 02 tháng 4 năm 2025', ...body, '\tNguyễn Văn An'])).toEqual([
      'Số: 12/KH-SNV', 'An Thuận, ngày 02 tháng 4 năm 2025', ...body, 'Nguyễn Văn An',
    ]);
  });

  it('ends the letterhead block at the title: a tab-laid line in the body does not pull the motto and date down into it', () => {
    const out = read(['UBND TỈNH AN THUẬN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/KH-UBND\tAn Thuận, ngày 1 tháng 2 năm 2025', 'KẾ HOẠCH', 'Triển khai công tác năm 2025', '1. Rà soát thủ tục', '- Thời gian:\tQuý I/2025', '- Nội dung: rà soát']);
    expect(out).toEqual([
      'UBND TỈNH AN THUẬN', 'Số: 12/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'An Thuận, ngày 1 tháng 2 năm 2025', 'KẾ HOẠCH', 'Triển khai công tác năm 2025', '1. Rà soát thủ tục', '- Thời gian: Quý I/2025', '- Nội dung: rà soát',
    ]);
  });

  it('after one-column lines, takes back only a row of the right column: its left cell empty or its right cell a signature cell', () => {
    // Without a title between them, a body row of two cells a few lines below the letterhead stays where it is.
    expect(read(['Số: 12/KH-UBND\tAn Thuận, ngày 1 tháng 2 năm 2025', 'Về việc rà soát thủ tục', 'Hội nghị sơ kết\tQuý I/2025'])).toEqual([
      'Số: 12/KH-UBND', 'An Thuận, ngày 1 tháng 2 năm 2025', 'Về việc rà soát thủ tục', 'Hội nghị sơ kết Quý I/2025',
    ]);
    expect(read(['Nơi nhận:\tTM. ỦY BAN NHÂN DÂN', '- Như trên;', '- Lưu: VT.\tCHỦ TỊCH', 'Ghi chú: gửi kèm bản điện tử.', 'Hội nghị sơ kết\tQuý I/2025'])).toEqual([
      'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Ghi chú: gửi kèm bản điện tử.', 'Hội nghị sơ kết Quý I/2025',
    ]);
  });

  it('takes the signer\'s name beside the last recipient into the signature column', () => {
    expect(read(['Nơi nhận:\tKT. CHỦ TỊCH', '- Như trên;\tPHÓ CHỦ TỊCH', '- UBND tỉnh (b/c);', '- Lưu: VT.\tTrần Văn Bình'])).toEqual([
      'Nơi nhận:', '- Như trên;', '- UBND tỉnh (b/c);', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn Bình',
    ]);
  });

  it('reads the signer\'s name beside the last recipient as a column, with no signature row above it', () => {
    expect(read(['Nơi nhận:', '- Như trên;', '- Lưu: VT.\t\tNguyễn Văn An'])).toEqual(['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'Nguyễn Văn An']);
  });

  it('keeps names or places beside labels or numbers a list: a name is a column only in a signature', () => {
    // A team's roles and members, numbered districts: a name and a place read alike, and neither is a signer here.
    expect(read(['2. Thành lập Tổ giúp việc', 'Tổ trưởng\tPhạm Quốc Huy', 'Tổ phó\tĐoàn Thị Lan', 'Thành viên\tVõ Minh Tâm', '3. Tổng kết'])).toEqual([
      '2. Thành lập Tổ giúp việc', 'Tổ trưởng Phạm Quốc Huy', 'Tổ phó Đoàn Thị Lan', 'Thành viên Võ Minh Tâm', '3. Tổng kết',
    ]);
    expect(read(['STT\tHuyện', '1\tVĩnh Linh', '2\tGio Linh', '3\tTriệu Phong'])).toEqual(['STT Huyện', '1 Vĩnh Linh', '2 Gio Linh', '3 Triệu Phong']);
    // Below a letterhead block, after a line of one column, a member's row is not the letterhead's right column.
    expect(read(['Số: 12/KH-UBND\tAn Thuận, ngày 1 tháng 2 năm 2025', 'Về việc thành lập Tổ giúp việc', 'Tổ trưởng\tPhạm Quốc Huy'])).toEqual([
      'Số: 12/KH-UBND', 'An Thuận, ngày 1 tháng 2 năm 2025', 'Về việc thành lập Tổ giúp việc', 'Tổ trưởng Phạm Quốc Huy',
    ]);
  });

  it('reads a name beside a line that is no recipient as the signature\'s column after “Nơi nhận:”, and no longer once the signer is read', () => {
    expect(read(['Nơi nhận:', '- Như trên;', '- Các phòng chuyên môn\tPhạm Thị Hoa', 'DANH SÁCH TỔ GIÚP VIỆC', 'Tổ trưởng\tVõ Minh Tâm'])).toEqual([
      'Nơi nhận:', '- Như trên;', '- Các phòng chuyên môn', 'Phạm Thị Hoa', 'DANH SÁCH TỔ GIÚP VIỆC', 'Tổ trưởng Võ Minh Tâm',
    ]);
  });

  it('keeps a body list of dash items with a name beside each a list: a dash item is a recipient only in a signature', () => {
    // Communes and the officers who follow them: “;” and “.” end a list's items as they end a recipient's.
    expect(read(['1. Phân công theo dõi các xã:', '- Xã Tân Hòa;\tLê Văn Hùng', '- Xã Phước Sơn;\tĐinh Thị Bích', '- Xã Đông Lạc.\tHà Văn Đức', '2. Tổng kết'])).toEqual([
      '1. Phân công theo dõi các xã:', '- Xã Tân Hòa; Lê Văn Hùng', '- Xã Phước Sơn; Đinh Thị Bích', '- Xã Đông Lạc. Hà Văn Đức', '2. Tổng kết',
    ]);
    // While a signature is under way, the same dash item is a recipient and the name the signer's.
    expect(read(['Nơi nhận:\tTM. ỦY BAN NHÂN DÂN', '- Như trên;\tCHỦ TỊCH', '- Các xã, thị trấn;\tLê Văn Hùng'])).toEqual([
      'Nơi nhận:', '- Như trên;', '- Các xã, thị trấn;', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn Hùng',
    ]);
  });

  it('reads a lone upper-case position in the body as a heading: the position⇥name rows below it stay a list', () => {
    expect(read(['3. Thành phần Ban Chỉ đạo', 'TRƯỞNG BAN', 'Chủ tịch UBND huyện\tNông Văn Khánh', 'PHÓ TRƯỞNG BAN', 'Phó Chủ tịch UBND huyện\tLò Thị Hạnh', '4. Tổ chức thực hiện'])).toEqual([
      '3. Thành phần Ban Chỉ đạo', 'TRƯỞNG BAN', 'Chủ tịch UBND huyện Nông Văn Khánh', 'PHÓ TRƯỞNG BAN', 'Phó Chủ tịch UBND huyện Lò Thị Hạnh', '4. Tổ chức thực hiện',
    ]);
    // Below a signing capacity the position goes on the signature: the name beside a recipient is the signer's.
    expect(read(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '- Sở Nội vụ;\tNông Văn Khánh'])).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '- Sở Nội vụ;', 'Nông Văn Khánh']);
    // Set at a tab stop, the position is the signature's right column, as before.
    expect(read(['- UBND tỉnh;\tCHỦ TỊCH', '- Lưu: VT.', '\tNông Văn Khánh'])).toEqual(['- UBND tỉnh;', '- Lưu: VT.', 'CHỦ TỊCH', 'Nông Văn Khánh']);
  });

  it('reads a tab after a label ending in a colon as a space: the label keeps its value', () => {
    expect(read(['1. Rà soát thủ tục hành chính', '- Cơ quan chủ trì:\tSở Nội vụ', '- Cơ quan phối hợp:\t\tCác sở, ban, ngành', 'Thời gian thực hiện:\tTháng 6/2025'])).toEqual([
      '1. Rà soát thủ tục hành chính', '- Cơ quan chủ trì: Sở Nội vụ', '- Cơ quan phối hợp: Các sở, ban, ngành', 'Thời gian thực hiện: Tháng 6/2025',
    ]);
  });

  it('reads a colon set at a tab stop of its own as the label\'s: “Chủ trì⇥: …”, “Chủ trì⇥:⇥…”', () => {
    expect(read(['- Chủ trì\t: Phòng Tư pháp', '- Phối hợp\t:\tCông an xã; Trạm Y tế xã', '- Thời gian\t\t:Quý III/2025', 'Nơi nhận\t:\tKT. CHỦ TỊCH'])).toEqual([
      '- Chủ trì: Phòng Tư pháp', '- Phối hợp: Công an xã; Trạm Y tế xã', '- Thời gian: Quý III/2025', 'Nơi nhận:', 'KT. CHỦ TỊCH',
    ]);
  });

  it('keeps a tab after “Nơi nhận:” a column break: the signature stands beside the recipients', () => {
    expect(read(['Nơi nhận:\tKT. CHỦ TỊCH', '- Như trên;\tPHÓ CHỦ TỊCH', '- Lưu: VT.', '\tTrần Văn Bình'])).toEqual([
      'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Văn Bình',
    ]);
  });

  it('joins “Số:” to a number after a tab on a letterhead line, before the date column', () => {
    expect(read(['UBND XÃ AN BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số:\t/KH-UBND\tAn Bình, ngày  tháng 5 năm 2025', 'KẾ HOẠCH'])).toEqual([
      'UBND XÃ AN BÌNH', 'Số: /KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'An Bình, ngày tháng 5 năm 2025', 'KẾ HOẠCH',
    ]);
  });

  it('reads a leading tab before an item or a sentence as indentation, also right below a letterhead', () => {
    const out = read(['Số: 12/KH-UBND\tAn Thuận, ngày 1 tháng 2 năm 2025', '\ta) Rà soát các thủ tục hành chính;', 'Nội dung rà soát gồm', '\t- Tổ chức hội nghị tập huấn', '\tCác phòng báo cáo kết quả trước ngày 15 hằng tháng.']);
    expect(read(['\t1.\tMục đích', '\ta)\tRà soát'])).toEqual(['1. Mục đích', 'a) Rà soát']);
    expect(out).toEqual([
      'Số: 12/KH-UBND', 'An Thuận, ngày 1 tháng 2 năm 2025', 'a) Rà soát các thủ tục hành chính;', 'Nội dung rà soát gồm', '- Tổ chức hội nghị tập huấn', 'Các phòng báo cáo kết quả trước ngày 15 hằng tháng.',
    ]);
  });

  it('reads a leading tab before a letterhead\'s left column as indentation: the columns stay left and right', () => {
    expect(read(['\tỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '\tHUYỆN AN LÃO\tĐộc lập - Tự do - Hạnh phúc', 'KẾ HOẠCH'])).toEqual([
      'ỦY BAN NHÂN DÂN', 'HUYỆN AN LÃO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'KẾ HOẠCH',
    ]);
  });

  it('opens no block at a two-cell body line without a letterhead or signature cell', () => {
    expect(read(['Tổ chức hội nghị\tQuý II/2025', 'Báo cáo kết quả\tTháng 12/2025'])).toEqual(['Tổ chức hội nghị Quý II/2025', 'Báo cáo kết quả Tháng 12/2025']);
    expect(read(['- Ông Trần Văn Bình\tPhó Chủ tịch UBND xã'])).toEqual(['- Ông Trần Văn Bình Phó Chủ tịch UBND xã']);
  });

  it('applies to Word text only: a tab in a web page is whitespace', async () => {
    const html = '<p>UBND TỈNH AN THUẬN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>';
    expect((await htmlToText(html)).text).toBe('UBND TỈNH AN THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect((await htmlToText(html, { layoutTabs: true })).text).toBe('UBND TỈNH AN THUẬN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
});
