import { defineGrammar } from '../src/grammar/define-grammar.js';

/**
 * Column roles, read from header words. The code tries the roles in the order
 * they are listed here, so “Cơ quan thực hiện, phối hợp” is coordinating
 * before “thực hiện” can make it a lead column.
 */
export const tables = defineGrammar({
  name: 'tables',
  summary: 'Header words that give each appendix column its role.',
  rules: {
    number: {
      summary: 'Row number column: “STT”, “TT”, “Số TT”.',
      pattern: String.raw`^(?:STT|TT|Số\sTT|Số\sthứ\stự|Stt|No\.?)$`,
      examples: ['STT', 'TT', 'Số TT'],
      counterexamples: ['Nhiệm vụ'],
    },
    coordinating: {
      summary: 'Coordinating agencies: “Cơ quan phối hợp”, “Đơn vị phối hợp”, “Cơ quan thực hiện, phối hợp”.',
      pattern: String.raw`phối\shợp`,
      flags: 'i',
      examples: ['Cơ quan phối hợp', 'Cơ quan thực hiện, phối hợp', 'Đơn vị phối hợp thực hiện'],
      counterexamples: ['Cơ quan chủ trì'],
    },
    lead: {
      summary: 'Lead agency: “Cơ quan chủ trì”, “Đơn vị chủ trì”, “Cơ quan thực hiện”.',
      pattern: String.raw`chủ\strì|^(?:cơ\squan|đơn\svị)\s(?:thực\shiện|thực\shiện\schính|thực\shiện/chủ\strì)$|^cơ\squan(?:\stham\smưu)?$|^đơn\svị\stham\smưu$`,
      flags: 'i',
      examples: ['Cơ quan chủ trì', 'Cơ quan chủ trì tham mưu triển khai', 'Đơn vị thực hiện', 'Cơ quan', 'Cơ quan chủ trì theo dõi, đánh giá', 'Đơn vị chủ trì'],
      // A bare “Đơn vị” beside “Chỉ tiêu” is the unit of measure.
      counterexamples: ['Cơ quan phối hợp', 'Đơn vị', 'Đơn vị tính'],
    },
    timeframe: {
      summary: 'Timeframe: “Thời gian”, “Thời gian hoàn thành”, “Tiến độ”, “Thời hạn”.',
      pattern: String.raw`^(?:thời\sgian|tiến\sđộ|thời\shạn|thời\sđiểm|lộ\strình)`,
      flags: 'i',
      examples: ['Thời gian thực hiện, hoàn thành', 'Thời gian', 'Tiến độ thực hiện'],
      counterexamples: ['Ghi chú'],
    },
    output: {
      summary: 'Output: “Sản phẩm”, “Kết quả”, “Kết quả/sản phẩm”, “Hình thức văn bản”, “Hồ sơ”.',
      pattern: String.raw`^(?:sản\sphẩm|kết\squả|hình\sthức|hồ\ssơ|dự\skiến\s(?:sản\sphẩm|kết\squả))`,
      flags: 'i',
      examples: ['Sản phẩm', 'Kết quả/sản phẩm', 'Hình thức văn bản', 'Sản phẩm đầu ra', 'Hồ sơ'],
      counterexamples: ['Nhiệm vụ'],
    },
    task: {
      summary: 'Task: “Nhiệm vụ”, “Nội dung”, “Hoạt động”, “Tên nhiệm vụ”, “Nội dung công việc”, an indicator table’s “Chỉ tiêu”.',
      pattern: String.raw`^(?:nhiệm\svụ|chỉ\stiêu|nội\sdung|hoạt\sđộng|tên\s(?:nhiệm\svụ|đề\sán|hoạt\sđộng)|công\sviệc|nhiệm\svụ,\sgiải\spháp|các\snhiệm\svụ)`,
      flags: 'i',
      examples: ['Nhiệm vụ', 'Hoạt động', 'Nội dung công việc', 'Chỉ tiêu'],
      counterexamples: ['Sản phẩm'],
    },
    note: {
      summary: 'Notes: “Ghi chú”.',
      pattern: String.raw`^ghi\schú`,
      flags: 'i',
      examples: ['Ghi chú'],
      counterexamples: ['Thời gian'],
    },
    groupRow: {
      summary: 'A group row inside a table: “I. CẢI CÁCH THỂ CHẾ”, “II”, “A. NHIỆM VỤ”.',
      pattern: String.raw`^(?<label> {{roman}} (?: \.\d{1,2} ){0,3} | [A-Z] ) (?: [.)] )? (?: \s (?<text> \p{Lu} .* ) )? $`,
      examples: ['I. CẢI CÁCH THỂ CHẾ', 'II', 'VII. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 'A. NHIỆM VỤ CHUNG', 'I.2', 'III.1.2'],
      counterexamples: ['1. Kế hoạch thực hiện', 'Sở Tư pháp'],
    },
    rowNumber: {
      summary: 'A row-number cell: “1”, “12”, “1.”, “2.3”.',
      pattern: String.raw`^\d{1,3}(?:\.\d{1,2}){0,2}\.?$`,
      examples: ['1', '12', '1.', '2.3'],
      counterexamples: ['2021', 'I'],
    },
    rowMark: {
      summary: 'A row-number cell that is a letter or a bullet: “a”, “b)”, “-”, “+”. A lone “x” is a tick mark in a year column, not a label.',
      pattern: String.raw`^(?: [a-wyđ] [.)]? | [-+] )$`,
      examples: ['a', 'b)', 'đ.', '-', '+'],
      counterexamples: ['Các chỉ tiêu thủy lý', 'ab', '1', 'x'],
    },
    subHeader: {
      summary: 'A cell of a header’s second row, under a cell merged across columns: a year or a period.',
      pattern: String.raw`^(?: (?:năm|giai\sđoạn)\s )? \d{4} (?: \s?[-–]\s?\d{4} )? $`,
      flags: 'i',
      examples: ['2026', 'Năm 2027', '2026 - 2030'],
      counterexamples: ['Sở Tài chính', '1'],
    },
    periodHeader: {
      summary: 'A header cell over a period, merged across the year columns below it: “GIAI ĐOẠN 2026 - 2030”, “Năm hiện hành 2025”.',
      pattern: String.raw`giai\sđoạn|\d{4}`,
      flags: 'i',
      examples: ['GIAI ĐOẠN 2026 - 2030', 'Năm hiện hành 2025', 'Kinh phí giai đoạn'],
      counterexamples: ['Đơn vị tính', 'Ghi chú'],
    },
  },
});
