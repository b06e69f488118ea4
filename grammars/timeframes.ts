import { defineGrammar } from '../src/grammar/define-grammar.js';

/**
 * Timeframes as appendix cells and “Thời gian:” lines write them. Each rule
 * matches a whole piece (a cell or one phase of it), case-insensitively.
 */
export const timeframes = defineGrammar({
  name: 'timeframes',
  summary: 'Quarters, months, years, periods, deadlines and recurrences.',
  rules: {
    dateRange: {
      summary: 'Two full dates: “từ ngày 04/02/2026 đến ngày 08/02/2026”, “01/3/2026 - 30/4/2026”.',
      pattern: String.raw`(?<![\d/])(?<d1>\d{1,2})/(?<m1>\d{1,2})/(?<y1>(?:19|20)\d{2})\s?(?:đến|-|–)\s?(?:ngày\s)?(?<d2>\d{1,2})/(?<m2>\d{1,2})/(?<y2>(?:19|20)\d{2})(?![\d/])`,
      flags: 'i',
      examples: ['từ ngày 04/02/2026 đến ngày 08/02/2026', '01/3/2026 - 30/4/2026'],
      counterexamples: ['ngày 04/02/2026', 'tháng 3/2026 đến tháng 6/2026'],
    },
    monthRange: {
      summary: 'Two months, the year written once or on each: “Từ tháng 3 đến tháng 6 năm 2026”, “tháng 10/2025 - tháng 3/2026”, “Tháng 11 - 12/2025”.',
      pattern: String.raw`(?<![\p{L}\p{N}])tháng\s(?<m1>\d{1,2})(?:\s?/\s?(?<y1>(?:19|20)\d{2})|\snăm\s(?<y1b>(?:19|20)\d{2}))?\s?(?:đến|-|–|và)\s?(?:hết\s)?(?:tháng\s)?(?<m2>\d{1,2})(?![\d.,])(?:\s?/\s?(?<y2>(?:19|20)\d{2})|\snăm\s(?<y2b>(?:19|20)\d{2}))?`,
      flags: 'i',
      examples: ['Từ tháng 3 đến tháng 6 năm 2026', 'tháng 10/2025 - tháng 3/2026', 'từ tháng 11/2025 đến tháng 02/2026', 'Tháng 11 - 12/2025'],
      counterexamples: ['Tháng 3/2026', 'Quý I đến quý II/2026'],
    },
    quarterRange: {
      summary: 'Two quarters each with its year: “Quý IV/2025 - Quý II/2026”, “từ quý IV năm 2025 đến quý I năm 2026”.',
      pattern: String.raw`(?<![\p{L}\p{N}])qu[ýí]\s(?<q1>IV|III|II|I|[1-4])(?:\s?[/-]\s?|\snăm\s)(?<y1>(?:19|20)\d{2})\s?(?:đến|-|–|và)\s?qu[ýí]\s(?<q2>IV|III|II|I|[1-4])(?:\s?[/-]\s?|\snăm\s)(?<y2>(?:19|20)\d{2})`,
      flags: 'i',
      examples: ['Quý IV/2025 - Quý II/2026', 'từ quý IV năm 2025 đến quý I năm 2026', 'Quý IV/2025 và Quý I/2026'],
      counterexamples: ['Quý II-III năm 2023', 'Quý IV/2025'],
    },
    quarter: {
      summary: '“Quý I/2022”, “Quý II năm 2024”, “Quý I /2021”, “quý 3/2023”, “Quí IV-2025”, “Quý I” (year implied).',
      pattern: String.raw`(?<![\p{L}\p{N}])qu[ýí]\s(?<q>IV|III|II|I|[1-4])(?![\p{L}\p{N}])(?:\s?[/-]\s?(?<y1>(?:19|20)\d{2})(?!\d)|\snăm\s(?<y2>(?:19|20)\d{2}))?`,
      flags: 'i',
      examples: ['Quý I/2022', 'Quý II năm 2024', 'Quý I /2021', 'quý 3/2023', 'Quý IV', 'Quí IV-2025'],
      counterexamples: ['Quyết định', 'quý vị'],
    },
    quarterSpan: {
      summary: 'Several quarters: “Quý II, III/2023”, “Quý II-III năm 2023”, “Quý III và IV/2024”.',
      pattern: String.raw`(?<![\p{L}\p{N}])qu[ýí]\s(?<q1>IV|III|II|I|[1-4])\s?(?:,|-|–|và|đến)\s?(?:qu[ýí]\s)?(?<q2>IV|III|II|I|[1-4])(?![\p{L}\p{N}])(?:\s?/\s?(?<y1>(?:19|20)\d{2})|\snăm\s(?<y2>(?:19|20)\d{2}))?`,
      flags: 'i',
      examples: ['Quý II, III/2023', 'Quý II-III năm 2023', 'Quý III và IV/2024', 'quý I đến quý II/2022'],
      counterexamples: ['Quý I/2022', 'Quý II năm 2024'],
    },
    halfYear: {
      summary: 'A half year: “6 tháng đầu năm 2024”, “6 tháng cuối năm 2023”.',
      pattern: String.raw`(?<![\p{L}\p{N}])(?:6|06|sáu)\stháng\s(?<half>đầu|cuối)\snăm(?:\s(?<year>(?:19|20)\d{2}))?`,
      flags: 'i',
      examples: ['6 tháng đầu năm 2024', '06 tháng cuối năm 2023', '6 tháng đầu năm'],
      counterexamples: ['Tháng 6/2024', 'Năm 2024'],
    },
    month: {
      summary: '“Tháng 3/2022”, “Tháng 01 năm 2024”, “tháng 12/2020”, “12/2020”.',
      pattern: String.raw`(?:(?<![\p{L}\p{N}])tháng\s(?<m1>\d{1,2})(?:\s?/\s?(?<y1>(?:19|20)\d{2})|\snăm\s(?<y2>(?:19|20)\d{2}))?|(?<![\d/])(?<m2>\d{1,2})/(?<y3>(?:19|20)\d{2})(?![\d/]))`,
      flags: 'i',
      examples: ['Tháng 3/2022', 'Tháng 01 năm 2024', 'tháng 02 năm 2024', '12/2020'],
      counterexamples: ['Quý I/2022', '14/9/2020'],
    },
    date: {
      summary: 'A full date: “ngày 01/6/2022”, “30/6/2022”, “ngày 15 tháng 7 năm 2021”.',
      pattern: String.raw`(?:(?<![\d/])(?<d1>\d{1,2})/(?<m1>\d{1,2})/(?<y1>(?:19|20)\d{2})(?![\d/])|ngày\s(?<d2>\d{1,2})\stháng\s(?<m2>\d{1,2})\snăm\s(?<y2>(?:19|20)\d{2}))`,
      flags: 'i',
      examples: ['ngày 01/6/2022', '30/6/2022', 'ngày 15 tháng 7 năm 2021'],
      counterexamples: ['Tháng 3/2022', '2021-2025'],
    },
    period: {
      summary: 'A span of years: “2021-2025”, “Giai đoạn 2022-2023”, “giai đoạn 2021 - 2030”.',
      pattern: String.raw`(?<![\d])(?<from>(?:19|20)\d{2})\s?[-–]\s?(?<to>(?:19|20)\d{2})(?!\d)`,
      examples: ['2021-2025', 'Giai đoạn 2022-2023', 'giai đoạn 2021 - 2030'],
      counterexamples: ['2021', 'Quý I/2022'],
    },
    yearRange: {
      summary: 'Two years joined by words: “từ năm 2026 đến năm 2030”, “năm 2025 và năm 2026”.',
      pattern: String.raw`(?<![\d])(?<from>(?:19|20)\d{2})\s(?:đến|và)\s(?:hết\s)?(?:năm\s)?(?<to>(?:19|20)\d{2})(?!\d)`,
      flags: 'i',
      examples: ['từ năm 2026 đến năm 2030', 'năm 2025 và năm 2026', '2026 đến hết năm 2027'],
      counterexamples: ['2021-2025', 'năm 2025 và các năm tiếp theo'],
    },
    dayMonth: {
      summary: 'A day without its year, which the plan’s year gives: “trước ngày 30/6”, “ngày 15 tháng 12”.',
      pattern: String.raw`(?:(?<![\d/])(?<d1>\d{1,2})/(?<m1>\d{1,2})(?![\d/])|ngày\s(?<d2>\d{1,2})\stháng\s(?<m2>\d{1,2})(?!\d|\snăm))`,
      flags: 'i',
      examples: ['trước ngày 30/6', 'ngày 15 tháng 12', 'Trước 20/12 hằng năm'],
      counterexamples: ['30/6/2026', 'ngày 15 tháng 12 năm 2025', '6/2025'],
    },
    year: {
      summary: 'A year: “Năm 2022”, “năm 2021 và các năm tiếp theo”, “2024”.',
      pattern: String.raw`(?<![\d/])(?<year>(?:19|20)\d{2})(?![\d/])`,
      examples: ['Năm 2022', '2024'],
      counterexamples: ['12/2020', '20221'],
    },
    onwards: {
      summary: 'An open end: “và các năm tiếp theo”, “từ ngày …”, “trở đi”.',
      pattern: String.raw`(?:các\snăm\stiếp\stheo|(?<![\p{L}])từ\s(?:ngày|tháng|năm|quý)|trở\sđi|hằng\snăm\stiếp\stheo)`,
      flags: 'i',
      examples: ['Năm 2021 và các năm tiếp theo', 'từ ngày 01/6/2022'],
      counterexamples: ['Năm 2022'],
    },
    deadline: {
      summary: 'A latest date: “Chậm nhất tháng 2 năm 2024”, “trước ngày 30/6”, “hoàn thành trước”.',
      pattern: String.raw`(?:chậm\snhất|trước\sngày|trước\stháng|trước\squý|hoàn\sthành\strước|không\squá|(?<![\p{L}])trước\s(?=\d))`,
      flags: 'i',
      examples: ['Chậm nhất tháng 2 năm 2024', 'trước ngày 30/6/2022', 'Trước 31/12/2024'],
      counterexamples: ['Năm 2022'],
    },
    wholeYear: {
      summary: 'The whole (plan) year: “Cả năm”, “Trong năm”, “Suốt năm”.',
      pattern: String.raw`^(?:cả\snăm|trong\snăm|suốt\snăm|cả\snăm\s(?<year>(?:19|20)\d{2}))\.?$`,
      flags: 'i',
      examples: ['Cả năm', 'Trong năm', 'cả năm 2021'],
      counterexamples: ['Năm 2022', 'Cả năm học'],
    },
    recurrence: {
      summary: 'Recurring or open-ended: “Thường xuyên”, “Hằng năm”, “các năm tiếp theo”, “Mỗi tháng 01 lần”, “Theo định kỳ”, “Khi có yêu cầu”, “Theo lộ trình”.',
      pattern: String.raw`(?<kind>thường\sxuyên|hằng\snăm|hàng\snăm|hằng\squý|hàng\squý|hằng\stháng|hàng\stháng|định\skỳ|mỗi\s(?:năm|quý|tháng|tuần)(?:\s\d{1,2}\slần)?|khi\scó\s(?:yêu\scầu|phát\ssinh)|theo\s(?:lộ\strình|tiến\sđộ|quy\sđịnh|hướng\sdẫn|kế\shoạch|yêu\scầu)|liên\stục|đột\sxuất|các\snăm\stiếp\stheo)`,
      flags: 'i',
      examples: ['Thường xuyên', 'Hằng năm', 'Mỗi tháng 01 lần', 'Theo định kỳ', 'Khi có yêu cầu', 'Theo lộ trình', 'Theo tiến độ Trung ương', 'Năm 2025 và các năm tiếp theo'],
      counterexamples: ['Năm 2022', 'Quý I/2022'],
    },
    phaseStart: {
      summary: 'Where a phase’s time expression starts after its label: “cấp huyện từ ngày …”.',
      pattern: String.raw`\s(?:từ|trước|trong|đến|chậm)\s`,
      examples: ['cấp huyện từ ngày 01/12/2022', 'Thực hiện trong năm 2021'],
      counterexamples: ['Quý I/2022'],
    },
    phaseLabel: {
      summary: 'The label of one phase in a multi-phase cell: “- Ban hành Kế hoạch: …”, “Thực hiện: …”, “cấp huyện từ …”.',
      pattern: String.raw`(?:^|\s)-\s(?=\p{Lu})|;\s`,
      examples: ['- Ban hành Kế hoạch: Quý I/2021 - Thực hiện: Cả năm', 'tỉnh từ ngày 01/6/2022; cấp huyện từ ngày 01/12/2022'],
      counterexamples: ['Quý I/2022', '2021-2025'],
    },
  },
});
