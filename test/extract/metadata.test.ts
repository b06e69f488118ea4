import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const meta = async (text: string) => (await parse(text)).metadata;

describe('extractMetadata', () => {
  it('reads a plan header with issuer, number, place and date', async () => {
    const m = await meta('ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 4707/KH-UBND\nHải Dương, ngày 24 tháng 12 năm 2021\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2022\nI. MỤC ĐÍCH');
    expect([m.documentType, m.documentNumber, m.documentSymbol, m.issuedDate, m.place, m.title]).toEqual(['Kế hoạch', '4707/KH-UBND', 'KH-UBND', '2021-12-24', 'Hải Dương', 'CẢI CÁCH HÀNH CHÍNH NĂM 2022']);
    expect([m.issuer?.name, m.issuer?.unit, m.issuer?.level, m.issuer?.inferred]).toEqual(['Ủy ban nhân dân tỉnh Hải Dương', 'tỉnh', 'province', false]);
  });

  it('keeps a ministry’s two-part field in capitals (“Bộ Nông nghiệp và Môi trường”), and a plan title that ends with “của” its issuer', async () => {
    const m = await meta('BỘ KHOA HỌC VÀ CÔNG NGHỆ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/KH-BKHCN\nHà Nội, ngày 02 tháng 4 năm 2025\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2025 CỦA BỘ KHOA HỌC VÀ CÔNG NGHỆ\nI. MỤC ĐÍCH');
    expect([m.issuer?.name, m.issuer?.level, m.title]).toEqual(['Bộ Khoa học và Công nghệ', 'central', 'CHUYỂN ĐỔI SỐ NĂM 2025 CỦA BỘ KHOA HỌC VÀ CÔNG NGHỆ']);
    const department = await meta('UBND TỈNH AN THUẬN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 40/KH-SGDĐT\nAn Thuận, ngày 02 tháng 4 năm 2025\nKẾ HOẠCH\nTuyển sinh năm học 2025 - 2026\nI. MỤC ĐÍCH');
    expect(department.issuer?.name).toBe('Sở Giáo dục và Đào tạo tỉnh An Thuận');
  });

  it('gives a central issuer, which names no unit or locality, the central level', async () => {
    const levels = await Promise.all(
      ['THỦ TƯỚNG CHÍNH PHỦ', 'BỘ NỘI VỤ', 'ỦY BAN THƯỜNG VỤ QUỐC HỘI'].map(async (body) => (await meta(`${body}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/KH-BNV\nHà Nội, ngày 02 tháng 4 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC ĐÍCH`)).issuer?.level),
    );
    expect(levels).toEqual(['central', 'central', 'central']);
  });

  it('names a unit with a locality of its own by itself, under a superior body of another level', async () => {
    const union = await meta('HỘI LHPN HUYỆN ĐỨC AN\nBAN CHẤP HÀNH HỘI LHPN\nXÃ BÌNH LẠC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 07/KH-HPN\nBình Lạc, ngày 20 tháng 3 năm 2025\nKẾ HOẠCH\nTuyên truyền năm 2025\nI. MỤC ĐÍCH');
    expect([union.issuer?.name, union.issuer?.unit, union.issuer?.locality, union.issuer?.level]).toEqual(['Ban chấp hành hội LHPN xã Bình Lạc', 'xã', 'Bình Lạc', 'commune']);
    // A unit without a locality is named with its parent's (“Ban Thường trực Ủy ban MTTQ Việt Nam xã …”).
    const front = await meta('ỦY BAN MTTQ VIỆT NAM\nXÃ BÌNH LẠC\nBAN THƯỜNG TRỰC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-MTTQ-BTT\nBình Lạc, ngày 2 tháng 4 năm 2025\nKẾ HOẠCH\nGiám sát năm 2025\nI. MỤC ĐÍCH');
    expect(front.issuer?.name).toBe('Ban Thường trực Ủy ban MTTQ Việt Nam xã Bình Lạc');
  });

  it('keeps blank fields null and says so (“Số: /QĐ-UBND”, “ngày tháng 12 năm 2020”)', async () => {
    const doc = await parse('Số: /QĐ-UBND\nHoài Nhơn, ngày tháng 12 năm 2020\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\nCHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.');
    const m = doc.metadata;
    expect([m.documentNumber, m.documentSymbol, m.issuedDate, m.issuedDateText]).toEqual([null, 'QĐ-UBND', null, 'ngày tháng 12 năm 2020']);
    expect([m.issuer?.name, m.issuer?.level, m.issuer?.inferred]).toEqual(['Ủy ban nhân dân thị xã Hoài Nhơn', 'district', true]);
    expect(doc.diagnostics.filter((d) => d.code === 'metadata/blank-field')).toHaveLength(2);
  });

  it('finds a letterhead without a type line below a site’s menu and breadcrumb', async () => {
    const m = await meta('Trang chủ | Tin tức | Văn bản\n\nTrang chủ > Văn bản điều hành\n\nỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 21/KH-UBND\nLạng Sơn, ngày 05 tháng 02 năm 2025\nThực hiện Nghị quyết số 76/NQ-CP của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH');
    expect([m.documentNumber, m.issuedDate, m.place, m.issuer?.name]).toEqual(['21/KH-UBND', '2025-02-05', 'Lạng Sơn', 'Ủy ban nhân dân tỉnh Lạng Sơn']);
  });

  it('takes the run of header lines that holds the evidence, not a site banner above the menu', async () => {
    const m = await meta('Trang chủ\nỦY BAN NHÂN DÂN TỈNH LONG AN\nTin tức - Sự kiện\nỦY BAN NHÂN DÂN\nHUYỆN CẦN GIUỘC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 45/UBND-VP\nCần Giuộc, ngày 10 tháng 3 năm 2025\n1. Phấn đấu 95% hồ sơ được giải quyết đúng hạn.');
    expect([m.documentNumber, m.issuedDate, m.place, m.issuer?.name]).toEqual(['45/UBND-VP', '2025-03-10', 'Cần Giuộc', 'Ủy ban nhân dân huyện Cần Giuộc']);
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

  it('reads a letterhead flattened into cells, with split bold markers, “Số:” alone and a wrapped italic dateline', async () => {
    const m = await meta('|\n**ỦY BAN NHÂN\nDÂN **\n**\nTỈNH LÂM ĐỒNG\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n|\n|\nSố:\n77/KH-UBND\n|\n*Lâm Đồng, ngày\n03 tháng 12 năm 2025*\n|\n\n**KẾ HOẠCH**\n\n**PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG\nNĂM 2026**\n\n*Căn cứ Luật Du lịch năm 2017;*\n\n**I. MỤC ĐÍCH**');
    expect([m.documentType, m.documentNumber, m.issuedDate, m.place, m.issuer?.name, m.title]).toEqual(['Kế hoạch', '77/KH-UBND', '2025-12-03', 'Lâm Đồng', 'Ủy ban nhân dân tỉnh Lâm Đồng', 'PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG NĂM 2026']);
  });

  it('names a unit under its parent as the header reads (Front standing committee, election sub-committee, department)', async () => {
    const front = await meta('ỦY BAN MTTQ VIỆT NAM\nXÃ HÒA BÌNH\nBAN THƯỜNG TRỰC\nSố: /KH-MTTQ-BTT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHòa Bình, ngày 10 tháng 12 năm 2025\nKẾ HOẠCH\nGiám sát việc lập danh sách cử tri\nCăn cứ Luật Mặt trận Tổ quốc Việt Nam;');
    const sub = await meta('ỦY BAN BẦU CỬ XÃ AN LẠC\nTIỂU BAN AN NINH, TRẬT TỰ\nSố: 02/KH-TBANTT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nAn Lạc, ngày 12 tháng 12 năm 2025\nKẾ HOẠCH\nBảo vệ an ninh, trật tự ngày bầu cử\nCăn cứ Luật Bầu cử;');
    const dept = await meta('UBND TỈNH QUẢNG TRỊ\nSỞ NỘI VỤ\nSố: 15/KH-SNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nQuảng Trị, ngày 1 tháng 12 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2026\nCăn cứ Luật Cán bộ, công chức;');
    expect([front.issuer?.name, front.documentNumber, front.documentSymbol, front.title]).toEqual(['Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa Bình', null, 'KH-MTTQ-BTT', 'Giám sát việc lập danh sách cử tri']);
    expect([sub.issuer?.name, sub.issuer?.level]).toEqual(['Tiểu ban an ninh, trật tự Ủy ban bầu cử xã An Lạc', 'commune']);
    expect([dept.issuer?.name, dept.issuer?.level]).toEqual(['Sở Nội vụ tỉnh Quảng Trị', 'province']);
  });

  it('reads the Government and the Prime Minister, and takes back an authority line a wrap ran into the title', async () => {
    const gov = await meta('CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 05/NQ-CP\nHà Nội, ngày 09 tháng 01 năm 2025\nNGHỊ QUYẾT\nBan hành Chương trình hành động\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\nQUYẾT NGHỊ:\nĐiều 1. Ban hành.');
    const ttg = await meta('|\nTHỦ TƯỚNG CHÍNH PHỦ\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nSố: 10/QĐ-TTg\n|\nHà Nội, ngày 01 tháng 12 năm 2025\n|\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN CHÍNH PHỦ SỐ THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt.');
    expect([gov.issuer?.name, gov.documentType, gov.title]).toEqual(['Chính phủ', 'Nghị quyết', 'Ban hành Chương trình hành động']);
    expect([ttg.issuer?.name, ttg.documentType, ttg.title]).toEqual(['Thủ tướng Chính phủ', 'Quyết định', 'VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN CHÍNH PHỦ SỐ']);
  });

  it('takes number and date from “Ban hành kèm theo …” when there is no letterhead, and says so', async () => {
    const doc = await parse('NGHỊ QUYẾT\nBan hành Kế hoạch giám sát\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ Luật Tổ chức Quốc hội;\nQUYẾT NGHỊ:\nĐiều 1. Ban hành kèm theo Nghị quyết này Kế hoạch giám sát.\nKẾ HOẠCH\nGIÁM SÁT CHUYÊN ĐỀ\n(Ban hành kèm theo Nghị quyết số 1400/NQ-UBTVQH15 ngày 5 tháng 3 năm 2025 của Ủy ban Thường vụ Quốc hội)\nI. MỤC ĐÍCH');
    const m = doc.metadata;
    expect([m.documentType, m.documentNumber, m.issuedDate, m.issuer?.name, m.attachedInstrument?.documentType]).toEqual(['Nghị quyết', '1400/NQ-UBTVQH15', '2025-03-05', 'Ủy ban thường vụ Quốc hội', 'Kế hoạch']);
    expect(doc.diagnostics.map((d) => d.code)).toContain('metadata/from-reference');
  });

  it('falls back on the portal’s own table where the letterhead is missing, and says so', async () => {
    const doc = await parse('Số hiệu:\n|\n45/KH-UBND\n|\nNgày ban hành:\n|\n02/12/2025\n|\nNgười ký:\n|\nLê Văn Nam\n|\nKẾ HOẠCH\nPHÒNG CHỐNG DỊCH BỆNH\nI. MỤC ĐÍCH');
    const m = doc.metadata;
    expect([m.documentNumber, m.issuedDate, m.signer?.name]).toEqual(['45/KH-UBND', '2025-12-02', 'Lê Văn Nam']);
    expect(doc.diagnostics.map((d) => d.code)).toContain('metadata/from-portal-table');
  });

  it('reads a signature block whose capacity wraps and whose name carries a stamp', async () => {
    const m = await meta('I. NỘI DUNG\n1. Một.\nNơi nhận:\n- Lưu: VT.\n|\nTM. ỦY BAN NHÂN\nDÂN **\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n[đã ký] Đỗ Văn Bình\n|');
    const pm = await meta('I. NỘI DUNG\n1. Một.\nTM. CHÍNH PHỦ\nKT. THỦ TƯỚNG PHÓ THỦ TƯỚNG\nTrần Hồng Hà');
    expect(m.signer && [m.signer.capacity, m.signer.onBehalfOf, m.signer.position, m.signer.name]).toEqual(['KT.', 'Chủ tịch', 'Phó Chủ tịch', 'Đỗ Văn Bình']);
    expect(pm.signer && [pm.signer.capacity, pm.signer.onBehalfOf, pm.signer.position, pm.signer.name]).toEqual(['KT.', 'Thủ tướng', 'Phó Thủ tướng', 'Trần Hồng Hà']);
  });

  it('reads a Word header table rendered row by row, tab-separated, the issuer interleaved with the national name', async () => {
    const m = await meta('UBND TỈNH NGHỆ AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-SYT\tNghệ An, ngày 4 tháng 12 năm 2025\nKẾ HOẠCH\nPhòng chống sốt xuất huyết năm 2026\nCăn cứ Luật Phòng, chống bệnh truyền nhiễm;\nI. MỤC ĐÍCH');
    expect([m.issuer?.name, m.documentNumber, m.issuedDate, m.place, m.title]).toEqual(['Sở Y tế tỉnh Nghệ An', '12/KH-SYT', '2025-12-04', 'Nghệ An', 'Phòng chống sốt xuất huyết năm 2026']);
  });

  it('finds the programme a resolution issues after its signature, its type and title on one line', async () => {
    const doc = await parse('NGHỊ QUYẾT\nBan hành Chương trình hành động\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\nTrên cơ sở kết quả biểu quyết của các Thành viên Chính phủ.\nQUYẾT NGHỊ:\nĐiều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n[đã ký] Phạm Văn An\nCHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ\nThực hiện Nghị quyết số 01-NQ/TW\n(Kèm theo Nghị quyết số 07/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ)\nI. MỤC TIÊU\n1. Một.');
    const m = doc.metadata;
    expect([m.attachedInstrument?.documentType, m.attachedInstrument?.title, m.signer?.name]).toEqual(['Chương trình hành động', 'CỦA CHÍNH PHỦ Thực hiện Nghị quyết số 01-NQ/TW', 'Phạm Văn An']);
    expect(m.legalBases.map((b) => b.kind)).toEqual(['basis', 'other']);
    expect(doc.outline.map((n) => n.kind)).toEqual(['article', 'instrument']);
  });

  it('looks past numbered portal lines before the letterhead, and reads a dateline a wrap glued to the number', async () => {
    const doc = await parse('1. Trang chủ\n2. Văn bản mới\nỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 9/KH-UBND\n*Long Xuyên,\nngày 3 tháng\n12 năm 2025*\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ\n2026 - 2030\nCăn cứ Luật Giao dịch điện tử;\nI. MỤC ĐÍCH\n1. Nâng cao chất lượng dịch vụ công.');
    const m = doc.metadata;
    expect([m.documentNumber, m.issuedDate, m.place, m.issuer?.name, m.title]).toEqual(['9/KH-UBND', '2025-12-03', 'Long Xuyên', 'Ủy ban nhân dân tỉnh An Giang', 'CHUYỂN ĐỔI SỐ 2026 - 2030']);
    expect(doc.outline.map((n) => n.label)).toEqual(['I.']);
  });

  it('does not take a type word deep in a body without letterhead for the document type', async () => {
    const doc = await parse('I. MỤC ĐÍCH\n1. Một.\nII. NỘI DUNG\n1. Xây dựng kế hoạch.\nKẾ HOẠCH\nPHỤ LỤC');
    expect([doc.metadata.documentType, doc.metadata.title]).toEqual([null, null]);
    expect(doc.outline.map((n) => n.label).slice(0, 2)).toEqual(['I.', 'II.']);
  });

  it('keeps the council in the name of its standing committee, and the committee in the name of its office', async () => {
    const council = await meta('HĐND TỈNH BẾN TRE\nTHƯỜNG TRỰC\nSố: 20/KH-HĐND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBến Tre, ngày 2 tháng 12 năm 2025\nKẾ HOẠCH\nGiám sát năm 2026\nCăn cứ Luật Hoạt động giám sát;');
    const office = await meta('UBND TỈNH BẾN TRE\nVĂN PHÒNG\nSố: 21/KH-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBến Tre, ngày 2 tháng 12 năm 2025\nKẾ HOẠCH\nLưu trữ năm 2026\nCăn cứ Luật Lưu trữ;');
    expect([council.issuer?.name, office.issuer?.name]).toEqual(['Thường trực Hội đồng nhân dân tỉnh Bến Tre', 'Văn phòng Ủy ban nhân dân tỉnh Bến Tre']);
  });

  it('reads a Front committee’s letterhead wrapped in cells, “VIỆT NAM” on a line of its own', async () => {
    const m = await meta('|\n**ỦY BAN MTTQ\nVIỆT NAM**\n**XÃ TÂN LẬP**\n**BAN THƯỜNG TRỰC**\n** **\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n|\n|\nSố: 05/KH-MTTQ-BTT\n|\n*Tân Lập, ngày 8 tháng 12 năm 2025*\n|\n**KẾ HOẠCH**\n**Tuyên truyền bầu cử**\n*Căn cứ Luật Bầu cử;*');
    expect([m.issuer?.name, m.issuer?.level, m.documentNumber, m.issuedDate, m.title]).toEqual(['Ban Thường trực Ủy ban MTTQ Việt Nam xã Tân Lập', 'commune', '05/KH-MTTQ-BTT', '2025-12-08', 'Tuyên truyền bầu cử']);
  });
});
describe('issuer level', () => {
  it('puts a department of a centrally governed city at province level, like the city itself', async () => {
    const { parse } = await import('../../src/index.js');
    const doc = await parse('UBND THÀNH PHỐ HÀ NỘI\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-SYT\nHà Nội, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH\nPhòng chống dịch\nI. MỤC TIÊU\n');
    expect([doc.metadata.issuer?.name, doc.metadata.issuer?.level]).toEqual(['Sở Y tế thành phố Hà Nội', 'province']);
  });
});


