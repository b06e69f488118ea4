import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/decode/from-html.js';
import { mergeHeaderBand, type MarkupCell } from '../src/decode/grid.js';

const cell = (text: string, rowSpan = 1, colSpan = 1): MarkupCell => ({ text, rowSpan, colSpan });

describe('a header of two rows', () => {
  const rows = [
    [cell('TT', 2), cell('Nhiệm vụ', 2), cell('Cơ quan thực hiện', 1, 2), cell('Thời gian', 2)],
    [cell('Chủ trì'), cell('Phối hợp')],
    [cell('1'), cell('Rà soát thủ tục'), cell('Sở Tư pháp'), cell('Sở Nội vụ'), cell('Quý II năm 2025')],
  ];

  it('becomes one row, each column keeping the headings above it', () => {
    expect(mergeHeaderBand(rows).map((row) => row.map((c) => c.text))).toEqual([
      ['TT', 'Nhiệm vụ', 'Cơ quan thực hiện Chủ trì', 'Cơ quan thực hiện Phối hợp', 'Thời gian'],
      ['1', 'Rà soát thủ tục', 'Sở Tư pháp', 'Sở Nội vụ', 'Quý II năm 2025'],
    ]);
  });

  it('is also one row when the cells beside the sub-headings were left empty instead of merged', () => {
    const unmerged = [
      [cell('TT'), cell('Nhiệm vụ'), cell('Cơ quan thực hiện', 1, 2), cell('Thời gian')],
      [cell(''), cell(''), cell('Chủ trì'), cell('Phối hợp'), cell('')],
      [cell('1'), cell('Rà soát thủ tục'), cell('Sở Tư pháp'), cell('Sở Nội vụ'), cell('Quý II năm 2025')],
    ];
    expect(mergeHeaderBand(unmerged)[0]!.map((c) => c.text)).toEqual(['TT', 'Nhiệm vụ', 'Cơ quan thực hiện Chủ trì', 'Cơ quan thực hiện Phối hợp', 'Thời gian']);
    const data = [unmerged[0]!, [cell('1'), cell('Rà soát'), cell('Sở Tư pháp'), cell('Sở Nội vụ'), cell('Năm 2025')], unmerged[2]!];
    expect(mergeHeaderBand(data)).toBe(data);
    const titled = [[cell('KẾ HOẠCH CHI TIẾT', 1, 3)], [cell('TT'), cell('Nhiệm vụ'), cell('Chủ trì')], [cell('1'), cell('Rà soát'), cell('Sở Tư pháp')]];
    expect(mergeHeaderBand(titled)).toBe(titled);
  });

  it('is left alone without a heading spanning columns, or when a cell below runs past the band', () => {
    const noSpan = [[cell('TT', 2), cell('Nội dung')], [cell('Chi tiết')], [cell('1'), cell('Một')]];
    expect(mergeHeaderBand(noSpan)).toBe(noSpan);
    const lead = [[cell('TT', 2), cell('Nhóm', 1, 2)], [cell('Sở Y tế', 3), cell('a')], [cell('1'), cell('b')]];
    expect(mergeHeaderBand(lead)).toBe(lead);
  });

  it('is read as one header row in a Word table, so the second row is no task', async () => {
    const html = `<table><tr><td rowspan="2">TT</td><td rowspan="2">Nhiệm vụ</td><td colspan="2">Cơ quan thực hiện</td><td rowspan="2">Thời gian hoàn thành</td></tr>
<tr><td>Chủ trì</td><td>Phối hợp</td></tr><tr><td>1</td><td>Rà soát thủ tục</td><td>Sở Tư pháp</td><td>Sở Nội vụ</td><td>Quý II năm 2025</td></tr>
<tr><td>2</td><td>Số hóa hồ sơ</td><td>Sở Nội vụ</td><td>Các sở</td><td>Năm 2025</td></tr><tr><td>3</td><td>Tập huấn</td><td>Sở Nội vụ</td><td></td><td>Năm 2025</td></tr></table>`;
    const { text } = await htmlToText(html);
    expect(text.split('\n')[0]).toBe('TT\tNhiệm vụ\tCơ quan thực hiện Chủ trì\tCơ quan thực hiện Phối hợp\tThời gian hoàn thành');
    expect(text.split('\n')).toHaveLength(4);
  });
});

describe('a letterhead or signature set one line per row', () => {
  it('is read a column at a time, however many rows it has', async () => {
    const rows = [['Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN'], ['- UBND tỉnh (b/c);', 'KT. CHỦ TỊCH'], ['- Lưu: VT.', 'PHÓ CHỦ TỊCH'], ['', ''], ['', ''], ['', 'Nguyễn Văn Bình']];
    const html = `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    expect((await htmlToText(html)).text.split('\n')).toEqual(['Nơi nhận:', '- UBND tỉnh (b/c);', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Bình']);
  });

  it('leaves a table of five rows without such a cell a table', async () => {
    const html = `<table>${Array.from({ length: 5 }, (_, k) => `<tr><td>${k + 1}</td><td>Xã ${k + 1}</td></tr>`).join('')}</table>`;
    expect((await htmlToText(html)).text.split('\n')[0]).toBe('1\tXã 1');
  });
});
