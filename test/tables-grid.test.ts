import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { expectSpans } from './helpers/spans.js';

const html = `<html><body>
<p>KẾ HOẠCH</p><p>Phụ lục nhiệm vụ</p>
<table>
<tr><td>Danh mục nhiệm vụ năm 2026</td></tr>
<tr><td>STT</td><td>Nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Thời gian</td></tr>
<tr><td>1</td><td>Ban hành quy chế phối hợp.</td><td rowspan="2">Sở Nội vụ</td><td>Quý I/2026</td></tr>
<tr><td></td><td>Tổ chức tập huấn cho cán bộ cấp xã.</td><td>Quý II/2026</td></tr>
</table>
<p>Các cơ quan triển khai thực hiện.</p>
</body></html>`;

describe('tables carried through from markup', () => {
  it('uses the decoded grid: a title row above the header, a row span, and a row without a number stays its own row', async () => {
    const doc = await parse(Buffer.from(html), { path: 'plan.html', includeText: true });
    expectSpans(doc);
    expect(doc.tables).toHaveLength(1);
    const rows = doc.tables[0]!.rows.map((r) => r.cells.map((c) => c.text));
    expect(rows).toEqual([
      ['1', 'Ban hành quy chế phối hợp.', 'Sở Nội vụ', 'Quý I/2026'],
      ['', 'Tổ chức tập huấn cho cán bộ cấp xã.', 'Sở Nội vụ', 'Quý II/2026'],
    ]);
    expect(doc.tasks.map((t) => t.lead.map((a) => a.name))).toEqual([['Sở Nội vụ'], ['Sở Nội vụ']]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('decode/span-copied');
  });
});
