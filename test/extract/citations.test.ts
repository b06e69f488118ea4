import { describe, expect, it } from 'vitest';
import { createReporter } from '../../src/core/diagnostic.js';
import { extractCitations } from '../../src/extract/citations.js';
import { normalize } from '../../src/normalize/index.js';

const cite = (text: string) =>
  extractCitations(normalize(text, createReporter())).map((c) => [c.type, c.number ?? c.title, c.date, c.issuer]);

describe('extractCitations', () => {
  it.each([
    ['Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ về quy định', ['Nghị định', '107/2020/NĐ-CP', '2020-09-14', 'Chính phủ']],
    ['Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ về Ban hành', ['Nghị quyết', '76/NQ-CP', '2021-07-15', 'Chính phủ']],
    ['Chỉ thị số 23/CT-TTg ngày 02 tháng 9 năm 2021 của Thủ tướng Chính phủ về việc', ['Chỉ thị', '23/CT-TTg', '2021-09-02', 'Thủ tướng Chính phủ']],
    ['(Kèm theo Quyết định số: 137/QĐ-UBND ngày 24/01/2024 của Chủ tịch UBND tỉnh Cà Mau)', ['Quyết định', '137/QĐ-UBND', '2024-01-24', 'Chủ tịch UBND tỉnh Cà Mau']],
    ['Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.', ['Nghị quyết', '18-NQ/TW', '2017-10-25', 'Ban Chấp hành Trung ương']],
    ['Chương trình hành động số 10-CTr/TU ngày 14/12/2020 của Thị ủy', ['Chương trình hành động', '10-CTr/TU', '2020-12-14', 'Thị ủy']],
    ['Nghị định số 130/2005/NĐ-CP, ngày 17/10/2005;', ['Nghị định', '130/2005/NĐ-CP', '2005-10-17', null]],
    ['Thông tư số 32/2017/TT-BTTTT ngày 15/11/2017 của Bộ Thông tin và Truyền thông.', ['Thông tư', '32/2017/TT-BTTTT', '2017-11-15', 'Bộ Thông tin và Truyền thông']],
    ['Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', ['Luật', 'Tổ chức chính quyền địa phương', '2015-06-19', null]],
    ['theo Luật Ngân sách nhà nước năm 2015 về công khai', ['Luật', 'Ngân sách nhà nước', null, null]],
  ])('%j', (text, expected) => {
    expect(cite(text)).toEqual([expected]);
  });

  it('shares an issuer named once after a chain of the same type', () => {
    const found = extractCitations(normalize('Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 và Nghị định số 108/2020/NĐ-CP ngày 14/9/2020 của Chính phủ.', createReporter()));
    expect(found.map((c) => [c.number, c.issuer, c.issuerInferred])).toEqual([
      ['107/2020/NĐ-CP', 'Chính phủ', true],
      ['108/2020/NĐ-CP', 'Chính phủ', false],
    ]);
  });

  it('keeps every law an amending law names', () => {
    expect(cite('Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;')).toEqual([
      ['Luật', 'Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', '2019-11-22', null],
    ]);
  });

  it('rejects an impossible date rather than inventing one', () => {
    expect(cite('Quyết định số 12/QĐ-UBND ngày 30/02/2021 của UBND tỉnh')).toEqual([['Quyết định', '12/QĐ-UBND', null, 'UBND tỉnh']]);
  });

  it.each(['Quyết định này có hiệu lực', 'Kế hoạch số hóa hồ sơ', 'Nghị định của Chính phủ', 'pháp luật hiện hành', '100% văn bản'])('finds no citation in %j', (text) => {
    expect(cite(text)).toEqual([]);
  });
});
