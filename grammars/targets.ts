import { defineGrammar } from '../src/grammar/define-grammar.js';

/**
 * Quantitative commitments: percentages (single, ranges, lists matched to
 * levels of government) and counts with their own units, with the words
 * around them that give the comparator, direction, scope, deadline and
 * baseline. Numbers use a decimal comma: “1,23%”. Figures that look like
 * targets but are not (results, scoring rules, cost shares) are in
 * `non-targets.ts`.
 */
export const targets = defineGrammar({
  name: 'targets',
  summary: 'Percentage and count targets and their qualifiers.',
  rules: {
    percentList: {
      summary: 'Several percentages in a row: “90%, 80%, 75%”, “(50%, 40%, 25%)”, “90%, 80% và 75%”.',
      pattern: String.raw`(?<![\d,.])\d{1,3}(?:,\d{1,3})?\s?%(?:(?:,\s|\svà\s)\d{1,3}(?:,\d{1,3})?\s?%){1,5}`,
      examples: ['tương ứng là 90%, 80%, 75%', '(50%, 40%, 25%)', '90%, 80% và 75%'],
      counterexamples: ['100% hồ sơ công việc cấp tỉnh, 95% hồ sơ', '80%'],
    },
    percentRange: {
      summary: 'A range: “từ 95% -100%”, “95-100%”, “từ 80% đến 90%”.',
      pattern: String.raw`(?<![\d,.])(?<min>\d{1,3}(?:,\d{1,3})?)\s?%?\s?(?:-|–|đến)\s?(?<max>\d{1,3}(?:,\d{1,3})?)\s?%`,
      examples: ['từ 95% -100%', '95-100%', 'từ 80% đến 90%'],
      counterexamples: ['95%', '2021-2025'],
    },
    percent: {
      summary: 'One percentage: “100%”, “1,23%”, “90 %”.',
      pattern: String.raw`(?<![\d,.])(?<value>\d{1,3}(?:,\d{1,3})?)\s?%(?<per>/(?:năm|quý|tháng))?`,
      examples: ['100%', '1,23%', '90 %', '10%/năm'],
      counterexamples: ['100 người', '%'],
    },
    count: {
      summary: 'A count with its unit after a comparator or as a rate: “ít nhất 05 bậc”, “ít nhất 01 đơn vị”, “01 lớp/năm”.',
      pattern: String.raw`(?:(?<cmp>ít\snhất|tối\sthiểu|không\sdưới|trên|tối\sđa|không\squá|thêm)\s(?<value>\d{1,4})\s(?<unit>bậc|đơn\svị|lớp|lần|cuộc|hội\snghị|đợt|buổi|khóa|người|cán\sbộ|biên\schế|hồ\ssơ|thủ\stục|văn\sbản|mô\shình|sáng\skiến|sản\sphẩm|dịch\svụ|điểm|vị\strí|doanh\snghiệp|xã|phường)(?:/(?:năm|quý|tháng))?|(?<![\d,.])(?<rateValue>\d{1,4})\s(?<rateUnit>(?:lớp|lần|cuộc|đợt|buổi|hội\snghị|khóa)/(?:năm|quý|tháng)))`,
      examples: ['tăng ít nhất 05 bậc vị trí xếp hạng', 'có ít nhất 01 đơn vị sự nghiệp', '- 01 lớp/năm.'],
      counterexamples: ['07 nhiệm vụ chung', '05 năm', '(25 biên chế)'],
    },
    atLeastBefore: {
      summary: 'A lower bound before a value: “tối thiểu”, “ít nhất”, “không dưới”, “không thấp hơn”, “từ” (with “trở lên”).',
      pattern: String.raw`(?:tối\sthiểu|ít\snhất|không\sdưới|không\sthấp\shơn|từ)\s$`,
      flags: 'i',
      examples: ['đạt tối thiểu ', 'ít nhất ', 'đạt từ '],
      counterexamples: ['đạt ', 'trên '],
    },
    aboveBefore: {
      summary: 'A strict lower bound: “trên”, “hơn”, “vượt”.',
      pattern: String.raw`(?<![\p{L}])(?:trên|hơn|vượt)\s$`,
      flags: 'i',
      examples: ['cuối năm 2021, trên ', 'hơn ', 'Trên '],
      counterexamples: ['từ ', 'tối thiểu '],
    },
    atMostBefore: {
      summary: 'An upper bound: “tối đa”, “không quá”, “không vượt quá”.',
      pattern: String.raw`(?:tối\sđa|không\squá|không\svượt\squá)\s$`,
      flags: 'i',
      examples: ['tối đa ', 'không quá '],
      counterexamples: ['tối thiểu '],
    },
    belowBefore: {
      summary: 'A strict upper bound: “dưới”.',
      pattern: String.raw`(?<![\p{L}])dưới\s$`,
      flags: 'i',
      examples: ['dưới ', 'Dưới '],
      counterexamples: ['không dưới x'],
    },
    atLeastAfter: {
      summary: 'A lower bound after a value: “trở lên”.',
      pattern: String.raw`^\s?trở\slên`,
      examples: [' trở lên'],
      counterexamples: [' trở xuống'],
    },
    atMostAfter: {
      summary: 'An upper bound after a value: “trở xuống”.',
      pattern: String.raw`^\s?trở\sxuống`,
      examples: [' trở xuống'],
      counterexamples: [' trở lên'],
    },
    decrease: {
      summary: 'A decrease: “giảm”, “cắt giảm”, “tinh giản”.',
      pattern: String.raw`(?<![\p{L}])(?:giảm|tinh\sgiản)(?![\p{L}])`,
      flags: 'i',
      examples: ['Giảm tối thiểu 1,23%', 'giảm bình quân 10%'],
      counterexamples: ['giám sát', 'tăng'],
    },
    increase: {
      summary: 'An increase: “tăng”, “nâng”.',
      pattern: String.raw`(?<![\p{L}])(?:tăng(?!\scường)|nâng\slên)(?![\p{L}])`,
      flags: 'i',
      examples: ['tăng ít nhất 05 bậc', 'Tăng số lượng'],
      counterexamples: ['tăng cường', 'giảm'],
    },
    linking: {
      summary: 'Words between a subject and its value: “đạt”, “là”, “tương ứng là”, “đạt tỷ lệ tương đương”.',
      pattern: String.raw`(?<![\p{L}])(?:(?:đạt(?:\stỷ\slệ)?(?:\stương\sđương)?|tương\sứng\slà|tương\sứng|tương\sđương|(?:lần\slượt\s)?là|chiếm(?:\stỷ\s(?:trọng|lệ))?)(?:\s(?:từ|tối\sthiểu|ít\snhất|trên|dưới|tối\sđa|khoảng|bình\squân))?|không\sthấp\shơn|không\sdưới|không\squá|không\svượt\squá|tối\sthiểu|tối\sđa|dưới|(?:tăng|giảm)(?:\s(?:bình\squân|tối\sthiểu|ít\snhất|thêm))?(?:\stừ)?|bình\squân(?:\stừ)?|lên)\s?\(?\s?$`,
      examples: ['Tỷ lệ khai thác đạt tối thiểu ', 'tỷ lệ hồ sơ trễ hạn dưới ', 'cấp xã tương ứng là ', 'đạt tỷ lệ tương đương (', 'đạt ', 'mức độ 2 không thấp hơn ', 'Số doanh nghiệp thành lập mới tăng ', 'Chỉ số PCI của tỉnh tăng ít nhất ', 'Doanh thu du lịch tăng bình quân từ ', 'ở cấp huyện, cấp xã lần lượt là ', 'Kinh tế số chiếm tỷ trọng từ ', 'Tăng trưởng doanh thu bình quân ', 'Nâng tỷ lệ hộ dùng nước sạch lên '],
      counterexamples: ['Phấn đấu ', 'đối với '],
    },
    subjectEnd: {
      summary: 'Words that end a subject written after its value (“100% văn bản … được …”); “tổ chức” only as a verb (not before a comma).',
      pattern: String.raw`(?<![\p{L}])(?:được|đạt|khi|không|thực\shiện|xây\sdựng|ban\shành|tham\sgia|đáp\sứng|đảm\sbảo|bảo\sđảm|hoàn\sthành|áp\sdụng|sử\sdụng\sdịch\svụ|phải|so\svới|hưởng|trong\sđó|và\stăng|đang\sđược)(?![\p{L}])`,
      examples: ['văn bản quy phạm pháp luật được cụ thể hóa', 'người dân khi thực hiện', 'TTHC được công khai'],
      counterexamples: ['hồ sơ công việc cấp tỉnh', 'người dân, tổ chức, doanh nghiệp'],
    },
    subjectEndWeak: {
      summary: 'Words that end a subject only after two words or more: “có”, “trực tiếp”, “tổ chức” as a verb (not before a comma).',
      pattern: String.raw`(?<![\p{L}])(?:có|trực\stiếp|sử\sdụng|tổ\schức(?![,;]))(?![\p{L}])`,
      examples: ['cơ quan, đơn vị tổ chức tuyên truyền', 'Thủ trưởng các cơ quan, đơn vị trực tiếp phụ trách'],
      counterexamples: ['người dân, tổ chức, doanh nghiệp', 'hồ sơ công việc'],
    },
    subjectLead: {
      summary: 'Words that open a target sentence but are not its subject: “Phấn đấu”, “Trong đó,”, “Đến năm 2030,”.',
      pattern: String.raw`^(?:(?:Phấn\sđấu|Phần\sđầu|phấn\sđấu|Giảm|giảm|(?:Tăng|tăng)(?!\strưởng)|bình\squân|Trong\sđó|trong\sđó|Đồng\sthời|Đảm\sbảo|Tiếp\stục|Đến\snăm\s(?:19|20)\d{2}|đến\snăm\s(?:19|20)\d{2}|cuối\snăm\s(?:19|20)\d{2}|trong\snăm\s(?:19|20)\d{2}|[Nn]ăm\s(?:19|20)\d{2}|(?:Đến|đến|Trước|trước)\stháng\s\d{1,2}\/(?:19|20)\d{2}|hoàn\sthành)(?:[,\s]{1,3}|$)){1,3}`,
      examples: ['Phấn đấu 100%', 'Trong đó, mức độ hài lòng', 'Đến năm 2030, giảm bình quân', 'Phần đầu cuối năm 2021, trên 95%', 'Phần đầu', 'Giảm', 'phấn đấu năm 2025 ', 'Đến tháng 6/2025 '],
      counterexamples: ['Mức độ hài lòng', 'Tỷ lệ số hóa', 'Tăng trưởng kinh tế'],
    },
    subjectTrail: {
      summary: 'Words that trail a subject written before its value: “… phấn đấu đạt 60%”.',
      pattern: String.raw`\s(?:phấn\sđấu|đều|cần|phải|sẽ)$`,
      examples: ['tỷ lệ giao dịch thanh toán trực tuyến phấn đấu', 'các đơn vị đều'],
      counterexamples: ['tỷ lệ giao dịch'],
    },
    subjectBreak: {
      summary: 'Where the subject of a later value in the same clause may start (code takes the last): after “trong (số) đó,” or a comma.',
      pattern: String.raw`trong\s(?:số\s)?đó,?\s|,\s`,
      examples: [' quốc gia, trong số đó tỷ lệ giao dịch', ' thủ tục hành chính, tỷ lệ'],
      counterexamples: ['tỷ lệ giao dịch'],
    },
    classifierUnit: {
      summary: 'Count units that classify what follows them: “05 bậc vị trí xếp hạng”.',
      words: ['bậc', 'điểm', 'lần', 'vị trí', 'lớp/năm', 'lớp/quý', 'lần/năm', 'lần/quý', 'lần/tháng', 'đợt/năm', 'buổi/năm', 'cuộc/năm', 'hội nghị/năm', 'khóa/năm'],
      anchor: 'line',
      examples: ['bậc', 'điểm', 'lớp/năm'],
      counterexamples: ['đơn vị', 'biên chế'],
    },
    scope: {
      summary: 'A level of government a target applies to: “cấp tỉnh”, “cấp huyện”, “cấp xã”.',
      pattern: String.raw`(?<![\p{L}])cấp\s(?<level>tỉnh|huyện|xã)(?![\p{L}])`,
      examples: ['hồ sơ công việc cấp tỉnh', 'tại cấp xã'],
      counterexamples: ['cấp có thẩm quyền', 'cấp phát'],
    },
    scopeList: {
      summary: 'Levels listed in order: “cấp tỉnh, cấp huyện, cấp xã”, “cấp tỉnh, huyện, xã”, “tỉnh, huyện, xã”.',
      pattern: String.raw`(?<![\p{L}])(?:cấp\s)?(?:tỉnh|huyện|xã)(?:(?:,\s|\svà\s)(?:cấp\s)?(?:tỉnh|huyện|xã)){1,3}(?![\p{L}])`,
      examples: ['của cấp tỉnh, cấp huyện, cấp xã tương ứng', 'cấp tỉnh, huyện, xã đạt tỷ lệ', '03 cấp (tỉnh, huyện, xã)'],
      counterexamples: ['cấp tỉnh', 'UBND các huyện, thị xã'],
    },
    level: {
      summary: 'One level word inside a scope list.',
      pattern: String.raw`tỉnh|huyện|xã`,
      examples: ['tỉnh'],
      counterexamples: ['phường'],
    },
    deadline: {
      summary: 'A deadline in the sentence: “Đến năm 2030”, “đến hết năm 2025”, “cuối năm 2021”, “trong năm 2021”, or a year right after the value (“đạt 20% năm 2025”, “20% vào năm 2025”).',
      pattern: String.raw`(?<![\p{L}])(?:đến(?:\shết)?|trong|cuối|hết|vào)\snăm\s(?<year>(?:19|20)\d{2})(?!\d)|%\s(?:vào\s)?năm\s(?<after>(?:19|20)\d{2})(?!\d)`,
      flags: 'i',
      examples: ['Đến năm 2030, giảm', 'Phần đầu cuối năm 2021, trên 95%', 'Đảm bảo trong năm 2021, 80%', 'đạt 20% năm 2025'],
      counterexamples: ['so với năm 2023', 'kế hoạch năm 2021'],
    },
    deadlineDate: {
      summary: 'A deadline date in the sentence: “trước ngày 30/4/2024”, “chậm nhất ngày 31/12/2025”, “đến ngày 30.6.2024”.',
      pattern: String.raw`(?<![\p{L}])(?:trước|đến|chậm\snhất|hoàn\sthành\strước|trong\sthời\shạn\sđến)\s(?:ngày\s)?(?<day>\d{1,2})[/.-](?<month>\d{1,2})[/.-](?<year>(?:19|20)\d{2})(?!\d)`,
      flags: 'i',
      examples: ['xây dựng phương án trước ngày 30/4/2024', 'Chậm nhất ngày 31/12/2025, 100%', 'đến ngày 30.6.2024'],
      counterexamples: ['ngày 30/4/2024 của UBND tỉnh', 'so với ngày 01/01/2023'],
    },
    deadlineHeading: {
      summary: 'A line that dates what stands under it (a heading, or a table’s group row): “- Đến năm 2025:”, “Giai đoạn 2021-2025:”, “Năm 2026”, “TRONG NĂM 2025”.',
      pattern: String.raw`^(?:(?:đến|trong|giai\sđoạn)\s(?:năm\s)?|năm\s)(?:(?:19|20)\d{2}\s?[-–]\s?)?(?<year>(?:19|20)\d{2})\s?[.:]?$`,
      flags: 'i',
      examples: ['Đến năm 2025:', 'Đến năm 2030', 'Giai đoạn 2021-2025:', 'Giai đoạn 2025-2027', 'Năm 2026', 'Trong năm 2025', 'TRONG NĂM 2025'],
      counterexamples: ['Đến năm 2030, giảm bình quân 15%', 'Nâng cao nhận thức đến năm 2030 cho cán bộ', 'Cải cách thể chế'],
    },
    baseline: {
      summary: 'A baseline: “so với năm 2023”, “so với giai đoạn 2021-2025”, “so với cùng kỳ”.',
      pattern: String.raw`(?<![\p{L}])so\svới\s(?<baseline>năm\s(?:19|20)\d{2}|giai\sđoạn\s(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2}|cùng\skỳ(?:\snăm\s(?:19|20)\d{2}|\snăm\strước)?|đầu\snhiệm\skỳ|kế\shoạch|quy\sđịnh|năm\strước)`,
      examples: ['so với năm 2023', 'so với giai đoạn 2021-2025', 'so với cùng kỳ', 'so với quy định', 'so với cùng kỳ năm trước'],
      counterexamples: ['so sánh', 'so với yêu cầu'],
    },
    indicatorHeader: {
      summary: 'The header of an indicator table’s column that names what is measured: “Chỉ tiêu”, “Tên chỉ tiêu”, “Nội dung chỉ tiêu”, “Tiêu chí”.',
      pattern: String.raw`^(?:tên\s|nội\sdung\s)?(?:các\s)?(?:chỉ\stiêu|tiêu\schí)(?:\s(?:chủ\syếu|cụ\sthể))?$`,
      flags: 'i',
      examples: ['Chỉ tiêu', 'Tên chỉ tiêu', 'Nội dung chỉ tiêu', 'Tiêu chí'],
      counterexamples: ['Chỉ tiêu năm 2025', 'Đơn vị', 'Nội dung công việc'],
    },
    unitHeader: {
      summary: 'The header of an indicator table’s unit column: “Đơn vị”, “Đơn vị tính”, “ĐVT”.',
      pattern: String.raw`^(?:đơn\svị(?:\stính|\sđo)?|đvt)$`,
      flags: 'i',
      examples: ['Đơn vị', 'Đơn vị tính', 'ĐVT'],
      counterexamples: ['Đơn vị chủ trì', 'Đơn vị phối hợp'],
    },
    percentUnit: {
      summary: 'A unit cell that measures in percent: “%”, “% GDP”, “%/năm”, “% dân số”, “Tỷ lệ %”.',
      pattern: String.raw`^(?:tỷ\slệ\s|tỉ\slệ\s)?%`,
      flags: 'i',
      examples: ['%', '% GDP', '%/năm', 'Tỷ lệ %'],
      counterexamples: ['Doanh nghiệp', 'Người/vạn dân'],
    },
    cellValue: {
      summary: 'The value cell of an indicator table: a number or range, with a comparator sign or word before it: “≥ 80”, “>= 30”, “> 60”, “16 - 18”, “100%”, “Tối thiểu 90%”.',
      pattern: String.raw`^(?<cmp>≥|>=|≤|<=|>|<|trên|dưới|tối\sthiểu|tối\sđa|ít\snhất|không\sdưới|không\squá|đạt)?\s?(?<min>\d{1,3}(?:,\d{1,3})?)\s?(?<pct>%)?(?:\s?(?:-|–|đến)\s?(?<max>\d{1,3}(?:,\d{1,3})?)\s?%?)?(?:\s?(?<after>trở\slên|trở\sxuống))?(?![\d.,/])`,
      flags: 'i',
      examples: ['≥ 80', '>= 30', '> 60', '16 - 18', '100%', 'Tối thiểu 90%', '≥ 3% và tăng dần theo yêu cầu', '80% trở lên'],
      counterexamples: ['Tiên tiến, hiện đại', 'Đạt mức trên trung bình', '6/2025', '172.033'],
    },
    commitment: {
      summary: 'Words that make a clause commit even beside a reported figure: “phấn đấu”, “bảo đảm”.',
      pattern: String.raw`(?<![\p{L}])(?:phấn\sđấu|phần\sđầu|bảo\sđảm|đảm\sbảo)(?![\p{L}])`,
      flags: 'i',
      examples: ['Chi đầu tư phấn đấu đạt 100% kế hoạch', 'Đảm bảo 100% hồ sơ'],
      counterexamples: ['ước đạt 8% (đạt mục tiêu Nghị quyết đề ra)'],
    },
    rateWord: {
      summary: 'A word that names a measured share before its value: “tỷ lệ”, “tỉ lệ”, “tỷ trọng”, “mức độ”, “chỉ số”.',
      pattern: String.raw`(?<![\p{L}])(?:tỷ|tỉ)\s(?:lệ|trọng)|mức\sđộ|chỉ\ssố|tốc\sđộ|cơ\scấu(?![\p{L}])`,
      flags: 'i',
      examples: ['Tỷ lệ hồ sơ trực tuyến ', 'tỉ trọng kinh tế số ', 'Mức độ hài lòng '],
      counterexamples: ['cấp hóa chất Chlorine ', 'máy phun '],
    },
    enumerationLead: {
      summary: 'A clause that opens with a label and a colon, so its “;” parts enumerate one statement: “Cơ cấu kinh tế: A …; B …”.',
      pattern: String.raw`^[^:;]{2,80}:\s\S`,
      examples: ['Cơ cấu kinh tế: Ngư, nông, lâm nghiệp chiếm khoảng 27%'],
      counterexamples: ['Tỷ lệ hồ sơ trực tuyến đạt 80%', 'ngày 12/3/2025: '],
    },
    deadlineLead: {
      summary: 'A clause that opens with its deadline and no subject of its own: “đến năm 2030 đạt 50%”.',
      pattern: String.raw`^(?:đến|Đến)\s(?:hết\s)?năm\s(?:19|20)\d{2},?\s(?:đạt|là|tăng|giảm|tối\sthiểu|trên|ít\snhất)`,
      examples: ['đến năm 2030 đạt 50%', 'Đến năm 2030, tăng lên 60%'],
      counterexamples: ['Đến năm 2030, 90% hồ sơ', 'tỷ lệ đạt 20%'],
    },
    objectAfter: {
      summary: 'A value followed by the object it quantifies (“kiểm tra … đối với 70% UBND cấp xã”), not by punctuation (“Chlorine 70%, máy phun”).',
      pattern: String.raw`^\s?\p{L}`,
      examples: [' UBND cấp xã', ' hồ sơ'],
      counterexamples: [', máy phun', ')'],
    },
    wordCell: {
      summary: 'A table cell with words in it (an indicator), not only numbers or signs.',
      pattern: String.raw`\p{L}{2}`,
      examples: ['Tỷ lệ hồ sơ', 'Tỉ lệ'],
      counterexamples: ['1', '≥ 80', '%'],
    },
    clauseEnd: {
      summary: 'Where a target clause ends: “;”, a sentence end, or a comma before a later deadline with its own figure (“… năm 2025, đến năm 2030 đạt 50%”).',
      pattern: String.raw`;\s|\.\s(?=\p{Lu}|-\s)|\.$|;$|,\s(?=(?:đến|Đến)\s(?:hết\s)?năm\s(?:19|20)\d{2}(?!\d)[^,;.]{0,40}\d\s?%)`,
      examples: ['đạt 100%; tỷ lệ', 'được xử lý. Trong đó', '- 01 lớp/năm. - Báo cáo kết quả tập huấn.', 'đạt 20% năm 2025, đến năm 2030 đạt 50%'],
      counterexamples: ['1,23% biên chế'],
    },
  },
});
