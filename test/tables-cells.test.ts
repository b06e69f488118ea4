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
});
