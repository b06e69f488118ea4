import { withWorkCounter } from '../src/grammar/registry.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createReporter } from '../src/core/diagnostic.js';
import { parse } from '../src/index.js';
import { normalize } from '../src/normalize/index.js';
import { findTables } from '../src/tables/index.js';
import { expectSpans } from './helpers/spans.js';

/** A web capture: each cell on its own lines, a lone `|` after it, a `|` opening each row. */
const web = (rows: string[][], before = 'PHỤ LỤC\n\n', after = '\nCác cơ quan triển khai thực hiện.\n') =>
  before + rows.map((cells) => ['|', ...cells.flatMap((c) => (c === '' ? ['|'] : [c, '|']))].join('\n')).join('\n') + '\n' + after;

const load = async (text: string, name = 'plan.md') => parse(Buffer.from(text), { path: name, includeText: true });

describe('tables as the legal portal saves them (| cell rows)', () => {
  it('reads group rows, a merged lead cell, a two-level header and empty trailing cells', async () => {
    const doc = await load(readFileSync('fixtures/table-web-appendix.md', 'utf8'));
    expectSpans(doc);
    const [table] = doc.tables;
    expect(table!.columns.map((c) => c.role)).toEqual(['number', 'task', 'unknown', 'unknown', 'lead', 'coordinating', 'timeframe', 'note']);
    expect(table!.columns.slice(2, 4).map((c) => c.header)).toEqual(['2026', '2027']);
    expect(table!.rows.map((r) => r.kind)).toEqual(['group', 'row', 'row', 'group', 'row']);
    for (const row of table!.rows.filter((r) => r.kind === 'row')) expect(row.cells).toHaveLength(8);
    // Row 2's lead cell is merged with row 1's: it is copied down, and said so.
    expect(table!.rows[2]!.cells[4]!.text).toBe('Sở Khoa học và Công nghệ');
    expect(table!.rows[2]!.cells[5]!.text).toBe('Sở Tư pháp');
    expect(doc.diagnostics.map((d) => d.code)).toContain('tables/merged-cell');
    expect(doc.tasks.map((t) => [t.group, t.lead.map((a) => a.name)])).toEqual([
      ['HOÀN THIỆN THỂ CHẾ', ['Sở Khoa học và Công nghệ']],
      ['HOÀN THIỆN THỂ CHẾ', ['Sở Khoa học và Công nghệ']],
      ['HẠ TẦNG SỐ', ['Sở Khoa học và Công nghệ']],
    ]);
  });

  it('reads an indicator table: the indicator is the task, the result its output, the monitoring agency its lead', async () => {
    const doc = await load(readFileSync('fixtures/table-web-indicators.md', 'utf8'));
    expectSpans(doc);
    expect(doc.tables[0]!.columns.map((c) => c.role)).toEqual(['number', 'task', 'unknown', 'output', 'lead']);
    expect(doc.tasks.map((t) => [t.output, t.lead.map((a) => a.name)])).toEqual([
      ['80%', ['Văn phòng Ủy ban nhân dân tỉnh']],
      ['90%', ['Sở Nội vụ']],
    ]);
  });

  it('never takes a group title for a lead or a row number for a task', async () => {
    const doc = await load(
      web([
        ['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian'],
        ['I', 'NHÓM GIẢI PHÁP VỀ CƠ CHẾ'],
        ['1', 'Rà soát các cơ chế khuyến khích đầu tư.', 'Sở Tài chính', 'Các sở, ngành', 'Thường xuyên'],
        ['2', 'Ban hành quy chế phối hợp.', 'Sở Nội vụ', '', '2026'],
      ]),
    );
    expectSpans(doc);
    expect(doc.tasks.map((t) => [t.text, t.lead.map((a) => a.name), t.coordinating.length])).toEqual([
      ['Rà soát các cơ chế khuyến khích đầu tư.', ['Sở Tài chính'], 1],
      ['Ban hành quy chế phối hợp.', ['Sở Nội vụ'], 0],
    ]);
  });

  it('ends a short row (its last cell merged away) at the | that opens the next row', async () => {
    const doc = await load(
      web([
        ['STT', 'Điểm quan trắc', 'Cơ quan chủ trì', 'Ghi chú'],
        ['1', 'Vùng nuôi tôm nước lợ', 'Sở Nông nghiệp và Môi trường'],
        ['Điểm lấy mẫu theo thực tế', 'Sở Nông nghiệp và Môi trường', 'Lấy mẫu đại diện'],
        ['2', 'Vùng nuôi cá lồng bè', 'Sở Nông nghiệp và Môi trường', 'Hằng năm'],
      ]),
    );
    expectSpans(doc);
    expect(doc.tables[0]!.rows.map((r) => r.cells[0]!.text)).toEqual(['1', 'Điểm lấy mẫu theo thực tế', '2']);
  });

  it('leaves a two-column letterhead between | lines alone', async () => {
    const doc = await load(web([['ỦY BAN NHÂN DÂN TỈNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc']], '', '\nKẾ HOẠCH\n\nChuyển đổi số\n'));
    expect(doc.tables).toEqual([]);
  });

  it('takes no tasks from a table without an agency column (budget figures)', async () => {
    const doc = await load(
      web([
        ['STT', 'Nội dung', 'Đơn vị tính', 'Năm 2026', 'Năm 2027'],
        ['1', 'Tổng thu ngân sách trên địa bàn', 'Tỷ đồng', '10.500', '11.200'],
        ['2', 'Chi đầu tư phát triển', 'Tỷ đồng', '3.100', '3.400'],
      ]),
    );
    expect(doc.tables[0]!.rows).toHaveLength(2);
    expect(doc.tasks.filter((t) => t.source === 'table')).toEqual([]);
  });

  it('finds tables with a bounded look-ahead (header words repeated 10,000 times)', async () => {
    // Quadratic, this took 30 s; its growth is counted in test/pathological.test.ts.
    const doc = await load('STT\n|\n'.repeat(10_000), 'plan.txt');
    expect(doc.tables).toEqual([]);
  });
});

describe('pipe rows with holes', () => {
  it('never leaves a hole in a row continued by a longer row', async () => {
    const doc = await load('| STT | Nhiệm vụ | Cơ quan chủ trì |\n| 1 |\n| | | Sở Nội vụ |\n', 'plan.txt');
    const row = doc.tables[0]!.rows[0]!;
    expect(row.cells).toHaveLength(3);
    expect(row.cells.every((c) => c !== undefined && typeof c.text === 'string')).toBe(true);
    expect(row.cells[2]!.text).toBe('Sở Nội vụ');
  });
});

describe('web tables in linear time', () => {
  it('reads the | stream only as far as each table goes', async () => {
    // Each block opens a table that ends at once (a paragraph where a row should start).
    const block = '|\nSTT\n|\nNhiệm vụ\n|\nCơ quan chủ trì\n|\n|\nĐoạn văn này không phải là một hàng của bảng mà là phần lời văn tiếp theo của kế hoạch.\n|\nKết thúc\n';
    const work = async (n: number) => {
      const reporter = createReporter();
      const normalized = normalize(block.repeat(n), reporter);
      const { result, work: counted } = await withWorkCounter(() => findTables(normalized, reporter));
      expect(result).toHaveLength(n);
      return counted;
    };
    // Quadratic, every table re-read the rest of the stream (over a minute at 3,000); linear work grows 4× for 4×.
    const [small, large] = [await work(750), await work(3_000)];
    expect(large.executions / small.executions).toBeLessThanOrEqual(5);
    expect(large.characters / small.characters).toBeLessThanOrEqual(5);
  });
});

describe('pipe rows the crawler broke across lines', () => {
  it('reads rows broken in different cells, a group row, a merged lead and a cell with a line break inside', async () => {
    const doc = await load(readFileSync('fixtures/table-web-broken-provincial.md', 'utf8'));
    expectSpans(doc);
    const [table] = doc.tables;
    expect(table!.columns.map((c) => c.role)).toEqual(['number', 'task', 'lead', 'coordinating', 'timeframe']);
    expect(table!.rows.map((r) => [r.kind, r.number])).toEqual([
      ['group', 'I'],
      ['row', '1'],
      ['row', '2'],
      ['group', 'II'],
      ['row', '3'],
      ['row', '4'],
      ['row', '5'],
    ]);
    for (const row of table!.rows) expect(row.cells).toHaveLength(5);
    // Row 2's lead cell is merged with row 1's: the row ends short, before the group label, and takes it.
    expect(table!.rows[2]!.cells[2]!.text).toBe('Sở Tư pháp');
    expect(doc.tasks.map((t) => [t.group, t.lead.map((a) => a.name), t.coordinating.length, t.timeframe?.end])).toEqual([
      ['CẢI CÁCH THỂ CHẾ', ['Sở Tư pháp'], 1, '2026-06-30'],
      ['CẢI CÁCH THỂ CHẾ', ['Sở Tư pháp'], 2, '2026-09-30'],
      ['CẢI CÁCH THỦ TỤC HÀNH CHÍNH', ['Văn phòng Ủy ban nhân dân tỉnh'], 1, '2026-06-30'],
      ['CẢI CÁCH THỦ TỤC HÀNH CHÍNH', ['Sở Khoa học và Công nghệ'], 2, '2026-12-31'],
      ['CẢI CÁCH THỦ TỤC HÀNH CHÍNH', ['Sở Nội vụ'], 1, '2026-12-31'],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['tables/broken-row', 'tables/merged-cell']));
  });

  it('moves a row whose number cell was merged away under its headers and drops filler rows', async () => {
    const doc = await load(readFileSync('fixtures/table-web-broken-padded.md', 'utf8'));
    expectSpans(doc);
    const rows = doc.tables[0]!.rows;
    expect(rows.map((r) => [r.kind, r.number])).toEqual([
      ['group', 'A'],
      ['row', '1'],
      ['row', null],
      ['group', 'B'],
      ['row', '2'],
      ['row', '3'],
    ]);
    expect(rows[2]!.cells.map((c) => c.text)).toEqual(['', 'Quyết định ban hành quy chế quản lý dữ liệu dùng chung của tỉnh', 'Sở Khoa học và Công nghệ', 'Văn phòng Ủy ban nhân dân tỉnh', 'Quý III năm 2026', 'Quyết định của Ủy ban nhân dân tỉnh']);
    expect(doc.tasks.map((t) => [t.output, t.timeframe?.end])).toEqual([
      ['Nghị quyết của Hội đồng nhân dân tỉnh', '2026-07-31'],
      ['Quyết định của Ủy ban nhân dân tỉnh', '2026-09-30'],
      ['Báo cáo kết quả tập huấn', '2026-10-31'],
      ['Báo cáo đánh giá', '2026-12-31'],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('tables/merged-number');
  });

  it('reads broken rows without a number column, each cell’s text on the line it is on', async () => {
    const doc = await load(readFileSync('fixtures/table-web-broken-no-number.md', 'utf8'));
    expectSpans(doc);
    const rows = doc.tables[0]!.rows;
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Xây dựng cơ sở dữ liệu đất đai của các xã, phường còn lại', 'Sở Nông nghiệp và Môi trường', 'Sở Tài chính; Ủy ban nhân dân cấp xã', 'Năm 2026', ''],
      ['Tổ chức các lớp bồi dưỡng nghiệp vụ cho công chức địa chính cấp xã', 'Sở Nông nghiệp và Môi trường', 'Sở Nội vụ', 'Quý III năm 2026', 'Mỗi năm 02 lớp'],
      ['Kiểm tra việc cập nhật, chỉnh lý biến động đất đai', 'Văn phòng Ủy ban nhân dân tỉnh', 'Các sở, ngành liên quan', 'Tháng 11 năm 2026', ''],
    ]);
    expect(rows[0]!.cells[1]!.span.line).toBe(rows[0]!.cells[0]!.span.line + 1);
    expect(doc.tasks.map((t) => t.note)).toEqual([null, 'Mỗi năm 02 lớp', null]);
    // As plain text no line is joined: the time cell stands alone on the line between two rows' `|`s.
    const input = readFileSync('fixtures/table-web-broken-no-number.md', 'utf8');
    const plain = await load(input, 'plan.txt');
    const time = plain.tables[0]!.rows[1]!.cells[3]!;
    expect([time.text, time.span.line]).toEqual(['Quý III năm 2026', input.split('\n').indexOf('Quý III năm 2026') + 1]);
  });

  it('reads the same rows from plain text, and ends the table at a paragraph after a closed row', async () => {
    const rows = [
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |',
      '| 1 | Kiện toàn Ban Chỉ đạo cải cách hành chính',
      '| Sở Nội vụ | Quý I năm 2026 |',
      '| 2 | Kiểm tra công tác cải cách hành chính | Sở Nội vụ | Quý III năm 2026 |',
      'Kinh phí thực hiện từ nguồn ngân sách tỉnh.',
    ].join('\n');
    for (const name of ['plan.md', 'plan.txt']) {
      const doc = await load(`KẾ HOẠCH\n\nPHỤ LỤC\n\n${rows}\n`, name);
      expectSpans(doc);
      expect(doc.tables[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
        ['1', 'Kiện toàn Ban Chỉ đạo cải cách hành chính', 'Sở Nội vụ', 'Quý I năm 2026'],
        ['2', 'Kiểm tra công tác cải cách hành chính', 'Sở Nội vụ', 'Quý III năm 2026'],
      ]);
      // In markdown the paragraph runs on from the last row's line (no blank line between them): no row.
      if (name === 'plan.txt') expect(doc.source.text!.split('\n')).toContain('Kinh phí thực hiện từ nguồn ngân sách tỉnh.');
    }
  });

  it('never gives a row more cells than the header: empty cells past it on the row’s line are padding', async () => {
    const doc = await load('PHỤ LỤC\n\n| STT | Nhiệm vụ | Cơ quan chủ trì |\n| 1 | Rà soát quy trình nội bộ | Sở Tài chính | | |\n| 2 | Công khai danh mục dữ liệu\n| Sở Khoa học và Công nghệ |\n', 'plan.md');
    expect(doc.tables[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['1', 'Rà soát quy trình nội bộ', 'Sở Tài chính'],
      ['2', 'Công khai danh mục dữ liệu', 'Sở Khoa học và Công nghệ'],
    ]);
  });

  it('reads a header row broken where a header cell held a line break', async () => {
    for (const name of ['plan.md', 'plan.txt']) {
      const doc = await load('PHỤ LỤC\n\n| STT | Nhiệm vụ\n| Cơ quan chủ trì | Thời gian |\n| 1 | Rà soát thủ tục hành chính nội bộ\n| Sở Tư pháp | Quý II năm 2026 |\n', name);
      expectSpans(doc);
      expect(doc.tables[0]!.columns.map((c) => c.role)).toEqual(['number', 'task', 'lead', 'timeframe']);
      expect(doc.tables[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['1', 'Rà soát thủ tục hành chính nội bộ', 'Sở Tư pháp', 'Quý II năm 2026']]);
    }
  });

  it('leaves whole pipe rows to the row reader', async () => {
    const doc = await load('PHỤ LỤC\n\n| STT | Nhiệm vụ | Cơ quan chủ trì |\n| 1 | Rà soát quy trình nội bộ | Sở Tài chính |\n| 2 | Công khai danh mục dữ liệu | Sở Khoa học và Công nghệ |\n', 'plan.txt');
    expect(doc.tables[0]!.rows).toHaveLength(2);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('tables/broken-row');
  });

  it('reads broken rows in linear time', async () => {
    const block = '| STT | Nhiệm vụ | Cơ quan chủ trì |\n| 1 | Rà soát quy trình\n| Sở Tài chính |\n\n';
    const work = async (text: string, tables: number) => {
      const reporter = createReporter();
      const normalized = normalize(text, reporter, { softBreaks: true });
      const { result, work: counted } = await withWorkCounter(() => findTables(normalized, reporter));
      expect(result).toHaveLength(tables);
      return counted;
    };
    const [small, large] = [await work(block.repeat(500), 500), await work(block.repeat(2_000), 2_000)];
    expect(large.executions / small.executions).toBeLessThanOrEqual(5);
    expect(large.characters / small.characters).toBeLessThanOrEqual(5);
  });
});
