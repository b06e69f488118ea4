import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const targets = async (text: string) =>
  (await parse(text)).targets.map((t) => ({ v: t.value, min: t.min, max: t.max, cmp: t.comparator, unit: t.unit, dir: t.direction, scope: t.scope, subject: t.subject, deadline: t.deadline, baseline: t.baseline }));

describe('extractTargets: the forms plans use', () => {
  it('“Phấn đấu 100% X”', async () => {
    expect(await targets('a) Phấn đấu 100% văn bản quy phạm pháp luật được rà soát.')).toMatchObject([{ v: 100, cmp: '=', unit: '%', dir: 'reach', subject: 'văn bản quy phạm pháp luật' }]);
  });

  it('“X đạt 100%”', async () => {
    expect(await targets('a) Tỷ lệ hồ sơ được đồng bộ đạt 100%.')).toMatchObject([{ v: 100, cmp: '=', subject: 'Tỷ lệ hồ sơ được đồng bộ' }]);
  });

  it('“từ 95% -100%” is a range', async () => {
    expect(await targets('c) Phấn đấu từ 95% -100% số hồ sơ TTHC được trả kết quả đúng hạn.')).toMatchObject([{ v: null, min: 95, max: 100, cmp: 'range', subject: 'số hồ sơ TTHC' }]);
  });

  it('“đạt từ 80% trở lên”, “trên 95%”, “tối thiểu 90%”, “tối đa 5%”', async () => {
    const found = await targets('a) Tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên; trên 95% hồ sơ được giải quyết đúng hạn; mức độ hài lòng đạt tối thiểu 90%; tỷ lệ hồ sơ trễ hạn tối đa 5%.');
    expect(found.map((t) => [t.cmp, t.v])).toEqual([['>=', 80], ['>', 95], ['>=', 90], ['<=', 5]]);
  });

  it('“giảm tối thiểu 1,23% biên chế … (25 biên chế)”: decimal comma, decrease, baseline, one target', async () => {
    expect(await targets('g) Giảm tối thiểu 1,23% biên chế công chức (25 biên chế) so với năm 2023.')).toMatchObject([
      { v: 1.23, min: 1.23, cmp: '>=', dir: 'decrease', subject: 'biên chế công chức', baseline: 'năm 2023' },
    ]);
  });

  it('a bound governs an enumeration: “Giảm tối thiểu 1,23% …, 3% …”', async () => {
    expect((await targets('g) Giảm tối thiểu 1,23% biên chế công chức, 3% đầu mối các đơn vị sự nghiệp.')).map((t) => [t.cmp, t.v, t.dir])).toEqual([['>=', 1.23, 'decrease'], ['>=', 3, 'decrease']]);
  });

  it('“… cấp tỉnh, cấp huyện, cấp xã tương ứng là 90%, 80%, 75%”: one target per level', async () => {
    expect((await targets('đ) Tỷ lệ số hóa kết quả của cấp tỉnh, cấp huyện, cấp xã tương ứng là 90%, 80%, 75%.')).map((t) => [t.v, t.scope])).toEqual([[90, 'cấp tỉnh'], [80, 'cấp huyện'], [75, 'cấp xã']]);
  });

  it('“… cấp tỉnh, huyện, xã đạt tỷ lệ tương đương (50%, 40%, 25%)”', async () => {
    const found = await targets('c) Phấn đấu hoàn thành số hóa kết quả giải quyết thủ tục hành chính cấp tỉnh, huyện, xã đạt tỷ lệ tương đương (50%, 40%, 25%).');
    expect(found.map((t) => [t.v, t.scope])).toEqual([[50, 'cấp tỉnh'], [40, 'cấp huyện'], [25, 'cấp xã']]);
    expect(found[0]!.subject).toBe('số hóa kết quả giải quyết thủ tục hành chính cấp tỉnh, huyện, xã');
  });

  it('“100% hồ sơ … cấp tỉnh, 95% … cấp huyện và 80% … cấp xã”', async () => {
    const found = await targets('k) 100% hồ sơ công việc cấp tỉnh, 95% hồ sơ công việc cấp huyện và 80% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.');
    expect(found.map((t) => [t.v, t.scope, t.subject])).toEqual([
      [100, 'cấp tỉnh', 'hồ sơ công việc cấp tỉnh'],
      [95, 'cấp huyện', 'hồ sơ công việc cấp huyện'],
      [80, 'cấp xã', 'hồ sơ công việc cấp xã'],
    ]);
  });

  it('takes the deadline from a governing “Đến năm 2025:” line, or from the sentence', async () => {
    const doc = await parse('a) Mục tiêu:\n- Đến năm 2025:\n80% hồ sơ được luân chuyển điện tử.\n- Đến năm 2030:\nĐến năm 2030, giảm bình quân 15% chi trực tiếp so với giai đoạn 2021-2025.\n90% người dân hài lòng.');
    expect(doc.targets.map((t) => [t.v ?? t.value, t.deadline, t.deadlineSource, t.direction, t.baseline])).toEqual([
      [80, '2025', 'heading', 'reach', null],
      [15, '2030', 'stated', 'decrease', 'giai đoạn 2021-2025'],
      [90, '2030', 'heading', 'reach', null],
    ]);
  });

  it('takes a deadline date written in the sentence as an ISO date', async () => {
    const doc = await parse('II. MỤC TIÊU\na) Phấn đấu 100% các xã xây dựng phương án trước ngày 30/4/2024.\nb) Chậm nhất ngày 31/2/2025, 90% hồ sơ được số hóa.');
    expect(doc.targets.map((t) => [t.value, t.deadline, t.deadlineSource])).toEqual([
      [100, '2024-04-30', 'stated'],
      [90, null, null],
    ]);
  });

  it('takes the plan’s year when nothing else says', async () => {
    const doc = await parse('KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2024\nI. MỤC TIÊU\n1. Phấn đấu 100% thủ tục được công khai.');
    expect(doc.targets.map((t) => [t.deadline, t.deadlineSource])).toEqual([['2024', 'plan']]);
  });

  it('reads counted commitments with their own unit into countTargets: “ít nhất 05 bậc”, “ít nhất 01 đơn vị”; a frequency (“01 lớp/năm”) is no target', async () => {
    const doc = await parse('a) Phấn đấu tăng ít nhất 05 bậc vị trí xếp hạng của Chỉ số cải cách hành chính.\nb) Phấn đấu 100% hồ sơ được số hóa.\nc) Có ít nhất 01 đơn vị sự nghiệp thực hiện tự chủ.\nd) Tập huấn 01 lớp/năm.');
    expect(doc.countTargets?.map((t) => [t.id, t.value, t.unit, t.comparator, t.direction, t.subject])).toEqual([
      ['count1', 5, 'bậc', '>=', 'increase', 'vị trí xếp hạng của Chỉ số cải cách hành chính'],
      ['count2', 1, 'đơn vị', '>=', 'reach', 'đơn vị sự nghiệp'],
    ]);
    // Percentages alone in targets, numbered among themselves.
    expect(doc.targets.map((t) => [t.id, t.value, t.unit])).toEqual([['target1', 100, '%']]);
  });

  it('keeps a percentage that names what it is a share of in targets: “2% GDP”, “10%/năm”', async () => {
    const doc = await parse('a) Phấn đấu chi cho nghiên cứu đạt 2% GDP.\nb) Tốc độ tăng trưởng kinh tế số đạt 10%/năm.');
    expect(doc.targets.map((t) => [t.value, t.unit])).toEqual([[2, '%'], [10, '%/năm']]);
    expect(doc.countTargets).toEqual([]);
  });

  it('ignores a percentage inside a citation or the cited document’s title', async () => {
    expect(await targets('a) Thực hiện Quyết định số 12/QĐ-UBND ngày 01/02/2022 của UBND tỉnh về việc đạt 100% hồ sơ trực tuyến.')).toEqual([]);
  });

  it.each(['a) Thực hiện 07 nhiệm vụ chung.', 'b) Trong 05 năm tới, tập trung cải cách.', 'c) Dịch vụ công mức độ 3, mức độ 4.'])('finds no target in %j', async (text) => {
    expect(await targets(text)).toEqual([]);
  });
});

describe('extractTargets: commitments, not facts', () => {
  const plan = (body: string) => parse(`KẾ HOẠCH\nCải cách hành chính năm 2025\nI. MỤC TIÊU\n${body}`);
  const values = async (body: string) => (await plan(body)).targets.map((t) => t.value ?? [t.min, t.max]);

  const reported = async (body: string) => (await parse(`KẾ HOẠCH\nCải cách hành chính năm 2025\nI. TÌNH HÌNH THỰC HIỆN NĂM 2024\n${body}`)).targets.map((t) => t.value);

  it.each([
    ['an estimate against the budget', 'a) Tổng thu ngân sách năm nay ước đạt 102% dự toán, tăng 12% so với cùng kỳ.'],
    ['a share of the plan already reached', 'a) Sản lượng lúa đạt 1,2 triệu tấn, đạt 97,5% kế hoạch.'],
    ['a state reached so far', 'a) Đến nay, toàn huyện có 45/50 trường đạt chuẩn, đạt tỷ lệ 90%.'],
    ['a parenthesised share of a count', 'a) Trong đó, có 14 xã đạt chuẩn nông thôn mới (chiếm 56%).'],
  ])('leaves out %s in a report of results', async (_, body) => {
    expect(await reported(body)).toEqual([]);
  });

  it.each([
    ['an estimate against the budget', 'a) Tổng thu ngân sách năm nay ước đạt 102% dự toán, tăng 12% so với cùng kỳ.'],
    ['a state reached so far', 'a) Đến nay, toàn huyện có 45/50 trường đạt chuẩn, đạt tỷ lệ 90%.'],
    ['a parenthesised share of a count', 'a) Trong đó, có 14 xã đạt chuẩn nông thôn mới (chiếm 56%).'],
    ['a scoring rule', 'a) Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 90% trở lên được 10 điểm, dưới 90% được 5 điểm.'],
    ['a cost share', 'a) Ngân sách tỉnh hỗ trợ 50% kinh phí mua sắm thiết bị cho các xã.'],
    ['a budget split', 'a) Dự kiến kinh phí tập huấn bằng khoảng 15% kinh phí thực hiện kế hoạch.'],
    ['a tax rate', 'a) Hàng hóa nông sản áp dụng thuế suất 5% theo quy định.'],
    ['a vote threshold', 'a) Người ứng cử không đạt sự tín nhiệm của trên 50% tổng số cử tri tham dự hội nghị.'],
    ['a chemical’s strength', 'a) Cấp phát hóa chất Cloramin B, cồn 70%, bình phun cho các xã vùng lũ.'],
    ['a figure of a past year', 'a) Năm 2024 tỷ lệ hộ nghèo toàn tỉnh đạt 85%.'],
    ['a frequency of activities', 'a) Tần suất kiểm tra 02 đợt/tháng.'],
  ])('leaves out %s, even under a goals heading', async (_, body) => {
    expect(await values(body)).toEqual([]);
  });

  it('under a goals heading a change against last year is committed to; an estimate never is', async () => {
    const doc = await parse('KẾ HOẠCH\nPhát triển kinh tế năm 2025\nI. KẾT QUẢ NĂM 2024\n- Tổng thu ngân sách tăng 12% so với cùng kỳ.\nII. MỤC TIÊU\n1. Tổng thu ngân sách tăng 10% so với cùng kỳ.\n2. Tổng vốn đầu tư ước đạt 95% kế hoạch.');
    expect(doc.targets.map((t) => [t.value, t.baseline])).toEqual([[10, 'cùng kỳ']]);
  });

  it('keeps a commitment beside a reported figure: “phấn đấu đạt 100% kế hoạch”', async () => {
    expect(await values('a) Chi đầu tư từ nguồn vốn tập trung ước thực hiện 95% kế hoạch; chi từ nguồn xổ số phấn đấu đạt 100% kế hoạch.')).toEqual([100]);
  });

  it('keeps this year’s figure after last year’s: “Năm 2024 … đạt 85%; phấn đấu năm 2025 đạt 90%”', async () => {
    expect(await values('a) Năm 2024, tỷ lệ hộ dân dùng nước sạch đạt 85%; phấn đấu năm 2025 đạt 90%.')).toEqual([90]);
  });

  it('keeps a floor on a budget: “bố trí tối thiểu 3% ngân sách”', async () => {
    const found = (await plan('a) Hằng năm bố trí tối thiểu 3% ngân sách cho phát triển khoa học, công nghệ.')).targets;
    expect(found.map((t) => [t.value, t.comparator])).toEqual([[3, '>=']]);
  });

  it('reads every comparator wording', async () => {
    const found = (await plan('a) Trên 70% doanh nghiệp ứng dụng công nghệ số; dưới 5% hồ sơ trễ hạn; chi phí tuân thủ không quá 3%; tỷ lệ sai sót tối đa 2%; ít nhất 60% xã có điểm phục vụ; tối thiểu 85% cán bộ được bồi dưỡng; từ 80% trở lên người dân hài lòng.')).targets;
    expect(found.map((t) => [t.comparator, t.value, t.subject])).toEqual([
      ['>', 70, 'doanh nghiệp ứng dụng công nghệ số'],
      ['<', 5, 'hồ sơ trễ hạn'],
      ['<=', 3, 'chi phí tuân thủ'],
      ['<=', 2, 'tỷ lệ sai sót'],
      ['>=', 60, 'xã có điểm phục vụ'],
      ['>=', 85, 'cán bộ'],
      ['>=', 80, 'người dân hài lòng'],
    ]);
  });

  it('a later figure with its own year is its own entry with the same subject', async () => {
    const found = (await plan('a) Tỷ lệ hồ sơ trực tuyến toàn trình đạt 20% năm 2025, đến năm 2030 đạt 50%.')).targets;
    expect(found.map((t) => [t.value, t.deadline, t.subject, t.text])).toEqual([
      [20, '2025', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'Tỷ lệ hồ sơ trực tuyến toàn trình đạt 20% năm 2025'],
      [50, '2030', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'đến năm 2030 đạt 50%'],
    ]);
  });

  it('takes the deadline of a governing period line over the plan’s year', async () => {
    const found = (await plan('a) Mục tiêu cụ thể:\n- Giai đoạn 2026 - 2030:\n95% hồ sơ được số hóa.')).targets;
    expect(found.map((t) => [t.value, t.deadline, t.deadlineSource])).toEqual([[95, '2030', 'heading']]);
  });

  it('takes the deadline of a year line in capitals (“NĂM 2027:”), as a table’s time group row dates its tasks', async () => {
    const found = (await plan('a) Mục tiêu cụ thể:\n- NĂM 2027:\n95% hồ sơ được số hóa.')).targets;
    expect(found.map((t) => [t.value, t.deadline, t.deadlineSource])).toEqual([[95, '2027', 'heading']]);
  });

  it('keeps the parts of a colon-led enumeration in one clause', async () => {
    const found = (await plan('a) Cơ cấu kinh tế năm 2026: Nông nghiệp chiếm khoảng 25%; công nghiệp chiếm khoảng 35%; dịch vụ chiếm khoảng 40%.')).targets;
    expect(found.map((t) => t.value)).toEqual([25, 35, 40]);
    expect(new Set(found.map((t) => t.text)).size).toBe(1);
  });

  it('reads an indicator table: the indicator as subject, the unit column’s unit, signs as comparators, the period row as deadline', async () => {
    const table = ['| TT | Chỉ tiêu | Đơn vị | Mục tiêu |', '|---|---|---|---|', '| | Đến năm 2027 | | |', '| 1 | Tỷ lệ hồ sơ được số hóa | % | ≥ 80 |', '| 2 | Tỷ lệ người dân hài lòng | % dân số | 90% |', '| 3 | Số doanh nghiệp công nghệ số | Doanh nghiệp | 50 |', '| 4 | Tỷ lệ xã có điểm phục vụ | % | 60 - 70 |'];
    const found = (await plan(`Các chỉ tiêu chủ yếu:\n${table.join('\n')}`)).targets;
    expect(found.map((t) => [t.subject, t.unit, t.comparator, t.value, t.min, t.max, t.deadline])).toEqual([
      ['Tỷ lệ hồ sơ được số hóa', '%', '>=', 80, 80, null, '2027'],
      ['Tỷ lệ người dân hài lòng', '% dân số', '=', 90, 90, 90, '2027'],
      ['Tỷ lệ xã có điểm phục vụ', '%', 'range', null, 60, 70, '2027'],
    ]);
  });

  it('takes no targets from a table of figures without an indicator column (a budget’s estimates and projections)', async () => {
    const table = ['| STT | Nội dung | Đơn vị tính | Ước thực hiện 2025 | Năm 2026 | Năm 2027 |', '|---|---|---|---|---|---|', '| 1 | Tỷ lệ huy động vào ngân sách so với GRDP | % | 8,00 | 10,00 | 10,50 |', '| 2 | Bội chi ngân sách địa phương | % | 4,31 | 4,19 | 4,07 |'];
    expect((await plan(`Kế hoạch tài chính 03 năm:\n${table.join('\n')}`)).targets).toEqual([]);
  });

  it('targets of one long clause share it by span, so output grows linearly', async () => {
    const size = async (n: number) => JSON.stringify((await parse(`a) ${'Phấn đấu 5% hồ sơ được số hóa, '.repeat(n)}`)).targets).length;
    const [small, large] = [await size(500), await size(2_000)];
    expect(large / small).toBeLessThan(5);
    const doc = await parse(`a) ${'Phấn đấu 5% hồ sơ được số hóa, '.repeat(1_000)}`, { includeText: true });
    const second = doc.targets[1]!;
    expect(second.clauseSpan).toEqual({ offset: doc.targets[0]!.span.offset, length: expect.any(Number), line: 1 });
    expect(second.text).toBe(doc.source.text!.slice(second.span.offset, second.span.offset + second.span.length));
  });

  it('a short clause is still each target’s text, with no clause span', async () => {
    const found = (await plan('a) Tỷ lệ hồ sơ trực tuyến đạt 80%, tỷ lệ hồ sơ đúng hạn đạt 95%.')).targets;
    expect(found.map((t) => [t.value, t.clauseSpan])).toEqual([[80, undefined], [95, undefined]]);
    expect(found[0]!.text).toBe(found[1]!.text);
  });
});

describe('extractTargets: figures that look like targets on plans not seen before', () => {
  const doc = (body: string, title = 'Chuyển đổi số năm 2025') => parse(`KẾ HOẠCH\n${title}\n${body}`);
  const values = async (body: string, title?: string) => (await doc(body, title)).targets.map((t) => t.value ?? [t.min, t.max]);

  it('a results heading reports every figure under it, unless a clause commits in words', async () => {
    const body = 'I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024\nKinh tế số chiếm khoảng 9,2% GRDP; số hồ sơ trễ hạn chiếm 3,4% tổng số hồ sơ. Chi đầu tư phấn đấu đạt 100% kế hoạch.\nII. MỤC TIÊU\n1. Kinh tế số chiếm tỷ trọng 12% GRDP.';
    expect(await values(body)).toEqual([100, 12]);
    expect(await values('Điều 1. Đánh giá tình hình năm 2024 và kế hoạch năm 2025\n1. Tỷ lệ hồ sơ trực tuyến đạt 80%.')).toEqual([80]);
  });

  it('a sentence that opens with a report (“Đến nay,”, a past year) reports its clauses after “;”', async () => {
    expect(await values('II. MỤC TIÊU\n1. Đến nay, 100% cơ quan đã kết nối mạng chuyên dùng; 85% xã có cán bộ chuyên trách. 90% xã có cán bộ chuyên trách.')).toEqual([90]);
    expect(await values('II. MỤC TIÊU\n1. Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 62%; tỷ lệ thanh toán trực tuyến đạt 30%; phấn đấu năm 2025 tỷ lệ thanh toán trực tuyến đạt 50%.')).toEqual([50]);
    expect(await values('II. MỤC TIÊU\n1. Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 62%; năm 2025 đạt 80%.')).toEqual([80]);
  });

  it('a past year earlier in the clause covers later figures of it: “Năm 2024, A đạt 62,5%, tăng 8% so với năm 2023”', async () => {
    expect(await values('II. MỤC TIÊU\n1. Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 62,5%, tăng 8% so với năm 2023.')).toEqual([]);
  });

  it('“doanh nghiệp ước đạt” is an estimate (“hiệp ước” is a treaty only as a word); “giao ước thi đua” is a pledge', async () => {
    expect(await values('II. KẾT QUẢ\n1. Tỷ lệ hài lòng của người dân, doanh nghiệp ước đạt 91%.')).toEqual([]);
    expect(await values('II. CHỈ TIÊU THI ĐUA\n1. 100% cơ quan, đơn vị đăng ký giao ước thi đua.', 'Phong trào thi đua năm 2026')).toEqual([100]);
  });

  it('a scoring section and a table with a points column hold no targets', async () => {
    expect(await values('IV. TIÊU CHÍ CHẤM ĐIỂM\n1. Hoàn thành 100% chỉ tiêu được giao.\n2. Tỷ lệ cán bộ tham gia đạt từ 90% trở lên.', 'Phong trào thi đua năm 2026')).toEqual([]);
    const table = ['| TT | Tiêu chí | Điểm chuẩn | Ghi chú |', '|---|---|---|---|', '| 1 | Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 95% trở lên | 20 | |'];
    expect(await values(`V. THI ĐUA\n${table.join('\n')}`, 'Phong trào thi đua năm 2026')).toEqual([]);
  });

  it('scoring wordings: “được cộng 5% tổng số điểm”, “không chấm điểm”, “Từ 90% trở lên: 10 điểm”', async () => {
    expect(await values('II. MỤC TIÊU\n1. Mỗi sáng kiến được cộng 5% tổng số điểm.\n2. Dưới 95% không chấm điểm.\n3. Từ 90% trở lên: 10 điểm.')).toEqual([]);
  });

  it('a cap on awards is a quota; a vote threshold naming a council with a hyphen is a quorum', async () => {
    expect(await values('II. TIÊU CHUẨN\n1. Số cá nhân được đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” không quá 15% tổng số cá nhân đạt danh hiệu “Lao động tiên tiến”.\n2. Được trên 50% tổng số thành viên Hội đồng Thi đua - Khen thưởng có mặt tán thành.', 'Phong trào thi đua năm 2026')).toEqual([]);
  });

  it('the remainder of a cost share is no target: “ngân sách xã bảo đảm 50% còn lại”', async () => {
    expect(await values('III. KINH PHÍ\nNgân sách huyện bảo đảm 50% kinh phí mua sắm, ngân sách xã bảo đảm 50% còn lại.')).toEqual([]);
  });

  it('an indicator table: columns of results, comparisons or past years are no targets; each column takes the year its header names', async () => {
    const table = ['| TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2024 | Kế hoạch năm 2025 | Năm 2030 | KH 2025 so với TH 2024 (%) |', '|---|---|---|---|---|---|---|', '| 1 | Tỷ lệ dân số tham gia bảo hiểm y tế | % | 92,5 | 95 | 98 | 102,7 |'];
    const found = (await doc(`PHỤ LỤC\n${table.join('\n')}`, 'Phát triển y tế năm 2025')).targets;
    expect(found.map((t) => [t.value, t.deadline, t.deadlineSource])).toEqual([[95, '2025', 'stated'], [98, '2030', 'stated']]);
  });

  it('“duy trì ổn định ở mức 45%” links its subject', async () => {
    expect((await doc('II. MỤC TIÊU\n1. Tỷ lệ che phủ rừng duy trì ổn định ở mức 45%.')).targets.map((t) => t.subject)).toEqual(['Tỷ lệ che phủ rừng']);
  });

  it('a level against the budget is a target (“thu ngân sách đạt 100% dự toán”); a floor against the plan commits outside goals too', async () => {
    expect(await values('I. MỤC TIÊU\n1. Thu ngân sách nhà nước trên địa bàn đạt 100% dự toán được giao.', 'Dự toán ngân sách năm 2026')).toEqual([100]);
    expect(await values('II. NHIỆM VỤ\n1. Đẩy nhanh giải ngân; đến ngày 30/6/2026 giải ngân đạt tối thiểu 50% kế hoạch vốn.\n2. Giải ngân đạt 97% kế hoạch vốn.', 'Dự toán ngân sách năm 2026')).toEqual([50]);
  });

  it('cost shares whatever their comparator: “tỷ lệ đối ứng của xã tối thiểu 30%”, “Trích 40% số tăng thu”', async () => {
    expect(await values('III. CƠ CHẾ HỖ TRỢ\n1. Tỷ lệ đối ứng của xã tối thiểu 30%.\n2. Trích 40% số tăng thu ngân sách để cải cách tiền lương.', 'Dự toán ngân sách năm 2026')).toEqual([]);
  });

  it('a deadline month ends on its last day: “đến hết tháng 9/2026”', async () => {
    const found = (await doc('I. MỤC TIÊU\n1. Phấn đấu đến hết tháng 9/2026 thu đạt ít nhất 75% dự toán.', 'Dự toán ngân sách năm 2026')).targets;
    expect(found.map((t) => [t.value, t.deadline, t.deadlineSource])).toEqual([[75, '2026-09-30', 'stated']]);
  });

  it('an aside that reports is no target inside a commitment: “Phấn đấu 100% … (hiện nay mới đạt 65%)”', async () => {
    expect(await values('I. MỤC TIÊU\n1. Phấn đấu 100% trường học được kiểm định chất lượng (hiện nay mới đạt 65%).', 'Phát triển giáo dục năm 2025')).toEqual([100]);
  });

  it('a share of a count just given (“45 xã …, chiếm 37,5%”) outside goals and a background section are no targets; under goals “…, chiếm 35% GRDP” is one', async () => {
    expect(await values('I. SỰ CẦN THIẾT BAN HÀNH KẾ HOẠCH\nTỷ lệ hộ nghèo còn 4,2%.\nII. NHIỆM VỤ\n1. Toàn tỉnh có 45 xã đạt chuẩn, chiếm 37,5%.\n2. Tỷ lệ xã đạt chuẩn đạt 50%.', 'Nông thôn mới năm 2025')).toEqual([50]);
    expect(await values('I. MỤC TIÊU\n1. Tổng vốn đầu tư toàn xã hội đạt 20.000 tỷ đồng, chiếm 35% GRDP.', 'Phát triển kinh tế năm 2026')).toEqual([35]);
  });

  it('a running total or a part of the year so far is reported, even under a goals heading: “Lũy kế …”, “9 tháng đầu năm …”', async () => {
    expect(await values('I. MỤC TIÊU\n1. Lũy kế giải ngân đạt 70% kế hoạch vốn.\n2. Trong 9 tháng đầu năm, tỷ lệ hồ sơ trực tuyến đạt 75%.\n3. Tỷ lệ hồ sơ trực tuyến đạt 90%.')).toEqual([90]);
  });

  it('an indicator table without a unit column: values carry their “%” (or the header does), each column its year; a task table is not one', async () => {
    const table = ['| STT | Chỉ tiêu | Năm 2025 | Năm 2030 | Tỷ lệ (%) |', '|---|---|---|---|---|', '| 1 | Tỷ lệ diện tích lúa chất lượng cao | 70% | Trên 85% | 40 |', '| 2 | Số hợp tác xã thành lập mới | 20 | 50 | |'];
    const found = (await doc(`I. MỤC TIÊU\n${table.join('\n')}`, 'Phát triển nông nghiệp năm 2025')).targets;
    expect(found.map((t) => [t.subject, t.comparator, t.value, t.deadline])).toEqual([
      ['Tỷ lệ diện tích lúa chất lượng cao', '=', 70, '2025'],
      ['Tỷ lệ diện tích lúa chất lượng cao', '>', 85, '2030'],
      ['Tỷ lệ diện tích lúa chất lượng cao', '=', 40, '2025'],
    ]);
    const tasks = ['| STT | Chỉ tiêu, nhiệm vụ | Cơ quan chủ trì | Thời gian |', '|---|---|---|---|', '| 1 | Phấn đấu 100% hồ sơ được số hóa | Sở Nội vụ | Năm 2025 |'];
    expect((await doc(`II. NHIỆM VỤ\n${tasks.join('\n')}`)).targets.map((t) => t.value)).toEqual([100]);
  });

  it('a part naming only a level goes on the statement before it: “…ở cấp tỉnh đạt 100%; cấp huyện đạt 90%”, “…: cấp tỉnh 100%, cấp huyện 90%”', async () => {
    const split = (await doc('I. MỤC TIÊU\n1. Tỷ lệ hồ sơ trực tuyến ở cấp tỉnh đạt 100%; cấp huyện đạt 90%; cấp xã đạt 80%.')).targets;
    expect(split.map((t) => [t.value, t.subject, t.scope])).toEqual([[100, 'Tỷ lệ hồ sơ trực tuyến ở cấp tỉnh', 'cấp tỉnh'], [90, 'cấp huyện', 'cấp huyện'], [80, 'cấp xã', 'cấp xã']]);
    expect(new Set(split.map((t) => t.text)).size).toBe(1);
    const listed = (await doc('I. MỤC TIÊU\n1. Tỷ lệ số hóa hồ sơ: cấp tỉnh 100%, cấp huyện 90%, cấp xã 80%.')).targets;
    expect(listed.map((t) => [t.value, t.subject])).toEqual([[100, 'Tỷ lệ số hóa hồ sơ'], [90, 'cấp huyện'], [80, 'cấp xã']]);
  });

  it('points after a colon or in brackets make a scoring rule: “Đạt 100% kế hoạch: 20 điểm”, “(20 điểm)”', async () => {
    expect(await values('I. MỤC TIÊU\n1. Đạt 100% kế hoạch: 20 điểm.\n2. Hồ sơ đúng hạn từ 95% trở lên (20 điểm).')).toEqual([]);
  });

  it('under a funding heading a figure without a bound is a share of cost; a floor stays a target', async () => {
    expect(await values('IV. KINH PHÍ\nNgân sách thành phố bảo đảm 70% kinh phí; các phường bố trí 30% còn lại; nhà trường huy động 40% từ nguồn xã hội hóa. Hằng năm bố trí tối thiểu 2% chi ngân sách cho chuyển đổi số.')).toEqual([2]);
  });

  it('a part that narrows the statement before it goes on it: “Tối thiểu 80% giáo viên …; trong đó ít nhất 30% …”', async () => {
    const found = (await doc('II. MỤC TIÊU\n- Tối thiểu 80% giáo viên được bồi dưỡng năng lực số; trong đó ít nhất 30% giáo viên đạt mức thành thạo.')).targets;
    expect(found.map((t) => t.value)).toEqual([80, 30]);
    expect(new Set(found.map((t) => t.text)).size).toBe(1);
  });

  it('a grading section (“Tiêu chí đánh giá, xếp loại”) holds no targets', async () => {
    expect(await values('IV. TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI\n1. Tỷ lệ giáo viên sử dụng học liệu số đạt 80% trở lên.')).toEqual([]);
  });

  it('a results heading for a past period (“Kết quả giai đoạn 2021 - 2025”) reports; an exemption (“được miễn 100% tiền sử dụng đất”) is no target', async () => {
    const body = '1. Kết quả giai đoạn 2021 - 2025\nTỷ lệ công nhân có chỗ ở ổn định đạt 55%.\n2. Mục tiêu đến năm 2030\na) Tỷ lệ công nhân có chỗ ở ổn định đạt trên 80%.\nb) Nhà đầu tư được miễn 100% tiền sử dụng đất.';
    expect(await values(body, 'Phát triển nhà ở xã hội giai đoạn 2026 - 2030')).toEqual([80]);
  });
});

