import { describe, expect, it } from 'vitest';
import { createReporter } from '../../src/core/diagnostic.js';
import { normalize } from '../../src/normalize/index.js';

const lines = (...input: string[]) => normalize(input.join('\n'), createReporter()).lines;
/** A web capture (markdown): adjacent lines are soft breaks. */
const markdownLines = (...input: string[]) => normalize(input.join('\n'), createReporter(), { softBreaks: true }).lines;

describe('stripEmphasis', () => {
  it('blanks a line that holds only bold markers', () => {
    const out = lines('**ỦY BAN NHÂN DÂN', '**', 'TỈNH BÌNH AN', '', '** **', '', '**KẾ HOẠCH**');
    expect(out.filter((l) => !l.blank).map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH AN', 'KẾ HOẠCH']);
    expect(out.find((l) => l.line === 5)?.placeholder).toBe(true);
  });

  it('drops a marker cut off from its words by a space, at either end', () => {
    expect(lines('**ỦY BAN NHÂN DÂN **', '** Thuận lợi cơ bản', 'KT. CHỦ TỊCH **', 'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; *').map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN', 'Thuận lợi cơ bản', 'KT. CHỦ TỊCH', 'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;']);
  });

  it('keeps a star bullet and a multiplication sign', () => {
    expect(lines('* Một nội dung', 'Diện tích 2 * 3 m').map((l) => l.text)).toEqual(['* Một nội dung', 'Diện tích 2 * 3 m']);
  });

  it('lets a label wrapped inside bold be read and its heading joined', () => {
    const text = ['**I. MỤC', 'ĐÍCH, YÊU CẦU**', '', '**3. Thời gian thực hiện: **Từ năm 2026 - 2030.'];
    expect(markdownLines(...text).filter((l) => !l.blank).map((l) => l.text)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', '3. Thời gian thực hiện: Từ năm 2026 - 2030.']);
  });
});
