import { defineGrammar } from '../src/grammar/define-grammar.js';

/**
 * What a percentage in a plan is when it is no target: a result or an
 * estimate already reached, a figure of a past year, a share of a plan or a
 * budget, a scoring rule or a quorum in an emulation scheme, a tax rate or a
 * cost share, or part of a cited document's title. What a target is, and the
 * words that qualify it, are in `targets.ts`.
 */
export const nonTargets = defineGrammar({
  name: 'nonTargets',
  summary: 'Figures that are not targets: results, estimates, past years, scoring rules, quorums, rates and cost shares, cited titles.',
  rules: {
    reported: {
      summary: 'Words that make a clause report a result or an estimate rather than commit: “ước đạt”, “ước thực hiện”, “đến nay”, “đã đạt”, “so cùng kỳ”, “dự báo”, “lũy kế”, “6 tháng đầu năm”.',
      pattern: String.raw`(?<![\p{L}])(?:(?<!(?<![\p{L}])(?:quy|công|hiệp|mong|điều|ký|kí|giao)\s)[uư]ớc(?:\s(?:đạt|thực\shiện|tính|cả\snăm|tăng|giảm|vượt|thu))?|đến\snay|hiện\snay|đã\sđạt|đã\shoàn\sthành|lũy\skế|\d{1,2}\stháng\sđầu\snăm|so\s(?:với\s)?cùng\skỳ|dự\sbáo|(?<![\d/.,])\d{1,5}\/(?!(?:19|20)\d{2}(?!\d))\d{1,5}(?=\s(?!năm)\p{L}))(?![\p{L}])`,
      flags: 'i',
      examples: ['03/25 trường ngoài công lập đạt chuẩn, đạt tỷ lệ 12%', 'Tổng thu ước đạt 100% dự toán', 'Uớc thực hiện cả năm', 'Đến nay, toàn tỉnh có', 'tăng 12% so với cùng kỳ', 'dự báo tốc độ tăng trưởng', 'hài lòng của người dân, doanh nghiệp ước đạt 91%'],
      counterexamples: ['Phấn đấu đạt 100% kế hoạch', 'theo quy ước của thôn', '100% đơn vị đăng ký giao ước thi đua', 'đến năm 2030', 'Đến tháng 6/2025 đạt 100% hồ sơ'],
    },
    estimate: {
      summary: 'Words of an estimate or a state already reached, which no goals heading turns into a commitment: “ước đạt”, “đến nay”, “đã đạt”, “lũy kế”, “9 tháng đầu năm”.',
      pattern: String.raw`(?<![\p{L}])(?:(?<!(?<![\p{L}])(?:quy|công|hiệp|mong|điều|ký|kí|giao)\s)[uư]ớc(?:\s(?:đạt|thực\shiện|tính|cả\snăm|tăng|giảm|vượt|thu))?|đến\snay|hiện\snay|đã\sđạt|đã\shoàn\sthành|lũy\skế|\d{1,2}\stháng\sđầu\snăm)(?![\p{L}])`,
      flags: 'i',
      examples: ['Tổng thu ước đạt 100% dự toán', 'Đến nay, toàn tỉnh có', 'đã đạt 90%', 'số doanh nghiệp ước tăng 5%', 'Lũy kế giải ngân đạt 70%', 'Trong 9 tháng đầu năm, tỷ lệ'],
      counterexamples: ['tăng 10% so với cùng kỳ', 'theo quy ước của thôn', 'ký giao ước thi đua'],
    },
    pastYear: {
      summary: 'A year a reported figure belongs to, right before its verb: “năm 2024 đạt 85%”, “Năm 2023, tỷ lệ … đạt”. Code compares it with the plan’s year.',
      pattern: String.raw`(?<![\p{L}])(?<!(?:đến|Đến|với|hết|cuối|trong|đoạn|từ|Từ|tháng\s\d{1,2}|của)\s)năm\s(?<year>(?:19|20)\d{2})(?!\s?[-–]\s?\d)`,
      flags: 'i',
      examples: ['năm 2024 đạt 85%', 'Năm 2023, tỷ lệ'],
      counterexamples: ['đến năm 2030', 'so với năm 2020', 'ngày 12 tháng 3 năm 2021'],
    },
    resultRatioAfter: {
      summary: 'A value measured against a plan or a past period right after it: “đạt 97% kế hoạch”, “81% dự toán”, “12% so với cùng kỳ”.',
      pattern: String.raw`^\s?(?:(?:kế\shoạch|dự\stoán)(?!\sđến)|so\s(?:với\s)?(?:cùng\skỳ|dự\stoán|kế\shoạch|năm\strước))`,
      flags: 'i',
      examples: [' kế hoạch, tăng', ' dự toán năm', ' so cùng kỳ', ' so với năm trước'],
      counterexamples: [' số hồ sơ', ' so với năm 2020'],
    },
    scoring: {
      summary: 'A scoring rule of an emulation scheme: points awarded in the clause (“đạt từ 90% trở lên được 10 điểm”, “trừ 2 điểm”, “…: 20 điểm”, “(20 điểm)”).',
      pattern: String.raw`(?<![\p{L}])(?:(?:được|cộng|trừ|chấm|tối\sđa|đạt)\s\d{1,3}(?:,\d{1,2})?\s?%?\s(?:tổng\s(?:số\s)?)?điểm|không\s(?:chấm|tính|được\scộng)\sđiểm)(?![\p{L}])|(?::|\()\s?\d{1,3}(?:,\d{1,2})?\sđiểm(?![\p{L}])`,
      flags: 'i',
      examples: ['đạt từ 90% trở lên được 10 điểm', 'dưới 50% trừ 2 điểm', 'Mỗi sáng kiến được cộng 5% tổng số điểm', 'Dưới 95% không chấm điểm', 'Từ 90% trở lên: 10 điểm', 'Đạt 100% kế hoạch: 20 điểm', 'Hồ sơ đúng hạn từ 95% trở lên (20 điểm)'],
      counterexamples: ['tăng ít nhất 05 bậc', 'đạt 90%', 'Tỷ lệ hồ sơ đạt 95% trở lên: đánh giá hằng quý'],
    },
    quorumBefore: {
      summary: 'A vote or quorum threshold before a value: “sự tín nhiệm của trên 50%”, “được trên 50% tổng số đại biểu tán thành” (with quorumAfter).',
      pattern: String.raw`(?<![\p{L}])(?:tín\snhiệm|tán\sthành|biểu\squyết|số\sphiếu|phiếu\sbầu)(?:\s(?:của|đạt))?\s(?:trên|quá|từ|dưới|ít\snhất)?\s?$`,
      flags: 'i',
      examples: ['không đạt sự tín nhiệm của trên ', 'số phiếu đạt '],
      counterexamples: ['Tỷ lệ cử tri đi bầu đạt trên '],
    },
    quorumAfter: {
      summary: 'A vote threshold after a value: “50% tổng số đại biểu … tán thành”, “2/3 số thành viên có mặt”.',
      pattern: String.raw`^\s?(?:trở\slên\s)?(?:tổng\ssố|số)\s(?:cử\stri|đại\sbiểu|thành\sviên|phiếu)[\s\p{L}\-]{0,60}\s(?:tán\sthành|đồng\sý|biểu\squyết|có\smặt)`,
      flags: 'iu',
      examples: [' tổng số đại biểu có mặt tán thành', ' số thành viên đồng ý', ' tổng số thành viên Hội đồng Thi đua - Khen thưởng có mặt tán thành'],
      counterexamples: [' đại biểu được tập huấn', ' cử tri đi bầu'],
    },
    nonTargetBefore: {
      summary: 'Words right before a value that make it a rate, a share of cost, a score or a strength, not a target: “thuế suất 5%”, “ngân sách tỉnh hỗ trợ 50%”, “hưởng 100%”, “(chiếm 32%)”, “được miễn 100% tiền sử dụng đất”, “nồng độ 0,5%”, “bằng khoảng 1,4%”, “Trích 40% số tăng thu”.',
      pattern: String.raw`(?<![\p{L}])(?:thuế\ssuất|lãi\ssuất|mức\sthuế|tỷ\slệ\sđiều\stiết|hỗ\strợ|đối\sứng|hưởng|chi\strả|đóng\sgóp|chịu|trích(?:\s(?:lại|lập))?|miễn(?:,?\sgiảm)?|nồng\sđộ|hàm\slượng|(?<=^\s?|\(\s?)chiếm|bằng)(?:\s(?:khoảng|tối\sđa|tối\sthiểu|không\squá|mức|từ))?\s$`,
      flags: 'i',
      examples: ['áp dụng mức thuế suất ', 'ngân sách tỉnh hỗ trợ ', 'địa phương hưởng ', '(Chiếm ', 'nồng độ ', 'bằng khoảng ', 'ngân sách nhà nước hỗ trợ tối đa ', 'Trích ', 'nhà đầu tư được miễn ', 'được miễn, giảm '],
      counterexamples: ['Tỷ lệ hộ nghèo đạt ', 'Cơ cấu dịch vụ chiếm khoảng ', 'Phấn đấu '],
    },
    budgetWord: {
      summary: 'Money a plan spends: “kinh phí”, “chi phí”, “ngân sách”, “nguồn vốn”.',
      pattern: String.raw`(?<![\p{L}])(?:kinh\sphí|chi\sphí|ngân\ssách|nguồn\svốn|vốn\sđầu\stư)(?![\p{L}])`,
      flags: 'i',
      examples: ['Dự kiến kinh phí thực hiện khoảng ', 'Ngân sách cấp huyện bố trí '],
      counterexamples: ['Tỷ lệ hồ sơ ', 'Giảm '],
    },
    budgetAfter: {
      summary: 'A value that is a share of a budget (with budgetWord before it): “… khoảng 10% kinh phí quan trắc”, “30% tổng mức đầu tư”, the remainder of a split (“ngân sách xã bảo đảm 50% còn lại”).',
      pattern: String.raw`^\s?(?:(?:của\s|trên\s)?(?:tổng\s)?(?:kinh\sphí|chi\sphí|ngân\ssách|vốn|dự\stoán|mức\sđầu\stư)|(?:phần\s)?còn\slại)(?![\p{L}])`,
      flags: 'i',
      examples: [' kinh phí thực hiện quan trắc', ' tổng mức đầu tư', ' dự toán được giao', ' còn lại'],
      counterexamples: [' hồ sơ', ' doanh nghiệp'],
    },
    citedTitle: {
      summary: 'Text between a citation and a value that is still the cited document’s title: “ về việc … đạt 100% …”.',
      pattern: String.raw`^,?\s(?:về|ban\shành|quy\sđịnh|phê\sduyệt|hướng\sdẫn)\s[^;]{0,300}$`,
      examples: [' về việc phấn đấu ', ' ban hành Chương trình '],
      counterexamples: ['; 100% ', ' của Chính phủ. '],
    },
    awardQuotaAfter: {
      summary: 'An emulation scheme’s cap on awards after a capped value (“không quá 15% tổng số cá nhân đạt danh hiệu Lao động tiên tiến”): a quota, not a target.',
      pattern: String.raw`^\s?tổng\ssố\s(?:cá\snhân|tập\sthể|cán\sbộ|người|đơn\svị)[^;.]{0,80}?(?:danh\shiệu|khen\sthưởng)`,
      flags: 'i',
      examples: [' tổng số cá nhân đạt danh hiệu “Lao động tiên tiến”', ' tổng số tập thể được khen thưởng'],
      counterexamples: [' cá nhân đạt danh hiệu', ' tổng số hồ sơ tiếp nhận'],
    },
    resultsHeading: {
      summary: 'A heading over results or the situation so far, whose figures are reported unless a clause commits in words: “KẾT QUẢ THỰC HIỆN NĂM 2024”, “Đánh giá tình hình”, “Thực trạng”, “SỰ CẦN THIẾT BAN HÀNH KẾ HOẠCH”.',
      pattern: String.raw`^(?:đánh\sgiá\s(?:kết\squả|tình\shình|thực\strạng|việc\sthực\shiện)|(?:kết\squả|tình\shình)\s(?:thực\shiện|triển\skhai|đạt\sđược|(?:năm|giai\sđoạn)\s(?:19|20)\d{2})|tình\shình\skinh\stế|thực\strạng|sự\scần\sthiết|bối\scảnh)(?![\p{L}])`,
      flags: 'i',
      examples: ['KẾT QUẢ THỰC HIỆN NĂM 2024', 'KẾT QUẢ NĂM 2024', 'Kết quả giai đoạn 2021 - 2025', 'Đánh giá tình hình năm 2025', 'ĐÁNH GIÁ KẾT QUẢ NĂM 2024', 'TÌNH HÌNH THỰC HIỆN NĂM 2024', 'Thực trạng', 'SỰ CẦN THIẾT BAN HÀNH KẾ HOẠCH', 'Bối cảnh'],
      counterexamples: ['MỤC TIÊU', 'Kết quả cần đạt', 'Kiểm tra, đánh giá kết quả'],
    },
    scoringHeading: {
      summary: 'A heading over an emulation scheme’s scoring rules, whose figures are points and thresholds, not targets: “TIÊU CHÍ CHẤM ĐIỂM”, “Thang điểm”, “Bảng điểm thi đua”, “Tiêu chí đánh giá, xếp loại”.',
      pattern: String.raw`(?<![\p{L}])(?:(?:chấm|thang|bảng|cách\stính)\sđiểm|xếp\sloại)(?![\p{L}])`,
      flags: 'i',
      examples: ['TIÊU CHÍ CHẤM ĐIỂM', 'Thang điểm', 'Bảng điểm thi đua', 'Cách tính điểm', 'TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI'],
      counterexamples: ['TIÊU CHUẨN KHEN THƯỞNG', 'Địa điểm tổ chức'],
    },
    pointsHeader: {
      summary: 'A table column of points, which makes the table a scoring table: “Điểm”, “Điểm chuẩn”, “Điểm tối đa”, “Số điểm”, “Thang điểm”.',
      pattern: String.raw`^(?:số\s|thang\s)?điểm(?:\s(?:chuẩn|tối\sđa|tự\schấm|thẩm\sđịnh|đạt\sđược))?$`,
      flags: 'i',
      examples: ['Điểm', 'Điểm chuẩn', 'Điểm tối đa', 'Số điểm', 'Thang điểm'],
      counterexamples: ['Địa điểm', 'Thời điểm', 'Điểm hỗ trợ dịch vụ công'],
    },
    resultColumn: {
      summary: 'The header of a table column of results or comparisons, not targets: “Thực hiện năm 2024”, “Ước thực hiện 2025”, “TH 2024”, “KH 2025 so với TH 2024 (%)”, “So sánh”. Code also drops a column whose year is before the plan’s.',
      pattern: String.raw`^(?:ước\s(?:thực\shiện|th|đạt)|ước|uth|th|thực\shiện|kết\squả\sthực\shiện)(?![\p{L}])|(?<![\p{L}])so\s(?:với|sánh)(?![\p{L}])|tăng\s?[,/]\s?giảm`,
      flags: 'i',
      examples: ['Thực hiện năm 2024', 'Ước thực hiện 2025', 'TH 2024', 'KH 2025 so với TH 2024 (%)', 'So sánh', 'Tăng, giảm'],
      counterexamples: ['Kế hoạch năm 2025', 'Năm 2030', 'Kết quả', 'Chỉ tiêu'],
    },
    costShareSubject: {
      summary: 'A subject that is a share of cost whatever its comparator: “tỷ lệ đối ứng của xã tối thiểu 30%”, “mức đóng góp của người dân không quá 20%”.',
      pattern: String.raw`(?<![\p{L}])(?:(?:vốn\s|tỷ\slệ\s|mức\s)đối\sứng|(?:mức|tỷ\slệ)\s(?:hỗ\strợ|đóng\sgóp|đóng)|phần\sđóng\sgóp)(?![\p{L}])`,
      flags: 'i',
      examples: ['tỷ lệ đối ứng của xã tối thiểu ', 'mức đóng góp của người dân không quá ', 'Tỷ lệ hỗ trợ từ ngân sách tỉnh '],
      counterexamples: ['Tỷ lệ hồ sơ được hỗ trợ trực tuyến ', 'Tỷ lệ người dân đóng bảo hiểm y tế '],
    },
    shareOfCountBefore: {
      summary: 'A share of a count just given, outside goals: “45 xã đạt chuẩn, chiếm 37,5%” (under goals “…, chiếm 35% GRDP” commits).',
      pattern: String.raw`,\s?chiếm(?:\s(?:tỷ\slệ|khoảng))?\s$`,
      flags: 'i',
      examples: ['45 xã đạt chuẩn, chiếm ', '120 doanh nghiệp, chiếm tỷ lệ '],
      counterexamples: ['Kinh tế số chiếm ', '(chiếm '],
    },
    plansAhead: {
      summary: 'Words of a heading that also sets what is to come, so it is no results heading however it opens: “Đánh giá tình hình năm 2025 và kế hoạch năm 2026”, “Thực trạng và giải pháp”.',
      pattern: String.raw`(?<![\p{L}])(?:mục\stiêu|nhiệm\svụ|phương\shướng|giải\spháp|chỉ\stiêu|và\skế\shoạch|dự\skiến)(?![\p{L}])`,
      flags: 'i',
      examples: ['Đánh giá tình hình năm 2025 và kế hoạch năm 2026', 'THỰC TRẠNG VÀ GIẢI PHÁP', 'Kết quả thực hiện và phương hướng, nhiệm vụ năm 2026'],
      counterexamples: ['KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2024', 'Đánh giá tình hình năm 2025'],
    },
  },
});
