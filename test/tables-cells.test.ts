import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { columnRole } from '../src/tables/cells.js';

describe('columnRole', () => {
  it('names the role of a short header cell, and gives the same answer when asked again (from its memo)', () => {
    const headers = ['STT', 'Cơ quan chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Sản phẩm', 'Nội dung công việc', 'Ghi chú', 'Sở Nội vụ'];
    const roles = ['number', 'lead', 'coordinating', 'timeframe', 'output', 'task', 'note', null];
    expect(headers.map((h) => columnRole(h))).toEqual(roles);
    expect(headers.map((h) => columnRole(h))).toEqual(roles);
  });

  it('counts words without splitting: eight words may be a header, nine are a sentence', () => {
    expect(columnRole('Cơ quan chủ trì thực hiện nhiệm vụ')).toBe('lead');
    expect(columnRole('Cơ quan chủ trì thực hiện nhiệm vụ này')).toBeNull();
    expect(columnRole('Thời gian '.repeat(9).trim())).toBeNull();
  });

  it('keeps no document alive through its memo: a line asked about is a slice of its whole text', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let d = 0; d < 300; d++) {
      const doc = `${`Nội dung công việc số ${d} `.repeat(4000)}\nThời gian thực hiện ${d} xong\n`;
      columnRole(doc.slice(doc.indexOf('\n') + 1, doc.length - 1));
    }
    gc();
    // 300 documents of 100 K characters: kept, they would be some 50 MB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10e6);
  });
});

describe('one cell per paragraph: a row one cell short', () => {
  const table = (row2: string[]) =>
    ['KẾ HOẠCH', 'Chuyển đổi số năm 2025', '', 'PHỤ LỤC', '', ...['TT', 'Nhiệm vụ', 'Sản phẩm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'], ...['1', 'Xây dựng kho dữ liệu dùng chung', 'Kho dữ liệu', 'Sở Tài chính', 'Các sở, ngành', 'Năm 2025'], ...row2, ...['3', 'Tập huấn kỹ năng số', 'Lớp tập huấn', 'Sở Nội vụ', 'UBND các huyện', 'Quý III/2025']].join('\n\n');

  it('joins a "- " paragraph that names no agency to the one before, rather than take it for the lead', async () => {
    const { parse } = await import('../src/index.js');
    // The time cell held a lone space, lost when the plan was printed or copied.
    const doc = await parse(table(['2', 'Triển khai dịch vụ công trực tuyến', '- Kế hoạch triển khai;', '- Các dịch vụ được cung cấp.', 'Sở Khoa học và Công nghệ', 'Các cơ quan, đơn vị liên quan']));
    expect(doc.tasks.map((t) => [t.lead.map((a) => a.name), t.coordinating.map((a) => a.name)])).toEqual([
      [['Sở Tài chính'], ['Các sở, ngành']],
      [['Sở Khoa học và Công nghệ'], ['Các cơ quan, đơn vị liên quan']],
      [['Sở Nội vụ'], ['UBND các huyện']],
    ]);
    expect(doc.tasks[1]!.output).toBe('- Kế hoạch triển khai;\n\n- Các dịch vụ được cung cấp.');
  });

  it('keeps a "- " paragraph that names an agency in the lead column', async () => {
    const { parse } = await import('../src/index.js');
    const doc = await parse(table(['2', 'Triển khai dịch vụ công trực tuyến', '- Kế hoạch triển khai;', '- Sở Khoa học và Công nghệ', 'Các cơ quan, đơn vị liên quan', 'Năm 2025']));
    expect(doc.tasks[1]!.lead.map((a) => a.name)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(doc.tasks[1]!.output).toBe('- Kế hoạch triển khai;');
  });
});
