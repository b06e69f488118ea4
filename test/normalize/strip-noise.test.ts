import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { withWorkCounter } from '../../src/grammar/registry.js';
import { createReporter } from '../../src/core/diagnostic.js';
import { stripNoise } from '../../src/normalize/strip-noise.js';
import type { WorkLine } from '../../src/normalize/types.js';

describe('stripNoise', () => {
  it('drops a portal’s copyright banner and cuts its trailing apparatus where it begins', async () => {
    const doc = await parse(
      [
        'Bản dịch này thuộc quyền sở hữu của **',
        'THƯ VIỆN PHÁP LUẬT** has the copyright on this translation.',
        'Click vào phần bôi vàng để xem chi tiết.',
        'KẾ HOẠCH',
        'PHÒNG CHỐNG DỊCH BỆNH',
        'I. MỤC ĐÍCH',
        '1. Bảo vệ sức khỏe Nhân dân.',
        'Kế hoạch 12/KH-UBND năm 2025 phòng chống dịch bệnh do Ủy ban nhân dân tỉnh ban hành',
        'Văn bản này chưa cập nhật nội dung Tiếng Anh',
        'II. TÀI KHOẢN',
        '- Bạn vừa bị Đăng xuất khỏi Tài khoản .',
      ].join('\n'),
    );
    const text = doc.outline.map((n) => n.label).join(' ');
    expect(text).toBe('I.');
    expect(doc.metadata.title).toBe('PHÒNG CHỐNG DỊCH BỆNH');
    expect(doc.diagnostics.find((d) => d.code === 'normalize/boilerplate')?.message).toMatch(/7 at lines 1, 2, 3, 8, 9, 10, 11/u);
  });

  it('cuts only at a marker in the second half of the text: one near the top is a stray line, dropped alone', async () => {
    const lines = ['Văn bản này chưa cập nhật nội dung Tiếng Anh', 'KẾ HOẠCH', 'PHÒNG CHỐNG DỊCH BỆNH', 'I. MỤC ĐÍCH', '1. Bảo vệ sức khỏe.', 'II. NHIỆM VỤ', '1. Tuyên truyền.', '2. Kiểm tra.', 'III. TỔ CHỨC THỰC HIỆN', '1. Sở Y tế chủ trì.'];
    const doc = await parse(lines.join('\n'));
    expect(doc.outline.map((n) => n.label)).toEqual(['I.', 'II.', 'III.']);
    expect(doc.diagnostics.find((d) => d.code === 'normalize/boilerplate')?.message).toMatch(/1 at line 1\b/u);
  });

  it('keeps a document line that only mentions its own English version or attachments', async () => {
    const doc = await parse('KẾ HOẠCH\nTHỬ NGHIỆM\nI. NỘI DUNG\n1. Tài liệu đính kèm theo văn bản này gồm bản tiếng Anh.\nII. TỔ CHỨC');
    expect(doc.outline.map((n) => n.label)).toEqual(['I.', 'II.']);
  });

  it('drops a site footer’s copyright and contact lines, so the last section does not take them as an agency’s duty', async () => {
    const doc = await parse(
      ['KẾ HOẠCH', 'PHÒNG CHỐNG DỊCH BỆNH', 'I. TỔ CHỨC THỰC HIỆN', '1. Sở Y tế chủ trì, hướng dẫn thực hiện.', '2. Cổng thông tin điện tử tỉnh', 'Địa chỉ: 12 đường Lê Lợi; Điện thoại: 0210.3812.345', 'Bản quyền thuộc về Văn phòng Ủy ban nhân dân tỉnh'].join('\n'),
    );
    expect(doc.responsibilities.map((r) => r.agency.name)).toEqual(['Sở Y tế']);
    expect(doc.diagnostics.find((d) => d.code === 'normalize/boilerplate')?.message).toMatch(/2 at lines 6, 7\b/u);
  });

  it('keeps an address and telephone line the plan gives itself, before its end', async () => {
    const doc = await parse(['KẾ HOẠCH', 'TIẾP NHẬN HỒ SƠ', 'I. NỘI DUNG', '1. Địa điểm tiếp nhận', 'Địa chỉ: số 01 Trần Phú; Điện thoại: 0258.3822.111', '2. Thời gian tiếp nhận: giờ hành chính.'].join('\n'), { includeText: true });
    expect(doc.source.text).toContain('Địa chỉ: số 01 Trần Phú; Điện thoại: 0258.3822.111');
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('normalize/boilerplate');
  });

  it('drops the same lines whether the rules run as one combined test or one by one (while work is counted)', async () => {
    const texts = ['KẾ HOẠCH', 'Thư viện pháp luật', '- 3 Quyết định 15/2024/QĐ-UBND về việc ban hành quy chế', '-----', '1. Sở Y tế chủ trì triển khai.', 'Tải văn bản', '* Copyright © 2025', '- 12 học sinh được khen thưởng'];
    const lines: WorkLine[] = texts.map((text, i) => ({ text, line: i + 1, lastLine: i + 1, placeholder: false }));
    const combined = stripNoise(lines, createReporter()).map((l) => l.text);
    const oneByOne = (await withWorkCounter(() => stripNoise(lines, createReporter()))).result.map((l) => l.text);
    expect(combined).toEqual(['KẾ HOẠCH', '1. Sở Y tế chủ trì triển khai.', '- 12 học sinh được khen thưởng']);
    expect(oneByOne).toEqual(combined);
  });
});
