import { defineGrammar } from '../src/grammar/define-grammar.js';

/**
 * Column roles, read from header words: the one place a column's role is
 * decided (extractors read `columns[i].role`, never the header again). The
 * code tries the roles in the order they are listed here, so “Cơ quan thực
 * hiện, phối hợp” is coordinating before “thực hiện” can make it a lead column.
 */
export const tables = defineGrammar({
  name: 'tables',
  summary: 'Header words that give each appendix column its role, and the labels of its rows.',
  rules: {
    number: {
      summary: 'Row number column: “STT”, “TT”, “Số TT”.',
      pattern: String.raw`^(?:STT|TT|Số\sTT|Số\sthứ\stự|Stt|No\.?)$`,
      examples: ['STT', 'TT', 'Số TT'],
      counterexamples: ['Nhiệm vụ'],
    },
    coordinating: {
      summary: 'Coordinating agencies: “Cơ quan phối hợp”, “Phối hợp”, “Đơn vị phối hợp thực hiện”, “Cơ quan thực hiện, phối hợp”. A header that names the lead first (“Cơ quan chủ trì, phối hợp”) is a lead column: its cells say who leads and who joins.',
      pattern: String.raw`^(?:(?!chủ\strì)[\s\S])*phối\shợp`,
      flags: 'i',
      examples: ['Cơ quan phối hợp', 'PHỐI HỢP', 'Cơ quan thực hiện, phối hợp', 'Đơn vị phối hợp thực hiện'],
      counterexamples: ['Cơ quan chủ trì', 'Cơ quan chủ trì, phối hợp', 'Thời gian'],
    },
    lead: {
      summary: 'Lead agency: “Cơ quan chủ trì”, “Chủ trì”, “Đơn vị chủ trì”, “Cơ quan, đơn vị chủ trì”, “Cơ quan thực hiện”, a bill’s “Cơ quan soạn thảo”.',
      pattern: String.raw`chủ\strì|^(?:(?:cơ\squan|đơn\svị)(?:,\s(?:cơ\squan|đơn\svị))?\s)?soạn\sthảo|^(?:cơ\squan|đơn\svị)\s(?:thực\shiện|thực\shiện\schính|thực\shiện/chủ\strì)$|^cơ\squan(?:\stham\smưu)?$|^đơn\svị\stham\smưu$`,
      flags: 'i',
      examples: ['Cơ quan chủ trì', 'CHỦ TRÌ', 'Cơ quan chủ trì tham mưu triển khai', 'Đơn vị thực hiện', 'Cơ quan', 'Cơ quan chủ trì theo dõi, đánh giá', 'Đơn vị chủ trì', 'Cơ quan, đơn vị chủ trì', 'Cơ quan chủ trì, phối hợp', 'Cơ quan soạn thảo'],
      // A bare “Đơn vị” beside “Chỉ tiêu” is the unit of measure (target tables rely on it); the body that submits or vets a bill leads nothing.
      counterexamples: ['Cơ quan phối hợp', 'Cơ quan thực hiện, phối hợp', 'Đơn vị', 'Đơn vị tính', 'Đơn vị đo', 'ĐVT', 'Cơ quan trình', 'Cơ quan thẩm tra/chuẩn bị ý kiến'],
    },
    timeframe: {
      summary: 'Timeframe: “Thời gian”, “Thời gian hoàn thành”, “Tiến độ”, “Thời hạn”, “Thời điểm”, “Lộ trình”.',
      pattern: String.raw`^(?:thời\sgian|tiến\sđộ|thời\shạn|thời\sđiểm|lộ\strình)`,
      flags: 'i',
      examples: ['Thời gian thực hiện, hoàn thành', 'Thời gian', 'Thời gian hoàn thành', 'THỜI HẠN', 'Tiến độ thực hiện', 'Thời điểm hoàn thành'],
      counterexamples: ['Ghi chú', 'Cơ quan chủ trì', 'Kết quả'],
    },
    output: {
      summary: 'Output: “Sản phẩm”, “Kết quả”, “Kết quả/sản phẩm”, “Hình thức văn bản”, a bill’s “Hồ sơ”.',
      pattern: String.raw`^(?:sản\sphẩm|kết\squả|hình\sthức|hồ\ssơ|dự\skiến\s(?:sản\sphẩm|kết\squả))`,
      flags: 'i',
      examples: ['Sản phẩm', 'Sản phẩm dự kiến', 'Kết quả', 'KẾT QUẢ ĐẦU RA', 'Kết quả/sản phẩm', 'Hình thức văn bản', 'Sản phẩm đầu ra', 'Hồ sơ'],
      counterexamples: ['Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
    },
    task: {
      summary: 'Task: what is to be done or reached: “Nhiệm vụ”, “Nội dung”, “Hoạt động”, “Tên nhiệm vụ”, “Nội dung công việc”, a bill list’s “Tên văn bản”, an indicator table’s “Chỉ tiêu”.',
      pattern: String.raw`^(?:nhiệm\svụ|chỉ\stiêu|nội\sdung|hoạt\sđộng|tên\s(?:nhiệm\svụ|văn\sbản|dự\sán|đề\sán|chỉ\stiêu|hoạt\sđộng)|công\sviệc|các\snhiệm\svụ)`,
      flags: 'i',
      examples: ['Nhiệm vụ', 'Tên nhiệm vụ', 'Hoạt động', 'Nội dung công việc', 'Chỉ tiêu', 'Tên văn bản', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'Nhiệm vụ, giải pháp'],
      counterexamples: ['Sản phẩm', 'Cơ quan chủ trì', 'Đơn vị', 'Kết quả', 'Thời gian'],
    },
    timeStart: {
      summary: 'A second header row splits the time column: its start (“Bắt đầu”, “Từ ngày”).',
      pattern: String.raw`^(?:bắt\sđầu|khởi\sđầu|từ(?:\sngày|\sthời\sđiểm)?)$`,
      flags: 'i',
      examples: ['Bắt đầu', 'BẮT ĐẦU', 'Từ ngày'],
      counterexamples: ['Hoàn thành', 'Thời gian bắt đầu thực hiện dự án'],
    },
    timeEnd: {
      summary: 'A second header row splits the time column: its end (“Hoàn thành”, “Kết thúc”, “Đến ngày”).',
      pattern: String.raw`^(?:hoàn\sthành|kết\sthúc|đến(?:\sngày|\sthời\sđiểm)?)$`,
      flags: 'i',
      examples: ['Hoàn thành', 'KẾT THÚC', 'Đến ngày'],
      counterexamples: ['Bắt đầu', 'Thời gian hoàn thành'],
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
    labelOnly: {
      summary: 'A cell that is only a row label, in any numbering (“12”, “11.2”, “IV.”, “b)”): in a text column, no text.',
      pattern: String.raw`^(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6}|[a-zđ])[.)]?$`,
      examples: ['12', '11.2', 'IV.', 'b)'],
      counterexamples: ['Rà soát văn bản', '12 tháng'],
    },
    groupNumber: {
      summary: 'The number of a row that heads a group of rows: a Roman numeral or a capital letter (“IV.”, “B”), where the rows under it count 1, 2, 3.',
      pattern: String.raw`^(?:[IVXLC]{1,6}|[A-ZĐ])[.)]?$`,
      examples: ['IV.', 'II', 'B', 'Đ.'],
      counterexamples: ['12', '3.1', 'b)'],
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
