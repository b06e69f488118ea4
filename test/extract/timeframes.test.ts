import { describe, expect, it } from 'vitest';
import { parseTimeframe } from '../../src/extract/timeframes.js';

const tf = (text: string, planYear: number | null = 2024) => {
  const t = parseTimeframe(text, planYear);
  return [t.start, t.end, t.recurrence, t.inferred];
};

describe('parseTimeframe', () => {
  it.each([
    ['Quý I/2022', ['2022-01-01', '2022-03-31', null, false]],
    ['Quý II năm 2024', ['2024-04-01', '2024-06-30', null, false]],
    ['Quý I /2021', ['2021-01-01', '2021-03-31', null, false]],
    ['Quý IV/2021', ['2021-10-01', '2021-12-31', null, false]],
    ['Tháng 3/2022', ['2022-03-01', '2022-03-31', null, false]],
    ['Tháng 01 năm 2024', ['2024-01-01', '2024-01-31', null, false]],
    ['Chậm nhất tháng 2 năm 2024', [null, '2024-02-29', null, false]],
    ['Chậm nhất tháng 2 năm 2023', [null, '2023-02-28', null, false]],
    ['Năm 2022', ['2022-01-01', '2022-12-31', null, false]],
    ['Năm 2021 và các năm tiếp theo', ['2021-01-01', null, 'các năm tiếp theo', false]],
    ['Quý IV năm 2025 và các năm tiếp theo', ['2025-10-01', null, 'các năm tiếp theo', false]],
    ['từ ngày 04/02/2026 đến ngày 08/02/2026', ['2026-02-04', '2026-02-08', null, false]],
    ['Từ tháng 3 đến tháng 6 năm 2026', ['2026-03-01', '2026-06-30', null, false]],
    ['Từ tháng 11 đến tháng 02/2026', ['2025-11-01', '2026-02-28', null, false]],
    ['Từ tháng 9 đến tháng 12', ['2024-09-01', '2024-12-31', null, true]],
    ['Quý IV/2025 - Quý II/2026', ['2025-10-01', '2026-06-30', null, false]],
    ['Quí IV-2025', ['2025-10-01', '2025-12-31', null, false]],
    ['6/2025', ['2025-06-01', '2025-06-30', null, false]],
    ['Tháng 02/2026', ['2026-02-01', '2026-02-28', null, false]],
    ['cuối tháng 02/2025', ['2025-02-01', '2025-02-28', null, false]],
    ['trước ngày 10/01/2025', [null, '2025-01-10', null, false]],
    ['trước ngày 31 tháng 12 năm 2025', [null, '2025-12-31', null, false]],
    ['Hoàn thành trong năm 2025', ['2025-01-01', '2025-12-31', null, false]],
    ['2026 - 2030', ['2026-01-01', '2030-12-31', null, false]],
    ['Tháng 11 - 12/2025', ['2025-11-01', '2025-12-31', null, false]],
    ['Thực hiện: Cả năm', ['2024-01-01', '2024-12-31', null, true]],
    ['trước ngày 30/6', [null, '2024-06-30', null, true]],
    ['Quý IV/2025 và Quý I/2026', ['2025-10-01', '2026-03-31', null, false]],
    ['từ năm 2026 đến năm 2030', ['2026-01-01', '2030-12-31', null, false]],
    ['Tháng 6 và tháng 12/2026', ['2026-06-01', '2026-12-31', null, false]],
    ['2021-2025', ['2021-01-01', '2025-12-31', null, false]],
    ['Giai đoạn 2022-2023', ['2022-01-01', '2023-12-31', null, false]],
    ['Cả năm', ['2024-01-01', '2024-12-31', null, true]],
    ['Quý I', ['2024-01-01', '2024-03-31', null, true]],
    ['Thường xuyên', [null, null, 'thường xuyên', false]],
    ['Hằng năm', [null, null, 'hằng năm', false]],
    ['Mỗi tháng 01 lần', [null, null, 'mỗi tháng 01 lần', false]],
    ['Theo định kỳ', [null, null, 'định kỳ', false]],
    ['Khi có yêu cầu', [null, null, 'khi có yêu cầu', false]],
    ['Theo lộ trình', [null, null, 'theo lộ trình', false]],
    ['Thực hiện theo lộ trình được phê duyệt', [null, null, 'theo lộ trình', false]],
  ])('%j', (text, expected) => {
    expect(tf(text)).toEqual(expected);
  });

  it('keeps “Đợt 1”, “Đợt 2” as phases, and a range with two ends as one time', () => {
    const t = parseTimeframe('Đợt 1: Từ tháng 3 đến tháng 6 năm 2026; Đợt 2: trước ngày 15/12/2026', 2026);
    expect([t.start, t.end, t.phases.map((p) => [p.label, p.start, p.end])]).toEqual([
      '2026-03-01', '2026-12-15', [['Đợt 1', '2026-03-01', '2026-06-30'], ['Đợt 2', null, '2026-12-15']],
    ]);
    expect(parseTimeframe('Quý IV/2025 - Quý II/2026', 2025).phases).toEqual([]);
  });

  it('leaves the year unknown rather than guessing when the plan’s year is unknown', () => {
    expect(tf('Quý I', null)).toEqual([null, null, null, false]);
  });

  it('reads a multi-phase cell as phases', () => {
    const t = parseTimeframe('- Ban hành Kế hoạch: Quý I/2021 - Thực hiện: Cả năm', 2021);
    expect(t.phases.map((p) => [p.label, p.start, p.end, p.inferred])).toEqual([
      ['Ban hành Kế hoạch', '2021-01-01', '2021-03-31', false],
      ['Thực hiện', '2021-01-01', '2021-12-31', true],
    ]);
    expect([t.start, t.end]).toEqual(['2021-01-01', '2021-12-31']);
  });

  it('reads phases by place: “Tại Bộ phận một cửa tỉnh từ ngày 01/6/2022; cấp huyện từ ngày 01/12/2022”', () => {
    const t = parseTimeframe('Tại Bộ phận một cửa tỉnh từ ngày 01/6/2022; cấp huyện từ ngày 01/12/2022; cấp xã từ ngày 01/6/2023', 2022);
    expect(t.phases.map((p) => [p.label, p.start, p.end])).toEqual([
      ['Tại Bộ phận một cửa tỉnh', '2022-06-01', null],
      ['cấp huyện', '2022-12-01', null],
      ['cấp xã', '2023-06-01', null],
    ]);
    // Each phase runs “from” its date on: the whole has no end.
    expect([t.start, t.end]).toEqual(['2022-06-01', null]);
  });
});

describe('parseTimeframe, phases dated in their labels', () => {
  it('reads “- Giai đoạn 2022-2023: Xây dựng …; - Giai đoạn 2024-2030: Duy trì …”', () => {
    const t = parseTimeframe('- Giai đoạn 2022-2023: Xây dựng kho dữ liệu; - Giai đoạn 2024-2030: Duy trì, cập nhật bổ sung dữ liệu.', 2021);
    expect(t.phases.map((p) => [p.start, p.end])).toEqual([['2022-01-01', '2023-12-31'], ['2024-01-01', '2030-12-31']]);
    expect([t.start, t.end]).toEqual(['2022-01-01', '2030-12-31']);
  });
});
