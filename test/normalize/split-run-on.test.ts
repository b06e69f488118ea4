import { describe, expect, it } from 'vitest';
import { createReporter } from '../../src/core/diagnostic.js';
import { normalize } from '../../src/normalize/index.js';

const texts = (...input: string[]) => normalize(input.join('\n'), createReporter()).lines.filter((l) => !l.blank).map((l) => l.text);

describe('splitRunOnItems', () => {
  it('gives the next letter item run onto the line above a line of its own', () => {
    expect(texts('a. Thời gian thực hiện: Từ tháng 3 đến tháng 11 hàng năm b. Địa điểm, số điểm quan trắc')).toEqual([
      'a. Thời gian thực hiện: Từ tháng 3 đến tháng 11 hàng năm',
      'b. Địa điểm, số điểm quan trắc',
    ]);
  });

  it('reports the lines it split', () => {
    const reporter = createReporter();
    normalize('a. Thời gian: Quý I c. Kinh phí\na. Nội dung: Tập huấn cán bộ b. Đối tượng tham gia', reporter);
    expect(reporter.diagnostics.map((d) => d.code)).toContain('normalize/run-on-item');
  });

  it('leaves a letter that is not the next one, a cited label and a line that opens no letter item', () => {
    const lines = [
      'a. Thời gian thực hiện: Quý I năm nay c. Kinh phí thực hiện',
      'a. Thực hiện theo quy định tại điểm b. Khoản này',
      'Các tỉnh trong vùng b. Đồng thời rà soát',
      'a) Thời gian: hằng năm b. Địa điểm',
    ];
    expect(texts(...lines.flatMap((l) => [l, '']))).toEqual(lines);
  });
});
