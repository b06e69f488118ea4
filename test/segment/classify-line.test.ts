import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/segment/classify-line.js';

describe('classifyLine', () => {
  it.each([
    ['I. MỤC ĐÍCH, YÊU CẦU', 'roman', 'I.', 1, 'MỤC ĐÍCH, YÊU CẦU'],
    ['XII. KINH PHÍ', 'roman', 'XII.', 12, 'KINH PHÍ'],
    ['1. Mục đích', 'arabic', '1.', 1, 'Mục đích'],
    ['12) Sở Y tế', 'arabic', '12)', 12, 'Sở Y tế'],
    ['2.Yêu cầu', 'arabic', '2.', 2, 'Yêu cầu'],
    ['3.1. Tổ chức Hội nghị', 'decimal', '3.1.', 1, 'Tổ chức Hội nghị'],
    ['10.1 Đảm bảo thực hiện', 'decimal', '10.1', 1, 'Đảm bảo thực hiện'],
    ['a) Mục tiêu:', 'letter', 'a)', 1, 'Mục tiêu:'],
    ['đ) Tăng cường kiểm tra', 'letter', 'đ)', 5, 'Tăng cường kiểm tra'],
    ['g) Giảm tối thiểu', 'letter', 'g)', 7, 'Giảm tối thiểu'],
    ['f) Duy trì', 'letter', 'f)', 6.5, 'Duy trì'],
    ['b. Địa điểm quan trắc', 'letter', 'b.', 2, 'Địa điểm quan trắc'],
    ['(1) 100% số người dân được phổ biến', 'arabic', '(1)', 1, '100% số người dân được phổ biến'],
    ['(12)Rà soát văn bản', 'arabic', '(12)', 12, 'Rà soát văn bản'],
    ['- Thời gian: Năm 2022.', 'bullet', '-', null, 'Thời gian: Năm 2022.'],
    ['+ Cấp tỉnh: 90%', 'bullet', '+', null, 'Cấp tỉnh: 90%'],
    ['Điều 1. Ban hành kèm theo', 'article', 'Điều 1.', 1, 'Ban hành kèm theo'],
    ['Điều 2.', 'article', 'Điều 2.', 2, ''],
    ['Chương II. QUY ĐỊNH CHUNG', 'chapter', 'Chương II.', 2, 'QUY ĐỊNH CHUNG'],
    ['Phần I', 'part', 'Phần I', 1, ''],
    ['Mục 2. Phạm vi', 'section', 'Mục 2.', 2, 'Phạm vi'],
    ['PHỤ LỤC', 'appendix', 'PHỤ LỤC', 1, ''],
    ['Phụ lục II', 'appendix', 'Phụ lục II', 2, ''],
  ])('%j is %s %s', (line, kind, label, ordinal, text) => {
    const m = classifyLine(line);
    expect(m && [m.kind, m.label, m.ordinal, m.text]).toEqual([kind, label, ordinal, text]);
  });

  // A numbered sentence is not a heading.
  it.each([
    '100% cán bộ, công chức được đào tạo',
    '2025: hoàn thành 100% chỉ tiêu',
    'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018',
    '2021. Trong đó',
    '(028) 3930 3279',
    'v.v. và các nội dung khác',
    'a. và b. nêu trên',
    'Mục tiêu chung',
    'Chương trình tổng thể cải cách hành chính',
    'Điều chỉnh Đề án vị trí việc làm',
    'Phần đầu cuối năm 2021, trên 95% hồ sơ',
    '-------',
    '(a) trong ngoặc',
    'Ví dụ',
    '1,5 tỷ đồng',
  ])('%j is not a label', (line) => {
    expect(classifyLine(line)).toBeNull();
  });
});
