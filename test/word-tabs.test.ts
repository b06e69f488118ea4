import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

/**
 * fixtures/word-probe-tab-tasks.docx (scripts/make-word-probes.js) is typed
 * with tabs: a letterhead and signature in columns, indented paragraphs, and a
 * tab between each task's labels and values. Word saves the same paragraphs
 * as text with the tabs as they are, and as a web page with each tab a
 * `mso-tab-count` span: all three must read alike.
 */
const probe = 'fixtures/word-probe-tab-tasks.docx';

/** Each body paragraph's text, a w:tab as a tab character. */
async function paragraphsOf(path: string): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
  const unescape = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p\/>/gsu)].map(([, inner = '']) =>
    [...inner.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:tab\/>/gu)].map(([tag, text]) => (tag === '<w:tab/>' ? '\t' : unescape(text ?? ''))).join(''),
  );
}

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const asWebPage = (paragraphs: string[]) =>
  `<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator content="Microsoft Word 15"></head><body lang=VI><div class=WordSection1>\n${paragraphs
    .map((p) => `<p class=MsoNormal>${p === '' ? '&nbsp;' : escapeHtml(p).split('\t').join("<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span>")}</p>`)
    .join('\n')}\n</div></body></html>`;

type Parsed = Awaited<ReturnType<typeof parse>>;
const summary = (doc: Parsed) => ({
  metadata: [doc.metadata.documentNumber, doc.metadata.issuedDate, doc.metadata.place, doc.metadata.issuer?.name, doc.metadata.title, doc.metadata.signer?.name],
  outline: doc.outline.flatMap(function ids(node): string[] {
    return [node.id, ...node.children.flatMap(ids)];
  }),
  tasks: doc.tasks.map((t) => [t.text, t.lead.map((a) => a.name), t.coordinating.map((a) => a.name), t.timeframe?.text ?? null]),
  targets: doc.targets.map((t) => t.text),
  responsibilities: doc.responsibilities.map((r) => r.agency?.name ?? null),
});

describe('a Word plan typed with tabs', () => {
  it('keeps each task label with its value after a tab, and reads a leading tab as indentation', async () => {
    const doc = summary(await parse(readFileSync(probe), { path: probe }));
    expect(doc.tasks).toEqual([
      ['Triển khai hệ thống họp trực tuyến đến cấp xã', ['Phòng Văn hóa và Thông tin huyện'], ['Văn phòng HĐND và UBND huyện', 'UBND các xã, thị trấn'], 'Quý II/2025'],
      ['Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', ['Văn phòng HĐND và UBND huyện'], ['Các phòng chuyên môn thuộc UBND huyện'], 'Tháng 9/2025'],
    ]);
    expect(doc.metadata).toEqual(['64/KH-UBND', '2025-03-14', 'Krông Năng', 'Ủy ban nhân dân huyện Krông Năng', 'Chuyển đổi số trong cơ quan nhà nước huyện năm 2025', 'Nguyễn Thị Mai']);
    expect(doc.outline.filter((id) => !/\.(?:b|p)\d+$/u.test(id))).toEqual(['I', 'I.1', 'I.2', 'I.2.a', 'I.2.b', 'II', 'III', 'III.1', 'III.2', 'IV', 'IV.1', 'IV.2']);
  });

  it('reads the same saved as text (tabs as they are) and as a web page (tabs as mso-tab-count spans)', async () => {
    const paragraphs = await paragraphsOf(probe);
    expect(paragraphs.filter((p) => p.includes('\t')).length).toBeGreaterThan(10);
    const docx = summary(await parse(readFileSync(probe), { path: probe }));
    const text = summary(await parse(Buffer.from(paragraphs.join('\r\n'), 'utf8'), { path: 'ke-hoach.txt' }));
    const page = summary(await parse(Buffer.from(asWebPage(paragraphs), 'utf8'), { path: 'ke-hoach.htm' }));
    expect(text).toEqual(docx);
    expect(page).toEqual(docx);
  });

  it('keeps a team list and a list of places typed with tabs as lines, as text and as a web page', async () => {
    const paragraphs = ['KẾ HOẠCH', 'Kiểm tra công tác văn thư năm 2025', 'I. NHIỆM VỤ', '1. Thành lập Đoàn kiểm tra', 'Trưởng đoàn\tHồ Thị Ngọc', 'Phó Trưởng đoàn\tLưu Văn Khải', '2. Kiểm tra tại các xã sau:', '1\tTân Phú', '2\tBình Minh'];
    const lines = ['Trưởng đoàn', 'Hồ Thị Ngọc', 'Phó Trưởng đoàn', 'Lưu Văn Khải', 'Tân Phú', 'Bình Minh'];
    for (const path of ['ke-hoach.txt', 'ke-hoach.htm']) {
      const input = path.endsWith('.txt') ? paragraphs.join('\r\n') : asWebPage(paragraphs);
      const text = (await parse(Buffer.from(input, 'utf8'), { path, includeText: true })).source.text!.split('\n');
      // Each role stays on the line of its member, each number on its place's: no column read apart.
      for (const [k, name] of [[0, 1], [2, 3]] as const) expect(text.find((l) => l.startsWith(lines[k]!))).toMatch(new RegExp(`^${lines[k]!}\\s+${lines[name]!}$`, 'u'));
      expect(text.filter((l) => /^[12]\s+(?:Tân Phú|Bình Minh)$/u.test(l))).toHaveLength(2);
    }
  });

  it('keeps dash items and a board\'s position⇥name rows typed with tabs as lines, the signature still read in columns', async () => {
    const paragraphs = [
      'KẾ HOẠCH', 'Kiểm tra công tác văn thư năm 2025', 'I. NHIỆM VỤ', '1. Phân công theo dõi các xã:', '- Xã Tân Hòa;\tLê Văn Hùng', '- Xã Đông Lạc.\tHà Văn Đức',
      '2. Thành lập Ban Chỉ đạo', 'TRƯỞNG BAN', 'Chủ tịch UBND huyện\tNông Văn Khánh', 'PHÓ TRƯỞNG BAN', 'Phó Chủ tịch UBND huyện\tLò Thị Hạnh',
      'II. TỔ CHỨC THỰC HIỆN', 'Các xã báo cáo kết quả trước ngày 15/12/2025.', 'Nơi nhận:\tKT. CHỦ TỊCH', '- Như trên;\tPHÓ CHỦ TỊCH', '- Lưu: VT.', '\tLò Thị Hạnh',
    ];
    for (const path of ['ke-hoach.txt', 'ke-hoach.htm']) {
      const input = path.endsWith('.txt') ? paragraphs.join('\r\n') : asWebPage(paragraphs);
      const doc = await parse(Buffer.from(input, 'utf8'), { path, includeText: true });
      const text = doc.source.text!.split('\n');
      for (const [left, name] of [['- Xã Tân Hòa;', 'Lê Văn Hùng'], ['- Xã Đông Lạc.', 'Hà Văn Đức'], ['Chủ tịch UBND huyện', 'Nông Văn Khánh'], ['Phó Chủ tịch UBND huyện', 'Lò Thị Hạnh']]) {
        expect(text.some((l) => l.replace(/\s+/gu, ' ') === `${left!} ${name!}`)).toBe(true);
      }
      expect(doc.metadata.signer?.name).toBe('Lò Thị Hạnh');
    }
  });
});
