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
    expect(read(['Số: 12/KH-SNV\tAn Thuận, ngày 02 tháng 4 năm 2025', ...body, 'Ghi chú\tTrang 2'])).toEqual([
      'Số: 12/KH-SNV', 'An Thuận, ngày 02 tháng 4 năm 2025', ...body, 'Ghi chú', 'Trang 2',
    ]);
  });

  it('ends the letterhead block at the title: a two-cell line in the body does not pull the motto and date down into it', () => {
    const out = read(['UBND TỈNH AN THUẬN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/KH-UBND\tAn Thuận, ngày 1 tháng 2 năm 2025', 'KẾ HOẠCH', 'Triển khai công tác năm 2025', '1. Rà soát thủ tục', '- Thời gian:\tQuý I/2025', '- Nội dung: rà soát']);
    expect(out).toEqual([
      'UBND TỈNH AN THUẬN', 'Số: 12/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'An Thuận, ngày 1 tháng 2 năm 2025', 'KẾ HOẠCH', 'Triển khai công tác năm 2025', '1. Rà soát thủ tục', '- Thời gian:', 'Quý I/2025', '- Nội dung: rà soát',
    ]);
  });

  it('after one-column lines, takes back only a row of the right column: its left cell empty or its right cell a signature cell', () => {
    // Without a title between them, a body row of two cells a few lines below the letterhead stays where it is.
    expect(read(['Số: 12/KH-UBND\tAn Thuận, ngày 1 tháng 2 năm 2025', 'Về việc rà soát thủ tục', '- Thời gian:\tQuý I/2025'])).toEqual([
      'Số: 12/KH-UBND', 'An Thuận, ngày 1 tháng 2 năm 2025', 'Về việc rà soát thủ tục', '- Thời gian:', 'Quý I/2025',
    ]);
    expect(read(['Nơi nhận:\tTM. ỦY BAN NHÂN DÂN', '- Như trên;', '- Lưu: VT.\tCHỦ TỊCH', 'Ghi chú: gửi kèm bản điện tử.', '- Thời gian:\tQuý I/2025'])).toEqual([
      'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Ghi chú: gửi kèm bản điện tử.', '- Thời gian:', 'Quý I/2025',
    ]);
  });

  it('applies to Word text only: a tab in a web page is whitespace', async () => {
    const html = '<p>UBND TỈNH AN THUẬN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>';
    expect((await htmlToText(html)).text).toBe('UBND TỈNH AN THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect((await htmlToText(html, { layoutTabs: true })).text).toBe('UBND TỈNH AN THUẬN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
});
