import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { codes, shape } from '../helpers/outline.js';

const outline = async (text: string) => {
  const doc = await parse(text);
  return { tree: shape(doc.outline), codes: codes(doc), doc };
};

describe('buildOutline', () => {
  it('nests Roman, Arabic, letters and dashes', async () => {
    const { tree } = await outline('I. MỤC TIÊU\n1. Mục tiêu chung\nNội dung.\n2. Mục tiêu cụ thể\na) Phấn đấu 100%.\n- Một.\n- Hai.\nb) Hai.\nII. NHIỆM VỤ\n1. Thể chế');
    expect(tree).toEqual(['I.', ['1.', ['paragraph'], '2.', ['a)', ['-', '-'], 'b)']], 'II.', ['1.']]);
  });

  it('labels every bullet "-" and keeps its glyph as the marker; + nests under -', async () => {
    const { tree, doc } = await outline('1. Tuyên truyền\n- Trên báo chí:\n+ Báo tỉnh.\n+ Đài phát thanh.\n* Tờ rơi.');
    expect(tree).toEqual(['1.', ['-', ['-', '-', '-']]]);
    const dash = doc.outline[0]!.children[0]!;
    expect(dash.marker).toBe('-');
    expect(dash.children.map((n) => [n.label, n.marker, n.text])).toEqual([['-', '+', 'Báo tỉnh.'], ['-', '+', 'Đài phát thanh.'], ['-', '*', 'Tờ rơi.']]);
  });

  it('makes an appendix a part with its “PHỤ LỤC” as heading, not a numbered item', async () => {
    const { doc } = await outline('I. NHIỆM VỤ\n1. Rà soát.\nPHỤ LỤC I\n1. Danh mục nhiệm vụ.');
    const appendix = doc.outline[1]!;
    expect([appendix.kind, appendix.label, appendix.heading]).toEqual(['appendix', null, 'PHỤ LỤC I']);
    expect(appendix.children.map((n) => n.label)).toEqual(['1.']);
  });

  it('infers levels from the document: a plan may start at "1." with no Roman parent', async () => {
    const { tree, codes: c } = await outline('1. Mục đích\na) Một.\n2. Yêu cầu\na) Hai.\nII. NỘI DUNG\n1. Một.');
    expect(tree).toEqual(['1.', ['a)'], '2.', ['a)'], 'II.', ['1.']]);
    expect(c).toContain('segment/skipped-label');
  });

  it('reads a plan that starts at “II.” and repeats a section number as written', async () => {
    const { tree, codes: c } = await outline('II. NỘI DUNG\n1. Tuyên truyền\n2. Tập huấn\nIV. KINH PHÍ\n1. Ngân sách tỉnh\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp');
    expect(tree).toEqual(['II.', ['1.', '2.'], 'IV.', ['1.'], 'IV.', ['1.']]);
    expect(c).toEqual(expect.arrayContaining(['segment/skipped-label', 'segment/duplicate-label']));
  });

  it('keeps duplicated and out-of-order labels, with diagnostics', async () => {
    const { tree, codes: c, doc } = await outline('1. Một\na) A.\nb) B.\nb) B lần hai.\nc) C.\ne) E.\nf) F.\ng) G.\nd) D.');
    expect(tree).toEqual(['1.', ['a)', 'b)', 'b)', 'c)', 'e)', 'f)', 'g)', 'd)']]);
    expect(c).toEqual(expect.arrayContaining(['segment/duplicate-label', 'segment/skipped-label', 'segment/nonstandard-letter', 'segment/out-of-order-label']));
    expect(doc.outline[0]!.children.map((n) => n.id)).toEqual(['1.a', '1.b', '1.b~2', '1.c', '1.e', '1.f', '1.g', '1.d']);
  });

  it('numbers articles on across chapters: “Điều 3.” opening Chương II skips nothing; a restart there is out of order', async () => {
    const on = await outline('QUYẾT NGHỊ:\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nĐiều 2. Đối tượng\nChương II\nTỔ CHỨC THỰC HIỆN\nĐiều 3. Trách nhiệm\nĐiều 5. Hiệu lực');
    expect(on.codes.filter((c) => c.startsWith('segment/'))).toEqual(['segment/skipped-label']);
    expect(on.doc.diagnostics.find((d) => d.code === 'segment/skipped-label')!.message).toContain('Điều 5.');
    const again = await outline('Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nĐiều 2. Đối tượng\nChương II\nTỔ CHỨC THỰC HIỆN\nĐiều 1. Trách nhiệm');
    expect(again.codes).toContain('segment/out-of-order-label');
  });

  it('nests decimals under their number and reports a missing parent', async () => {
    const { tree, codes: c, doc } = await outline('II. NỘI DUNG\n4. Về công bố\n4.1. Rà soát.\n4.2. Đăng nhập.\n3.1. Tổ chức.\n- Cơ quan chủ trì: Sở Nội vụ.');
    expect(tree).toEqual(['II.', ['4.', ['4.1.', '4.2.'], '3.1.', ['-']]]);
    expect(c).toContain('segment/missing-parent');
    expect(doc.outline[0]!.children[0]!.children.map((n) => n.id)).toEqual(['II.4.1', 'II.4.2']);
  });

  it('puts a decision’s articles and the plan it issues side by side', async () => {
    const text = [
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2024.',
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Lâm Văn Bi',
      'KẾ HOẠCH',
      'CẢI CÁCH HÀNH CHÍNH NĂM 2024',
      '(Kèm theo Quyết định số 137/QĐ-UBND ngày 24/01/2024)',
      'I. MỤC TIÊU',
      '1. Mục tiêu chung',
    ].join('\n');
    const { tree, doc } = await outline(text);
    expect(tree).toEqual(['Điều 1.', 'Điều 2.', 'instrument', ['I.', ['1.']]]);
    expect(doc.outline[2]!.heading).toBe('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024');
    expect(doc.metadata.attachedInstrument?.title).toBe('CẢI CÁCH HÀNH CHÍNH NĂM 2024');
  });

  it('starts a plan attached after the signature at the top, even without its type line', async () => {
    const text = [
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phổ biến pháp luật.',
      'Điều 2. Các Bộ trưởng chịu trách nhiệm thi hành Quyết định này.',
      'KT. THỦ TƯỚNG',
      'PHÓ THỦ TƯỚNG',
      'Trần Văn An',
      'Thực hiện Luật Phổ biến, giáo dục pháp luật',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
    ].join('\n');
    const { tree } = await outline(text);
    expect(tree).toEqual(['Điều 1.', 'Điều 2.', 'paragraph', 'I.', ['1.']]);
  });

  it('reads “(1)” items as a level below letters, and “a.” as a letter', async () => {
    const { tree, doc } = await outline('1. Mục tiêu cụ thể\na. Đến năm 2026:\n(1) 100% hồ sơ được số hóa.\n(2) 90% người dân hài lòng.\nb. Đến năm 2030:\n(1) 100% thủ tục trực tuyến.');
    expect(tree).toEqual(['1.', ['a.', ['(1)', '(2)'], 'b.', ['(1)']]]);
    expect(doc.outline[0]!.children[0]!.children.map((n) => n.id)).toEqual(['1.a.1', '1.a.2']);
  });

  it('keeps an appendix’s rows under it and reads a lone label between “|” lines as a table cell', async () => {
    const { tree } = await outline('I. NỘI DUNG\n1. Quan trắc\nPHỤ LỤC II\nDỰ TOÁN KINH PHÍ\n|\nTT\n|\nChỉ tiêu\n|\n1.1\n|\nVùng nuôi tôm\n|\n1.2. Ghi chú cách tính');
    expect(tree[0]).toBe('I.');
    expect(tree[2]).toBe('appendix');
    expect((tree[3] as unknown[]).filter((n) => n !== 'paragraph' && n !== 'table')).toEqual(['1.2.']);
  });

  it('gives a dash ending in ":" the paragraphs under it (targets under “Đến năm 2025:”)', async () => {
    const { tree } = await outline('a) Mục tiêu:\n- Đến năm 2025:\n80% hồ sơ được xử lý.\n100% thủ tục được công bố.\n- Đến năm 2030:\n90% người dân hài lòng.\nb) Nhiệm vụ:');
    expect(tree).toEqual(['a)', ['-', ['paragraph', 'paragraph'], '-', ['paragraph']], 'b)']);
  });

  it('puts the closing paragraph at the top of its part', async () => {
    const { tree, doc } = await outline('I. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Chủ trì.\nTrên đây là Kế hoạch cải cách hành chính năm 2024.');
    expect(tree).toEqual(['I.', ['1.', ['-']], 'paragraph']);
    expect(doc.outline[1]!.role).toBe('closing');
  });

  it('marks headings and their roles, and leaves content items alone', async () => {
    const { doc } = await outline('I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\n- Chủ trì.\n2. Sở Tài chính bố trí kinh phí.');
    const [purpose, implementation] = doc.outline;
    expect([purpose!.heading, purpose!.role]).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'purpose']);
    expect([implementation!.heading, implementation!.role]).toEqual(['TỔ CHỨC THỰC HIỆN', 'implementation']);
    expect(implementation!.children[0]!.heading).toBe('Sở Nội vụ');
    expect(implementation!.children[1]!.heading).toBeNull();
  });

  it('says so when a text has no outline at all', async () => {
    const { tree, codes: c } = await outline('Một đoạn văn không có cấu trúc.');
    expect(tree).toEqual(['paragraph']);
    expect(c).toContain('segment/no-structure');
  });
});
