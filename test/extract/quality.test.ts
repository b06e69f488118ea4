import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { documentSummary } from '../../src/cli/summary.js';

const letterhead = `ỦY BAN NHÂN DÂN
TỈNH AN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
An Giang, ngày 05 tháng 3 năm 2025

KẾ HOẠCH
Chuyển đổi số năm 2025
`;

/** A table of two tasks, the first with its lead cell empty. */
const oneTaskWithoutLead = `${letterhead}
I. NHIỆM VỤ
TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian
1\tCập nhật cơ sở dữ liệu\t\tQuý II/2025
2\tRà soát thủ tục hành chính\tSở Tư pháp\tQuý I/2025
`;

describe('quality summary', () => {
  it('finds nothing to review in a plan that was understood', async () => {
    const doc = await parse(`${letterhead}
I. MỤC TIÊU
1. Phấn đấu 100% hồ sơ được xử lý trực tuyến.
II. NHIỆM VỤ
1. Xây dựng kho dữ liệu dùng chung.
- Cơ quan chủ trì: Sở Khoa học và Công nghệ.
- Thời gian thực hiện: Quý II/2025.
`);
    expect(doc.quality).toMatchObject({ needsReview: false, reasons: [], metadataMissing: ['signer'], tasksWithoutLead: 0 });
    expect(doc.quality!.metadataFound).toEqual(['documentType', 'documentNumber', 'issuedDate', 'place', 'issuer', 'title']);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('quality/needs-review');
  });

  it('counts a blank number and day as found, not missing', async () => {
    const doc = await parse(letterhead.replace('12/KH-UBND', '     /KH-UBND').replace('ngày 05', 'ngày     ') + 'I. MỤC TIÊU\n1. Nội dung.\n');
    expect(doc.quality!.metadataFound).toContain('documentNumber');
    expect(doc.quality!.metadataFound).toContain('issuedDate');
  });

  it('asks for review when a core field is missing, with a warning', async () => {
    const doc = await parse('I. MỤC TIÊU\n1. Nâng cao chất lượng dịch vụ công.\n');
    expect(doc.quality!.needsReview).toBe(true);
    expect(doc.quality!.reasons).toContain('missing-metadata');
    expect(doc.quality!.metadataMissing).toEqual(expect.arrayContaining(['documentType', 'documentNumber', 'issuedDate', 'issuer', 'title']));
    expect(doc.diagnostics.find((d) => d.code === 'quality/needs-review')?.message).toContain('missing-metadata');
  });

  it('warns that a README is no plan', async () => {
    const doc = await parse('# kehoach\n\n1. Install it with npm.\n2. Run the tests.\n\n## Usage\n\n- parse a file\n- export the results\n', { path: 'README.md' });
    expect(doc.quality!.reasons).toContain('not-a-plan');
    expect(doc.diagnostics.find((d) => d.code === 'quality/not-a-plan')?.severity).toBe('warning');
  });

  it('does not call a plan without its letterhead “not a plan” when its sections are there', async () => {
    const doc = await parse('I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì triển khai kế hoạch.\n');
    expect(doc.quality!.reasons).not.toContain('not-a-plan');
  });

  it('says when a document has no outline at all', async () => {
    const doc = await parse('Hướng dẫn cài đặt\n\nChạy lệnh npm install rồi npm test.\n');
    expect(doc.quality!.reasons).toEqual(expect.arrayContaining(['missing-metadata', 'no-structure']));
  });

  it('names a section that assigns duties but gave nothing', async () => {
    const doc = await parse(`${letterhead}
I. MỤC TIÊU
1. Nâng cao chất lượng phục vụ.
II. TỔ CHỨC THỰC HIỆN
Các nội dung trên được triển khai theo quy định.
`);
    expect(doc.quality!.reasons).toContain('empty-assignment-section');
    expect(doc.quality!.emptyAssignmentSections).toEqual(['II']);
    const warning = doc.diagnostics.find((d) => d.code === 'quality/empty-assignment-section')!;
    expect(warning.severity).toBe('warning');
    expect(warning.line).toBe(13);
  });

  it('does not call a section empty when it hands its tasks to the appendix', async () => {
    const doc = await parse(`${letterhead}
I. NHIỆM VỤ
Triển khai các nhiệm vụ nêu tại Phụ lục kèm theo.
PHỤ LỤC
TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian
1\tRà soát thủ tục hành chính\tSở Tư pháp\tQuý I/2025
`);
    expect(doc.quality!.emptyAssignmentSections).toEqual([]);
  });

  it('counts table tasks without a lead', async () => {
    const doc = await parse(oneTaskWithoutLead);
    expect(doc.quality).toMatchObject({ tasks: 2, tasksWithLead: 1, tasksWithoutLead: 1, tableRows: 2, raggedRows: 0 });
    expect(doc.quality!.reasons).toContain('tasks-without-lead');
    expect(doc.diagnostics.find((d) => d.code === 'quality/tasks-without-lead')?.message).toContain('1 of 2');
  });

  it('is present on a refused input', async () => {
    const doc = await parse(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0, 1, 2, 3]), { path: 'x.bin' });
    expect(doc.quality!.needsReview).toBe(true);
    expect(doc.quality!.reasons).toContain('errors');
  });
});

describe('documentSummary', () => {
  it('says what the document is, what was found and what is missing', async () => {
    const doc = await parse(oneTaskWithoutLead);
    const lines = documentSummary(doc, 'ke hoach.txt');
    expect(lines[0]).toBe('ke hoach.txt: Kế hoạch, 12/KH-UBND, 2025-03-05, Ủy ban nhân dân tỉnh An Giang');
    expect(lines[1]).toBe('  “Chuyển đổi số năm 2025”');
    expect(lines.join('\n')).toContain('2 tasks (1 without a lead)');
    expect(lines.join('\n')).toContain('missing: signer');
    expect(lines.join('\n')).toContain('needs review: tasks-without-lead');
    expect(lines.at(-1)).toContain("kehoach parse 'ke hoach.txt' --text");
  });
});
