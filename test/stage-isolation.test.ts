import { describe, expect, it, vi } from 'vitest';

// A bug in one extraction stage, simulated: it must cost that stage only.
vi.mock('../src/extract/targets.js', () => ({
  extractTargets: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'text')");
  },
}));

const { parse } = await import('../src/index.js');
const { createValidator } = await import('../src/schema/validate.js');

describe('a stage that throws', () => {
  const plan = `ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 12/KH-UBND
An Giang, ngày 05 tháng 3 năm 2025

KẾ HOẠCH
Chuyển đổi số năm 2025

I. MỤC TIÊU
1. Phấn đấu 100% hồ sơ được xử lý trực tuyến.
II. NHIỆM VỤ
1. Xây dựng kho dữ liệu dùng chung.
- Cơ quan chủ trì: Sở Khoa học và Công nghệ.
`;

  it('loses only its own items, with an error naming the stage and no stack trace', async () => {
    const doc = await parse(plan);
    expect(doc.targets).toEqual([]);
    expect(doc.metadata.documentNumber).toBe('12/KH-UBND');
    expect(doc.outline.map((n) => n.label)).toEqual(['I.', 'II.']);
    expect(doc.tasks.length).toBe(1);
    const error = doc.diagnostics.find((d) => d.code === 'internal/exception')!;
    expect(error.severity).toBe('error');
    expect(error.message).toContain('targets stage failed');
    expect(error.message).not.toMatch(/\n\s+at /);
    expect(createValidator()(doc)).toEqual([]);
  });
});

describe('parse() with arguments a JavaScript caller may pass', () => {
  it.each([null, undefined, 42, {}, [1, 2], true])('answers %j with an error diagnostic, never a throw', async (input) => {
    const doc = await parse(input as unknown as string);
    expect(doc.diagnostics.map((d) => [d.severity, d.code])).toContainEqual(['error', 'decode/bad-input']);
    expect(createValidator()(doc)).toEqual([]);
  });

  it('tolerates null options', async () => {
    const doc = await parse('I. MỤC TIÊU', null as never);
    expect(doc.outline.length).toBe(1);
  });

  it('refuses an input over maxBytes before hashing or decoding it', async () => {
    const doc = await parse('x'.repeat(2_000), { maxBytes: 1_000 });
    expect(doc.diagnostics.map((d) => d.code)).toContain('decode/too-large');
    expect(doc.source.bytes).toBe(2_000);
  });
});
