import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { expectSpans } from '../helpers/spans.js';

/** [agency as written, first duty] per responsibility. */
const responsibilities = async (text: string) => (await parse(text)).responsibilities.map((r) => [r.agency.name, r.duties[0] ?? '']);

describe('extractResponsibilities, lead-ins', () => {
  it('reads a duty opened by a funding verb (bố trí, cân đối, phân bổ) right after the agency', async () => {
    const text = ['III. TỔ CHỨC THỰC HIỆN', '1. Sở Tài chính cân đối, bố trí kinh phí thực hiện Kế hoạch.', '2. Sở Kế hoạch và Đầu tư phân bổ vốn đầu tư công cho các dự án.'].join('\n');
    expect(await responsibilities(text)).toEqual([
      ['Sở Tài chính', 'cân đối, bố trí kinh phí thực hiện Kế hoạch.'],
      ['Sở Kế hoạch và Đầu tư', 'phân bổ vốn đầu tư công cho các dự án.'],
    ]);
  });

  it('reads “X có trách nhiệm …”, “X chủ trì, phối hợp …”, “Đề nghị X: …” and “Giao X …”', async () => {
    const text = [
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nội vụ có trách nhiệm theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch.',
      '2. Sở Tài chính chủ trì, phối hợp với các đơn vị bố trí kinh phí.',
      '3. Đề nghị Liên đoàn Lao động tỉnh: Vận động đoàn viên tham gia phong trào.',
      '4. Giao Văn phòng UBND tỉnh theo dõi, tổng hợp kết quả.',
    ].join('\n');
    expect(await responsibilities(text)).toEqual([
      ['Sở Nội vụ', 'có trách nhiệm theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch.'],
      ['Sở Tài chính', 'chủ trì, phối hợp với các đơn vị bố trí kinh phí.'],
      ['Liên đoàn Lao động tỉnh', 'Vận động đoàn viên tham gia phong trào.'],
      ['Văn phòng UBND tỉnh', 'theo dõi, tổng hợp kết quả.'],
    ]);
  });

  it('reads a lead-in that distributes its head over a list after a colon (“Các Sở: Nội vụ, Y tế căn cứ …”)', async () => {
    const text = ['III. TỔ CHỨC THỰC HIỆN', '1. Các Sở: Nội vụ, Văn hóa, Thể thao và Du lịch, Y tế căn cứ chức năng, nhiệm vụ triển khai thực hiện.', '2. Sở Tài chính có trách nhiệm bố trí kinh phí.'].join('\n');
    const duty = 'căn cứ chức năng, nhiệm vụ triển khai thực hiện.';
    expect(await responsibilities(text)).toEqual([['Nội vụ', duty], ['Văn hóa, Thể thao và Du lịch', duty], ['Y tế', duty], ['Sở Tài chính', 'có trách nhiệm bố trí kinh phí.']]);
    expect((await parse(text)).responsibilities.map((r) => r.agency.canonical).slice(0, 3)).toEqual(['Sở Nội vụ', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế']);
  });

  it('keeps an official name no list holds whole when its commas join fields (“Phòng Văn hóa, Khoa học và Thông tin”)', async () => {
    const text = ['II. TỔ CHỨC THỰC HIỆN', '1. Phòng Văn hóa, Khoa học và Thông tin', 'a) Chủ trì tham mưu triển khai Kế hoạch.', '2. Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì tổ chức tuyên truyền.'].join('\n');
    expect(await responsibilities(text)).toEqual([
      ['Phòng Văn hóa, Khoa học và Thông tin', 'Chủ trì tham mưu triển khai Kế hoạch.'],
      ['Trung tâm Văn hóa, Thông tin và Thể thao huyện', 'chủ trì tổ chức tuyên truyền.'],
    ]);
  });

  it('keeps an official name with a comma whole, and gives each agency of a shared lead-in the same duty', async () => {
    const text = [
      'V. TỔ CHỨC THỰC HIỆN',
      '1. Sở Văn hóa, Thể thao và Du lịch: Chỉ đạo các cơ quan báo chí đẩy mạnh tuyên truyền.',
      '2. Sở Tài chính, Sở Nội vụ: Hướng dẫn các đơn vị lập dự toán.',
    ].join('\n');
    expect(await responsibilities(text)).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch', 'Chỉ đạo các cơ quan báo chí đẩy mạnh tuyên truyền.'],
      ['Sở Tài chính', 'Hướng dẫn các đơn vị lập dự toán.'],
      ['Sở Nội vụ', 'Hướng dẫn các đơn vị lập dự toán.'],
    ]);
  });

  it('ends the agency at a strong lead-in after a “được giao …” clause, and skips “tổ chức” used as a noun', async () => {
    const text = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành nhiệm vụ đúng hạn.',
      '2. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, vận động hội viên.',
    ].join('\n');
    expect(await responsibilities(text)).toEqual([
      ['Các cơ quan, đơn vị được giao chủ trì', 'có trách nhiệm hoàn thành nhiệm vụ đúng hạn.'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'tuyên truyền, vận động hội viên.'],
      ['các tổ chức chính trị - xã hội tỉnh', 'tuyên truyền, vận động hội viên.'],
    ]);
  });

  it('finds the agency after an opening clause', async () => {
    const text = 'III. TỔ CHỨC THỰC HIỆN\n1. Trên cơ sở Kế hoạch này, các sở, ban, ngành tỉnh căn cứ chức năng, nhiệm vụ xây dựng kế hoạch của đơn vị mình.';
    expect(await responsibilities(text)).toEqual([['các sở, ban, ngành tỉnh', 'căn cứ chức năng, nhiệm vụ xây dựng kế hoạch của đơn vị mình.']]);
  });
});

describe('extractResponsibilities, opening clauses', () => {
  it('finds a named body after a time clause, and skips the closing formula about reporting problems', async () => {
    const text = [
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Kết thúc đợt kiểm tra, Ban Thường trực Ủy ban MTTQ Việt Nam xã, chịu trách nhiệm tổng hợp kết quả.',
      '2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Nội vụ.',
    ].join('\n');
    expect(await responsibilities(text)).toEqual([['Ban Thường trực Ủy ban MTTQ Việt Nam xã', 'chịu trách nhiệm tổng hợp kết quả.']]);
  });
});

describe('extractResponsibilities, agency headings', () => {
  it('reads an agency heading followed by its duties and their time lines; the role after the dash is a note', async () => {
    const text = [
      'III. NHIỆM VỤ CỤ THỂ',
      '1. Nhiệm vụ của các thành viên Ban Chỉ đạo',
      '1.1. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo',
      '- Hướng dẫn các đơn vị thực hiện kiểm kê.',
      '- Thời gian thực hiện: Quý I năm 2026.',
      '1.2. Ủy ban nhân dân các xã, phường',
      '- Tổ chức kiểm kê tài sản trên địa bàn.',
      '1.3. Trách nhiệm của đơn vị thực hiện kiểm kê:',
      '- Lập báo cáo kết quả kiểm kê.',
      '1.4. Trách nhiệm của các cơ quan quản lý cấp trên (kể cả cơ quan đại diện chủ sở hữu):',
      '- Đôn đốc đơn vị cấp dưới thực hiện kiểm kê.',
    ].join('\n');
    const doc = await parse(text, { includeText: true });
    expect(doc.responsibilities.map((r) => [r.agency.name, r.agency.note ?? null, r.duties])).toEqual([
      ['Sở Tài chính', 'Cơ quan thường trực Ban Chỉ đạo', ['Hướng dẫn các đơn vị thực hiện kiểm kê.', 'Thời gian thực hiện: Quý I năm 2026.']],
      ['Ủy ban nhân dân các xã, phường', null, ['Tổ chức kiểm kê tài sản trên địa bàn.']],
      ['đơn vị thực hiện kiểm kê', null, ['Lập báo cáo kết quả kiểm kê.']],
      ['các cơ quan quản lý cấp trên', 'kể cả cơ quan đại diện chủ sở hữu', ['Đôn đốc đơn vị cấp dưới thực hiện kiểm kê.']],
    ]);
    expectSpans(doc);
  });

  it('keeps an agency heading’s lettered duties as duties, even when one of them names another agency', async () => {
    const text = [
      'V. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng UBND tỉnh',
      'a) Chủ trì kiểm soát thủ tục hành chính.',
      'b) Phối hợp với Sở Tư pháp, các cơ quan liên quan tham mưu rà soát quy định.',
    ].join('\n');
    expect(await responsibilities(text)).toEqual([['Văn phòng UBND tỉnh', 'Chủ trì kiểm soát thủ tục hành chính.']]);
  });

  it('takes a section whose items all assign duties, whatever its heading', async () => {
    const text = [
      'III. KINH PHÍ VÀ TRIỂN KHAI',
      '1. Sở Tài chính chủ trì bảo đảm kinh phí thực hiện.',
      '2. Văn phòng UBND tỉnh có trách nhiệm tổng hợp, báo cáo.',
    ].join('\n');
    expect((await responsibilities(text)).map((r) => r[0])).toEqual(['Sở Tài chính', 'Văn phòng UBND tỉnh']);
  });

  it('does not take a section where only some items name an agency', async () => {
    const text = [
      'III. CHẾ ĐỘ BÁO CÁO',
      '1. Văn phòng UBND tỉnh tổng hợp báo cáo hằng quý.',
      '2. Thời điểm chốt số liệu như sau:',
      '- Báo cáo quý I: từ ngày 15/12 đến ngày 14/3.',
    ].join('\n');
    expect(await responsibilities(text)).toEqual([]);
  });
});
