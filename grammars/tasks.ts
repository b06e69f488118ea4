import { defineGrammar } from '../src/grammar/define-grammar.js';

/** Lines that attach agencies, a timeframe or a product to the task items above them. */
export const tasks = defineGrammar({
  name: 'tasks',
  summary: 'Task attribute lines and goal kinds.',
  rules: {
    attribute: {
      summary: 'An attribute line: “Cơ quan chủ trì: …”, “Cơ quan chủ trì các nhiệm vụ: …”, “Cơ quan chủ trì Mục 8.4, 8.5: …”, “Thời gian: …”.',
      pattern: String.raw`^(?<field>(?:Cơ\squan|Đơn\svị|Cơ\squan,\sđơn\svị)\s(?:chủ\strì|phối\shợp|thực\shiện)(?:\sthực\shiện)?|Chủ\strì|Phối\shợp|Thời\sgian(?:\sthực\shiện|\shoàn\sthành)?|Thời\shạn(?:\shoàn\sthành|\sthực\shiện)?|Tiến\sđộ(?:\sthực\shiện|\shoàn\sthành)?|Sản\sphẩm|Kết\squả(?:\sdự\skiến)?)(?<scope>\s(?:các\snhiệm\svụ(?:\strên)?|(?:tại\s)?[Mm]ục\s[\d.,\x20và]{1,40}|nhiệm\svụ\s[\d.,\x20và]{1,40}))?\s?:\s?(?<value>.*)$`,
      examples: ['Cơ quan chủ trì: Văn phòng UBND tỉnh.', 'Cơ quan chủ trì các nhiệm vụ: Sở, Ban ngành tỉnh.', 'Cơ quan chủ trì Mục 8.4, 8.5: Sở Thông tin và Truyền thông.', 'Thời gian: Quý II/2022.', 'Cơ quan phối hợp: Văn phòng UBND tỉnh.', 'Đơn vị chủ trì: Phòng Nội vụ.', 'Thời hạn hoàn thành: Trước ngày 30/6/2023.'],
      counterexamples: ['Cơ quan chủ trì tham mưu triển khai', 'Thời gian qua, tỉnh đã', 'Chủ trì, phối hợp với các cơ quan'],
    },
    rowNumber: {
      summary: 'A cell that is only a row number (“12”, “11.2”, “IV.”): not a task text.',
      pattern: String.raw`^(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6}|[a-zđ])[.)]?$`,
      examples: ['12', '11.2', 'IV.', 'b)'],
      counterexamples: ['Rà soát văn bản', '12 tháng'],
    },
    leadHeader: {
      summary: 'The header of the column that names the lead: “Cơ quan chủ trì”, “Chủ trì”, “Cơ quan chủ trì theo dõi, đánh giá”, “Cơ quan soạn thảo”.',
      pattern: String.raw`^(?:(?:cơ\squan|đơn\svị)(?:,\s(?:cơ\squan|đơn\svị))?\s)?(?:chủ\strì|soạn\sthảo)`,
      flags: 'i',
      examples: ['Cơ quan chủ trì', 'CHỦ TRÌ', 'Cơ quan chủ trì theo dõi, đánh giá', 'Cơ quan soạn thảo', 'Cơ quan, đơn vị chủ trì'],
      counterexamples: ['Cơ quan phối hợp', 'Cơ quan trình', 'Đơn vị', 'Cơ quan thẩm tra/chuẩn bị ý kiến'],
    },
    taskHeader: {
      summary: 'The header of the column that states what is to be done or reached: “Tên nhiệm vụ”, “Nội dung”, “Chỉ tiêu”, “Tên văn bản”.',
      pattern: String.raw`^(?:tên\s(?:nhiệm\svụ|văn\sbản|dự\sán|đề\sán|chỉ\stiêu|hoạt\sđộng)|nội\sdung|nhiệm\svụ|chỉ\stiêu|công\sviệc|hoạt\sđộng)`,
      flags: 'i',
      examples: ['Tên nhiệm vụ', 'Chỉ tiêu', 'Tên văn bản', 'Nội dung công việc', 'NHIỆM VỤ VÀ GIẢI PHÁP'],
      counterexamples: ['Cơ quan chủ trì', 'Đơn vị', 'Kết quả', 'Thời gian'],
    },
    outputHeader: {
      summary: 'The header of the product column: “Kết quả”, “Sản phẩm”, “Hồ sơ”.',
      pattern: String.raw`^(?:kết\squả|sản\sphẩm|hồ\ssơ)`,
      flags: 'i',
      examples: ['Kết quả', 'Sản phẩm dự kiến', 'Hồ sơ', 'KẾT QUẢ ĐẦU RA'],
      counterexamples: ['Cơ quan chủ trì', 'Thời gian hoàn thành'],
    },
    timeGroup: {
      summary: 'A group row that is a time and dates the rows under it: “Đến năm 2030”, “Giai đoạn 2025-2027”, “Năm 2026”.',
      pattern: String.raw`^(?:(?:đến|trong|giai\sđoạn)\s(?:năm\s)?|năm\s)(?:19|20)\d{2}(?:\s?[-–]\s?(?:19|20)\d{2})?[.:]?$`,
      flags: 'i',
      examples: ['Đến năm 2030', 'Giai đoạn 2025-2027', 'Năm 2026', 'Trong năm 2025'],
      counterexamples: ['Nâng cao nhận thức đến năm 2030 cho cán bộ', 'Cải cách thể chế'],
    },
    sectionNumbers: {
      summary: 'The item numbers a shared attribute line names: “8.4, 8.5”.',
      pattern: String.raw`\d{1,2}(?:\.\d{1,2}){0,3}`,
      examples: ['Mục 8.4, 8.5', 'nhiệm vụ 3'],
      counterexamples: ['các nhiệm vụ'],
    },
    goalPurpose: {
      summary: 'A purpose heading: “Mục đích”.',
      pattern: String.raw`^mục\sđích`,
      flags: 'i',
      examples: ['Mục đích', 'MỤC ĐÍCH, YÊU CẦU'],
      counterexamples: ['Yêu cầu'],
    },
    goalRequirement: {
      summary: 'A requirement heading: “Yêu cầu”.',
      pattern: String.raw`^yêu\scầu`,
      flags: 'i',
      examples: ['Yêu cầu', 'YÊU CẦU'],
      counterexamples: ['Mục đích'],
    },
    goalGeneral: {
      summary: 'A general-goal heading: “Mục tiêu chung”, “Mục tiêu tổng quát”.',
      pattern: String.raw`^mục\stiêu\s(?:chung|tổng\squát)`,
      flags: 'i',
      examples: ['Mục tiêu chung', 'Mục tiêu tổng quát'],
      counterexamples: ['Mục tiêu cụ thể'],
    },
    goalSpecific: {
      summary: 'A specific-goal heading: “Mục tiêu cụ thể”, “Chỉ tiêu”, or a deadline group “Đến năm 2025:”.',
      pattern: String.raw`^(?:mục\stiêu\scụ\sthể|(?:các\s)?chỉ\stiêu|đến\snăm\s(?:19|20)\d{2}|(?:trong\s|giai\sđoạn\s)(?:năm\s)?(?:19|20)\d{2})`,
      flags: 'i',
      examples: ['Mục tiêu cụ thể', 'Chỉ tiêu', 'Đến năm 2025', 'Giai đoạn 2021-2025'],
      counterexamples: ['Mục tiêu chung', 'Nhiệm vụ'],
    },
  },
});
