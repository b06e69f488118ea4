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
