import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const headers = async (text: string, path: string) => (await parse(Buffer.from(text), { path })).tables.map((t) => [t.columns.map((c) => c.header).join(' | '), t.rows.length]);

describe('tables written one row per line', () => {
  const tasks = ['TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian', '1\tRà soát thủ tục hành chính\tSở Tư pháp\tQuý I/2025'];
  const indicators = ['TT\tChỉ tiêu\tNăm 2025', '1\tTỷ lệ hồ sơ trực tuyến\t80%'];

  it('starts a new table at a header of other columns after a blank line (two tables one after the other)', async () => {
    expect(await headers(['KẾ HOẠCH', 'Cải cách hành chính', '', ...tasks, '', ...indicators].join('\n'), 'plan.txt')).toEqual([
      ['TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian', 1],
      ['TT | Chỉ tiêu | Năm 2025', 1],
    ]);
    const pipes = (rows: string[]) => rows.map((r, i) => `| ${r.split('\t').join(' | ')} |${i === 0 ? `\n|${'---|'.repeat(r.split('\t').length)}` : ''}`).join('\n');
    expect(await headers(['KẾ HOẠCH', 'Cải cách hành chính', '', pipes(tasks), '', pipes(indicators)].join('\n'), 'plan.md')).toHaveLength(2);
  });

  it('still drops the same header repeated after a page break, and goes on', async () => {
    const text = ['KẾ HOẠCH', 'Cải cách hành chính', '', ...tasks, '', tasks[0], '2\tCông khai thủ tục\tVăn phòng UBND tỉnh\tQuý II/2025'].join('\n');
    expect(await headers(text, 'plan.txt')).toEqual([['TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian', 2]]);
  });
});
