import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const meta = async (text: string) => (await parse(text)).metadata;

describe('extractMetadata', () => {
  it('reads a plan header with issuer, number, place and date', async () => {
    const m = await meta('ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 4707/KH-UBND\nHải Dương, ngày 24 tháng 12 năm 2021\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2022\nI. MỤC ĐÍCH');
    expect([m.documentType, m.documentNumber, m.documentSymbol, m.issuedDate, m.place, m.title]).toEqual(['Kế hoạch', '4707/KH-UBND', 'KH-UBND', '2021-12-24', 'Hải Dương', 'CẢI CÁCH HÀNH CHÍNH NĂM 2022']);
    expect([m.issuer?.name, m.issuer?.unit, m.issuer?.level, m.issuer?.inferred]).toEqual(['Ủy ban nhân dân tỉnh Hải Dương', 'tỉnh', 'province', false]);
  });

  it('keeps blank fields null and says so (“Số: /QĐ-UBND”, “ngày tháng 12 năm 2020”)', async () => {
    const doc = await parse('Số: /QĐ-UBND\nHoài Nhơn, ngày tháng 12 năm 2020\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\nCHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.');
    const m = doc.metadata;
    expect([m.documentNumber, m.documentSymbol, m.issuedDate, m.issuedDateText]).toEqual([null, 'QĐ-UBND', null, 'ngày tháng 12 năm 2020']);
    expect([m.issuer?.name, m.issuer?.level, m.issuer?.inferred]).toEqual(['Ủy ban nhân dân thị xã Hoài Nhơn', 'district', true]);
    expect(doc.diagnostics.filter((d) => d.code === 'metadata/blank-field')).toHaveLength(2);
  });

  it('knows a centrally-run city is a province-level issuer, a provincial city a district-level one', async () => {
    const hn = await meta('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 1/KH-UBND\nHà Nội, ngày 5 tháng 1 năm 2023');
    const cl = await meta('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CHÍ LINH\nSố: 1/KH-UBND\nChí Linh, ngày 5 tháng 1 năm 2023');
    expect([hn.issuer?.name, hn.issuer?.level, cl.issuer?.level]).toEqual(['Ủy ban nhân dân thành phố Hà Nội', 'province', 'district']);
  });

  it('rejects an impossible issue date', async () => {
    const doc = await parse('Số: 1/KH-UBND\nHà Nội, ngày 30 tháng 02 năm 2023');
    expect(doc.metadata.issuedDate).toBeNull();
    expect(doc.diagnostics.map((d) => d.code)).toContain('metadata/invalid-date');
  });

  it('reads the signer: capacity, position and name', async () => {
    const m = await meta('I. NỘI DUNG\n1. Một.\nNơi nhận:\n- Bộ Nội vụ; (để báo cáo)\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Minh Hùng');
    expect(m.signer && [m.signer.capacity, m.signer.onBehalfOf, m.signer.position, m.signer.name]).toEqual(['KT.', 'Chủ tịch', 'Phó Chủ tịch', 'Nguyễn Minh Hùng']);
    expect(m.recipients.map((r) => [r.text, r.note])).toEqual([['Bộ Nội vụ', 'để báo cáo'], ['Lưu: VT', null]]);
  });

  it('splits the preamble into legal bases and leaves out the enacting clause', async () => {
    const doc = await parse('KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH\nThực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Kế hoạch số 4347/KH-UBND ngày 25/11/2021 của Ủy ban nhân dân tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH');
    expect(doc.metadata.legalBases.map((b) => [b.kind, b.text, b.citationIds])).toEqual([
      ['implementation', 'Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ', ['c1']],
      ['implementation', 'Kế hoạch số 4347/KH-UBND ngày 25/11/2021 của Ủy ban nhân dân tỉnh', ['c2']],
    ]);
  });
});
