import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const tasks = async (text: string) =>
  (await parse(text)).tasks.map((t) => ({ text: t.text, lead: t.lead.map((a) => a.canonical), co: t.coordinating.map((a) => a.canonical), start: t.timeframe?.start ?? null, end: t.timeframe?.end ?? null, source: t.source, shared: t.attributesFrom !== null }));

describe('extractTasks', () => {
  it('reads items followed by their own attribute lines', async () => {
    expect(await tasks('II. NỘI DUNG, NHIỆM VỤ\n3.1. Tổ chức Hội nghị bồi dưỡng nghiệp vụ\n- Cơ quan chủ trì: Văn phòng UBND tỉnh.\n- Cơ quan phối hợp: Sở, Ban ngành tỉnh; UBND cấp huyện.\n- Thời gian: Quý II/2022.')).toEqual([
      { text: 'Tổ chức Hội nghị bồi dưỡng nghiệp vụ', lead: ['Văn phòng Ủy ban nhân dân tỉnh'], co: ['Sở, ban, ngành tỉnh', 'Ủy ban nhân dân cấp huyện'], start: '2022-04-01', end: '2022-06-30', source: 'list', shared: false },
    ]);
  });

  it('reads “Thời gian thực hiện” as the time, not as the lead; “Đơn vị thực hiện” as the lead', async () => {
    expect(await tasks('III. NHIỆM VỤ VÀ GIẢI PHÁP\n1. Kiện toàn Ban Chỉ huy.\n- Cơ quan chủ trì: Phòng Nông nghiệp và PTNT.\n- Thời gian thực hiện: Quý I/2024.\n2. Diễn tập cấp xã.\n- Đơn vị thực hiện: UBND các xã.\n- Thời hạn thực hiện: Năm 2024.')).toEqual([
      { text: 'Kiện toàn Ban Chỉ huy.', lead: ['Phòng Nông nghiệp và Phát triển nông thôn'], co: [], start: '2024-01-01', end: '2024-03-31', source: 'list', shared: false },
      { text: 'Diễn tập cấp xã.', lead: ['Ủy ban nhân dân các xã'], co: [], start: '2024-01-01', end: '2024-12-31', source: 'list', shared: false },
    ]);
  });

  it('shares “Cơ quan chủ trì các nhiệm vụ” with the items before it', async () => {
    const found = await tasks('4. Về công bố\n4.1. Rà soát thủ tục.\n4.2. Đăng nhập thủ tục.\n4.3. Niêm yết thủ tục.\n- Cơ quan chủ trì các nhiệm vụ: Sở, Ban ngành tỉnh.\n- Thời gian: Thường xuyên.');
    expect(found.map((t) => [t.text, t.lead, t.shared])).toEqual([
      ['Rà soát thủ tục.', ['Sở, ban, ngành tỉnh'], true],
      ['Đăng nhập thủ tục.', ['Sở, ban, ngành tỉnh'], true],
      ['Niêm yết thủ tục.', ['Sở, ban, ngành tỉnh'], false],
    ]);
  });

  it('gives “Cơ quan chủ trì Mục 8.4, 8.5” to the items it names', async () => {
    const found = await tasks('8. Một cửa\n8.3. Xây dựng quy trình nội bộ\n- Cơ quan chủ trì: Sở Nội vụ.\n8.4. Xây dựng quy trình điện tử\n8.5. Đảm bảo hạ tầng\n- Cơ quan chủ trì Mục 8.4, 8.5: Sở Thông tin và Truyền thông.');
    expect(found.map((t) => [t.text, t.lead])).toEqual([
      ['Xây dựng quy trình nội bộ', ['Sở Nội vụ']],
      ['Xây dựng quy trình điện tử', ['Sở Thông tin và Truyền thông']],
      ['Đảm bảo hạ tầng', ['Sở Thông tin và Truyền thông']],
    ]);
  });

  it('takes a heading’s task from the paragraph under it', async () => {
    expect((await tasks('1. Về hoàn thiện thể chế\nRà soát việc thực hiện cơ chế một cửa.\n- Cơ quan chủ trì: Văn phòng UBND tỉnh.'))[0]!.text).toBe('Rà soát việc thực hiện cơ chế một cửa.');
  });

  it('reads the leaves of a task section as tasks without agencies', async () => {
    const found = await tasks('II. NHIỆM VỤ, GIẢI PHÁP\n1. Cải cách thể chế\n- Đẩy nhanh tiến độ ban hành văn bản.\n- Rà soát, hệ thống hóa văn bản.\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp chủ trì.');
    expect(found.map((t) => [t.text, t.lead, t.source])).toEqual([
      ['Đẩy nhanh tiến độ ban hành văn bản.', [], 'section'],
      ['Rà soát, hệ thống hóa văn bản.', [], 'section'],
    ]);
  });

  it('reads one task per appendix row, with its group and the label taken off', async () => {
    const doc = await parse('PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\nI\tCẢI CÁCH THỂ CHẾ\t\t\t\n1\t1. Kế hoạch theo dõi thi hành pháp luật\tSở Tư pháp\tCác Sở: Nội vụ, Tài chính\tQuý I/2024');
    const [t] = doc.tasks;
    expect([t!.text, t!.group, t!.lead.map((a) => a.canonical), t!.coordinating.map((a) => a.canonical), t!.timeframe?.end, t!.rowId]).toEqual([
      'Kế hoạch theo dõi thi hành pháp luật', 'CẢI CÁCH THỂ CHẾ', ['Sở Tư pháp'], ['Sở Nội vụ', 'Sở Tài chính'], '2024-03-31', 't1.r1',
    ]);
  });

  it('reads an indicator table: the tracking agency is the lead, not the unit column, and a time group dates its rows', async () => {
    const doc = await parse('PHỤ LỤC\nTT\tChỉ tiêu\tĐơn vị\tKết quả\tCơ quan chủ trì theo dõi, đánh giá\nI\tĐến năm 2030\t\t\t\n1\tTỉ lệ hồ sơ được số hóa\t%\t100\tSở Nội vụ\n2\tChỉ tiêu về dịch vụ công\t\t\t\n2.1\tTỉ lệ dịch vụ công trực tuyến toàn trình\t%\t≥ 80\tVăn phòng UBND tỉnh');
    expect(doc.tasks.map((t) => [t.text, t.lead.map((a) => a.canonical), t.output, t.timeframe?.end])).toEqual([
      ['Tỉ lệ hồ sơ được số hóa', ['Sở Nội vụ'], '100', '2030-12-31'],
      ['Tỉ lệ dịch vụ công trực tuyến toàn trình', ['Văn phòng Ủy ban nhân dân tỉnh'], '≥ 80', '2030-12-31'],
    ]);
  });

  it('gives a row whose lead cell is merged with the row above that lead', async () => {
    const doc = await parse('PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n1\tRà soát quy chế làm việc\tSở Tư pháp\tQuý I/2026\n2\tSửa đổi quy chế làm việc\t\tQuý II/2026');
    expect(doc.tasks.map((t) => [t.text, t.lead.map((a) => a.canonical)])).toEqual([
      ['Rà soát quy chế làm việc', ['Sở Tư pháp']],
      ['Sửa đổi quy chế làm việc', ['Sở Tư pháp']],
    ]);
  });

  it('ends a lead cell’s agencies where “với …” says what each is for', async () => {
    const doc = await parse('PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n1\tXây dựng quy chuẩn kỹ thuật\tBộ Công an, Bộ Tư pháp với các quy chuẩn chung; Bộ Y tế với các quy chuẩn của ngành\tNăm 2026');
    expect(doc.tasks.map((t) => t.lead.map((a) => a.name))).toEqual([['Bộ Công an', 'Bộ Tư pháp', 'Bộ Y tế']]);
  });

  it('takes no task, and lends no lead, from a row numbered as a group (“IV.”) even with stray text in its cells', async () => {
    const doc = await parse('PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n1\tRà soát quy chế làm việc\tSở Tư pháp\tQuý I/2026\nIV.\tPHÁT TRIỂN NGUỒN NHÂN LỰC\t\tnăm tiếp theo\n2\tTuyển dụng nhân lực số\tSở Nội vụ\tNăm 2026');
    expect(doc.tasks.map((t) => [t.text, t.lead.map((a) => a.canonical)])).toEqual([
      ['Rà soát quy chế làm việc', ['Sở Tư pháp']],
      ['Tuyển dụng nhân lực số', ['Sở Nội vụ']],
    ]);
  });

  it('reads a list of bills: “Cơ quan soạn thảo” leads and “Hồ sơ” is the product', async () => {
    const doc = await parse('PHỤ LỤC\nTT\tTên văn bản\tCơ quan trình\tCơ quan soạn thảo\tTiến độ\tHồ sơ\n1\tNghị quyết về quy chế tiếp công dân\tThường trực HĐND\tBan Pháp chế\tTháng 3/2026\tTờ trình, dự thảo Nghị quyết');
    expect(doc.tasks.map((t) => [t.text, t.lead.map((a) => a.name), t.output, t.timeframe?.end])).toEqual([
      ['Nghị quyết về quy chế tiếp công dân', ['Ban Pháp chế'], 'Tờ trình, dự thảo Nghị quyết', '2026-03-31'],
    ]);
    // The roles the tasks were read by are the roles the table reports.
    expect(doc.tables[0]!.columns.map((c) => c.role)).toEqual(['number', 'task', 'unknown', 'lead', 'timeframe', 'output']);
  });

  it('reads a “Cơ quan chủ trì, phối hợp” column as the lead, its “phối hợp với” partners coordinating', async () => {
    const doc = await parse('PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì, phối hợp\tThời gian hoàn thành\n1\tRà soát thủ tục hành chính\tSở Tư pháp chủ trì, phối hợp với Sở Nội vụ\tQuý II/2026');
    expect(doc.tables[0]!.columns.map((c) => c.role)).toEqual(['number', 'task', 'lead', 'timeframe']);
    expect(doc.tasks.map((t) => [t.text, t.lead.map((a) => a.name), t.coordinating.map((a) => a.name)])).toEqual([['Rà soát thủ tục hành chính', ['Sở Tư pháp'], ['Sở Nội vụ']]]);
  });

  it('does not repeat as a task without agencies a body item that an appendix row assigns', async () => {
    const doc = await parse('II. NHIỆM VỤ, GIẢI PHÁP\n1. Cải cách thể chế\na) Rà soát quy chế làm việc của các cơ quan.\nb) Tổ chức hội nghị tập huấn.\nPHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n1\tRà soát quy chế làm việc của các cơ quan.\tSở Tư pháp\tQuý I/2026');
    expect(doc.tasks.map((t) => [t.text, t.source])).toEqual([
      ['Tổ chức hội nghị tập huấn.', 'section'],
      ['Rà soát quy chế làm việc của các cơ quan.', 'table'],
    ]);
  });

  it('reads a lead inside the sentence after the label: the one that “chủ trì”, the rest coordinating', async () => {
    expect(await tasks('II. NHIỆM VỤ\n1. Tuyên truyền Luật Lưu trữ\n- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp và Đài Phát thanh và Truyền hình tỉnh.\n- Thời gian thực hiện: Năm 2026.')).toEqual([
      { text: 'Tuyên truyền Luật Lưu trữ', lead: ['Sở Nội vụ'], co: ['Sở Tư pháp', 'Đài Phát thanh và Truyền hình tỉnh'], start: '2026-01-01', end: '2026-12-31', source: 'list', shared: false },
    ]);
  });

  it('reads clauses that each name who acts: each subject leads; with “chủ trì” in one, the others coordinate', async () => {
    const found = await tasks('II. NHIỆM VỤ\n1. Rà soát văn bản\n- Cơ quan thực hiện: Sở Tư pháp tiến hành rà soát văn bản của tỉnh; Ủy ban nhân dân các xã rà soát văn bản của xã.\n2. Phổ biến Luật\n- Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu kế hoạch; Sở Tư pháp và Sở Tài chính chủ động triển khai.');
    expect(found.map((t) => [t.text, t.lead, t.co])).toEqual([
      ['Rà soát văn bản', ['Sở Tư pháp', 'Ủy ban nhân dân các xã'], []],
      ['Phổ biến Luật', ['Sở Nội vụ'], ['Sở Tư pháp', 'Sở Tài chính']],
    ]);
  });

  it('reads labels in emphasis marks and the other spellings of the lead', async () => {
    const found = await tasks('II. NHIỆM VỤ\n1. Tập huấn nghiệp vụ\n*Đơn vị chủ trì thực hiện: *Sở Nội vụ.\n2. Soạn thảo quy chế\nChủ trì: Sở Tư pháp.\n3. Trình Nghị quyết\n- Cơ quan soạn thảo: Sở Tài chính.\n- Thời hạn ban hành: trước ngày 01/7/2026.');
    expect(found.map((t) => [t.text, t.lead, t.end])).toEqual([
      ['Tập huấn nghiệp vụ', ['Sở Nội vụ'], null],
      ['Soạn thảo quy chế', ['Sở Tư pháp'], null],
      ['Trình Nghị quyết', ['Sở Tài chính'], '2026-07-01'],
    ]);
  });

  it('reads “a) Nhiệm vụ:” with its bullets as tasks sharing “b) Cơ quan chủ trì:”', async () => {
    const found = await tasks('II. NHIỆM VỤ\n1. Rà soát văn bản\na) Nhiệm vụ:\n- Rà soát quy chế văn thư.\n- Đề xuất sửa đổi quy chế.\nb) Cơ quan chủ trì: Sở Nội vụ.\nc) Thời gian thực hiện: Quý III/2026.\n2. Số hóa hồ sơ\na) Nhiệm vụ: Số hóa hồ sơ lưu trữ.\nb) Cơ quan chủ trì: Sở Khoa học và Công nghệ.');
    expect(found.map((t) => [t.text, t.lead, t.end])).toEqual([
      ['Rà soát quy chế văn thư.', ['Sở Nội vụ'], '2026-09-30'],
      ['Đề xuất sửa đổi quy chế.', ['Sở Nội vụ'], '2026-09-30'],
      ['Số hóa hồ sơ lưu trữ.', ['Sở Khoa học và Công nghệ'], null],
    ]);
  });

  it('reads an empty time line from the lines under it, as phases', async () => {
    const doc = await parse('II. NHIỆM VỤ\n1. Số hóa tài liệu\n- Cơ quan chủ trì: Sở Nội vụ.\n- Thời gian thực hiện:\n+ Đợt 1: Quý I/2026.\n+ Đợt 2: trước ngày 30/9/2026.');
    const t = doc.tasks[0]!;
    expect([doc.tasks.length, t.timeframe?.start, t.timeframe?.end, t.timeframe?.phases.map((p) => p.label)]).toEqual([1, '2026-01-01', '2026-09-30', ['Đợt 1', 'Đợt 2']]);
  });

  it('does not give a block to an item before it that has its own text and no block', async () => {
    const found = await tasks('II. NHIỆM VỤ\n1. Xây dựng văn bản\nCác sở rà soát, tham mưu ban hành văn bản.\n2. Kiểm tra thi hành\n- Cơ quan thực hiện: Sở Nội vụ.');
    expect(found.filter((t) => t.lead.length > 0).map((t) => t.text)).toEqual(['Kiểm tra thi hành']);
  });

  it('reads several fields on one attribute line', async () => {
    expect(await tasks('II. NHIỆM VỤ\n1. Rà soát quy chế\n- Cơ quan chủ trì: Sở Nội vụ; phối hợp: Sở Tư pháp; thời gian hoàn thành: Quý II/2026.')).toEqual([
      { text: 'Rà soát quy chế', lead: ['Sở Nội vụ'], co: ['Sở Tư pháp'], start: '2026-04-01', end: '2026-06-30', source: 'list', shared: false },
    ]);
  });

  it('reads each field by the label that names it: the product, and “Cơ quan, đơn vị phối hợp thực hiện” as coordinating though it says “thực hiện”', async () => {
    const doc = await parse('II. NHIỆM VỤ\n1. Xây dựng cơ sở dữ liệu công chức\n- Cơ quan, đơn vị chủ trì: Sở Nội vụ.\n- Cơ quan, đơn vị phối hợp thực hiện: Sở Tài chính.\n- Sản phẩm dự kiến: Cơ sở dữ liệu.\n- Tiến độ hoàn thành: Quý IV/2026.');
    expect(doc.tasks.map((t) => [t.lead.map((a) => a.name), t.coordinating.map((a) => a.name), t.output, t.timeframe?.end])).toEqual([[['Sở Nội vụ'], ['Sở Tài chính'], 'Cơ sở dữ liệu', '2026-12-31']]);
  });

  it('keeps “Sở Nội vụ: Chủ trì phụ trách …” and bracketed notes to the agency reader', async () => {
    const doc = await parse('PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\n1\tXây dựng Đề án chỉ số\tSở Nội vụ: Chủ trì tổng hợp; chủ trì theo dõi Chỉ số PAPI\tCác sở, ngành (theo phân công chủ trì, theo dõi chỉ số)\tNăm 2026');
    const [t] = doc.tasks;
    expect([t!.lead.map((a) => a.name), t!.coordinating.length]).toEqual([['Sở Nội vụ'], 1]);
  });

  it('reads a lead cell written as a sentence', async () => {
    const doc = await parse('PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan thực hiện\tThời gian\n1\tTổ chức hội nghị tập huấn\tSở Nội vụ chủ trì, phối hợp với Sở Tư pháp\tQuý I/2026');
    expect(doc.tasks.map((t) => [t.lead.map((a) => a.name), t.coordinating.map((a) => a.name)])).toEqual([[['Sở Nội vụ'], ['Sở Tư pháp']]]);
  });

  it('takes the task of a label alone on its line from the “Nội dung:” line under it', async () => {
    const found = await tasks('II. NHIỆM VỤ\n1.\n- Nội dung: Tổ chức hội nghị sơ kết.\n- Cơ quan chủ trì: Sở Nội vụ.');
    expect(found.map((t) => [t.text, t.lead])).toEqual([['Tổ chức hội nghị sơ kết.', ['Sở Nội vụ']]]);
  });
});

describe('extractResponsibilities and the agency index', () => {
  it('reads agency headings and lead-ins, one entry per agency, and indexes them', async () => {
    const doc = await parse('III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\na) Theo dõi, đôn đốc.\nb) Tổng hợp báo cáo.\n2. Văn phòng UBND tỉnh có trách nhiệm chủ trì kiểm soát thủ tục hành chính.\n3. Đài Phát thanh và Truyền hình tỉnh, Báo Hậu Giang\nTuyên truyền về cải cách hành chính.');
    expect(doc.responsibilities.map((r) => [r.agency.canonical, r.duties])).toEqual([
      ['Sở Nội vụ', ['Theo dõi, đôn đốc.', 'Tổng hợp báo cáo.']],
      ['Văn phòng Ủy ban nhân dân tỉnh', ['có trách nhiệm chủ trì kiểm soát thủ tục hành chính.']],
      ['Đài Phát thanh và Truyền hình tỉnh', ['Tuyên truyền về cải cách hành chính.']],
      ['Báo Hậu Giang', ['Tuyên truyền về cải cách hành chính.']],
    ]);
    expect(doc.agencies.find((a) => a.canonical === 'Sở Nội vụ')?.responsibilityIds).toEqual(['resp1']);
  });

  it('ends the agency at a colon that comes before any lead-in word', async () => {
    const doc = await parse('IV. TỔ CHỨC THỰC HIỆN\n1. Phòng Tài chính - Kế hoạch: Tham mưu bố trí kinh phí thực hiện Kế hoạch.\n2. UBND các xã, thị trấn có trách nhiệm xây dựng kế hoạch: tổ chức diễn tập.');
    expect(doc.responsibilities.map((r) => [r.agency.canonical, r.duties])).toEqual([
      ['Phòng Tài chính - Kế hoạch', ['Tham mưu bố trí kinh phí thực hiện Kế hoạch.']],
      ['Ủy ban nhân dân các xã, thị trấn', ['có trách nhiệm xây dựng kế hoạch: tổ chức diễn tập.']],
    ]);
  });
});

describe('extractGoals', () => {
  it('reads goals by the kind of their heading', async () => {
    const doc = await parse('I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao chỉ số.\n2. Yêu cầu\n- Bám sát chỉ đạo.\nII. MỤC TIÊU\n1. Mục tiêu chung\nCải cách đồng bộ.\n2. Mục tiêu cụ thể\na) Phấn đấu 100% thủ tục công khai.\nIII. NHIỆM VỤ\n1. Rà soát.');
    expect(doc.goals.map((g) => [g.kind, g.text])).toEqual([
      ['purpose', 'Nâng cao chỉ số.'],
      ['requirement', 'Bám sát chỉ đạo.'],
      ['general', 'Cải cách đồng bộ.'],
      ['specific', 'Phấn đấu 100% thủ tục công khai.'],
    ]);
  });
});

describe('tableTasks', () => {
  it('takes a partner named in brackets after the lead (“Ban X (Văn phòng Y phối hợp)”) as coordinating, and no role note', async () => {
    const table = ['PHỤ LỤC', '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn |', '|---|---|---|---|', '| 1 | Soạn thảo nghị quyết về thi đua | Ban Công tác đại biểu (Văn phòng Quốc hội phối hợp) | Quý I/2025 |', '| 2 | Soạn thảo quy chế đối ngoại | Ủy ban Đối ngoại (chủ trì phần chính sách) | Quý II/2025 |'];
    expect((await tasks(table.join('\n'))).map((t) => [t.lead, t.co])).toEqual([
      [['Ban Công tác đại biểu'], ['Văn phòng Quốc hội']],
      [['Ủy ban Đối ngoại'], []],
    ]);
  });

  it('reads a lead cell labelled like an attribute line (“Chủ trì: A; phối hợp: B”)', async () => {
    const table = ['PHỤ LỤC', '| TT | Nội dung | Đơn vị thực hiện | Thời gian |', '|---|---|---|---|', '| 1 | Phát triển câu lạc bộ thể thao | Chủ trì: Sở Giáo dục và Đào tạo; phối hợp: Sở Y tế | 2026 |'];
    expect((await tasks(table.join('\n'))).map((t) => [t.lead, t.co])).toEqual([[['Sở Giáo dục và Đào tạo'], ['Sở Y tế']]]);
  });

  it('dates a task from both halves of a time column split by a second header row (“Bắt đầu | Hoàn thành”)', async () => {
    const table = ['PHỤ LỤC', '| STT | Nhiệm vụ | Chủ trì | Thời gian thực hiện | |', '| | | | Bắt đầu | Hoàn thành |', '|---|---|---|---|---|', '| 1 | Xây dựng cơ sở dữ liệu vùng trồng | Sở Nông nghiệp và Môi trường | Quý IV/2025 | Quý II/2027 |'];
    // Plain text: markdown has no two-row header (its header is the row above `|---|`).
    const found = (await parse(table.join('\n'), { path: 'plan.txt' })).tasks.map((t) => [t.timeframe?.start, t.timeframe?.end]);
    expect(found).toEqual([['2025-10-01', '2027-06-30']]);
  });
});
