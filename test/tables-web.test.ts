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
