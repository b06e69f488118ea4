import { defineGrammar } from '../src/grammar/define-grammar.js';

/**
 * Outline labels at the start of a line. Each rule captures `label` (as
 * written), `num` (the ordinal) and `text` (the rest of the line). Order of
 * tries is set in code (src/segment/classify-line.ts), most specific first.
 */
export const headings = defineGrammar({
  name: 'headings',
  summary: 'Outline labels: Phần, Chương, Mục, Điều, I., 1., 3.1., a), dashes and pluses.',
  rules: {
    part: {
      summary: 'A part: “Phần I”, “PHẦN THỨ HAI”.',
      pattern: String.raw`^(?<label> (?:PHẦN|Phần) \s (?<num> {{roman}} | \d{1,2} | (?:THỨ|thứ) \s \p{L}+ ) [.:]? ) (?: \s (?<text>.*) )? $`,
      examples: ['Phần I. NHỮNG VẤN ĐỀ CHUNG', 'PHẦN THỨ HAI'],
      counterexamples: ['Phần lớn các thủ tục', 'Phần đầu cuối năm 2021, trên 95% hồ sơ'],
    },
    chapter: {
      summary: 'A chapter: “Chương I”, “CHƯƠNG 2”.',
      pattern: String.raw`^(?<label> (?:CHƯƠNG|Chương) \s (?<num> {{roman}} | \d{1,2} ) [.:]? ) (?: \s (?<text>.*) )? $`,
      examples: ['Chương I', 'CHƯƠNG II. QUY ĐỊNH CHUNG'],
      counterexamples: ['Chương trình tổng thể cải cách hành chính'],
    },
    section: {
      summary: 'A section: “Mục 1”, “MỤC II” (not “Mục tiêu”).',
      pattern: String.raw`^(?<label> (?:MỤC|Mục) \s (?<num> {{roman}} | \d{1,2} ) [.:]? ) (?: \s (?<text>.*) )? $`,
      examples: ['Mục 1. Phạm vi', 'MỤC II'],
      counterexamples: ['Mục tiêu chung', 'Mục đích', 'Mục 8.4, 8.5: Sở Thông tin'],
    },
    article: {
      summary: 'An article of a decision: “Điều 1.”, “Điều 2:”.',
      pattern: String.raw`^(?<label> (?:Điều|ĐIỀU) \s (?<num> \d{1,3} ) [.:]? ) (?: \s (?<text>.*) )? $`,
      examples: ['Điều 1. Ban hành kèm theo Quyết định này Kế hoạch', 'Điều 2.', 'ĐIỀU 3'],
      counterexamples: ['Điều chỉnh Đề án vị trí việc làm', 'Điều 3;'],
    },
    upperLetter: {
      summary: 'An upper-case letter section: “A. MỤC TIÊU”, “B. NHIỆM VỤ, GIẢI PHÁP” (upper-case text only: “A. Nguyễn” is a name).',
      pattern: String.raw`^(?<label> (?<num> [A-H] ) \. ) \s (?<text> \p{Lu} [\p{Lu}\d\s,.;:()/–-]* ) $`,
      examples: ['A. MỤC TIÊU', 'B. NHIỆM VỤ, GIẢI PHÁP', 'C. PHÂN CÔNG THỰC HIỆN'],
      counterexamples: ['A. Nguyễn Văn', 'I. MỤC TIÊU', 'Z. KHÁC'],
    },
    roman: {
      summary: 'A Roman heading: “I.”, “II. MỤC ĐÍCH”, “IV)”, and the dash or slash Party documents write (“I- MỤC ĐÍCH”, “II/ NỘI DUNG”), which is no part of the label.',
      pattern: String.raw`^(?<label> (?<num> {{roman}} ) (?: [.)] | (?= \s?[-–/]\s\p{Lu} ) ) ) (?: \s?[-–/] )? (?: \s? (?<text> \S.*) )? $`,
      examples: ['I. MỤC ĐÍCH, YÊU CẦU', 'II. NHIỆM VỤ,', 'IV.Tổ chức thực hiện', 'V.', 'I- MỤC ĐÍCH, YÊU CẦU', 'III - TỔ CHỨC THỰC HIỆN', 'II/ NỘI DUNG'],
      counterexamples: ['I CÔNG TÁC CHỈ ĐẠO', 'Ví dụ', 'II', 'I- ốc', 'X-quang'],
    },
    romanDecimal: {
      summary: 'A decimal label under a Roman heading, written with its numeral: “I.1.”, “II.2.3.” (not the Roman “I.” before “1.”).',
      pattern: String.raw`^(?<label> (?<num> {{roman}} (?: \. \d{1,2} ){1,3} ) \.? ) (?: \s (?<text>.*) )? $`,
      examples: ['I.1. Phấn đấu 80% hồ sơ', 'II.2.3 Nội dung', 'IV.1.'],
      counterexamples: ['I. MỤC TIÊU', 'I.Tổ chức', '1.1. Nội dung'],
    },
    decimal: {
      summary: 'A decimal label: “3.1.”, “10.1”, “1.2.3.”.',
      pattern: String.raw`^(?<label> (?<num> \d{1,2} (?: \. \d{1,2} ){1,4} ) \.? ) (?: \s (?<text>.*) )? $`,
      examples: ['3.1. Tổ chức Hội nghị', '10.1 Đảm bảo thực hiện', '1.2.3. Nội dung'],
      counterexamples: ['24.12.2021 ngày ký', '1,5 tỷ đồng', '2.500 hồ sơ'],
    },
    arabic: {
      summary: 'An Arabic label: “1.”, “12)” followed by text (not “100% …”, not “2025: …”), and “1- ”, “1/ ” before words, the dash or slash no part of the label.',
      pattern: String.raw`^(?<label> (?<num> \d{1,3} ) (?: [.)] | (?= [-/]\s\p{L} ) ) ) [-/]? (?: \s (?<text>.*) | (?<glued> \p{Lu} .*) )? $`,
      examples: ['1. Mục đích', '12) Sở Y tế', '2.Yêu cầu', '3.', '1- Nâng cao nhận thức', '2/ Tuyên truyền'],
      counterexamples: ['100% cán bộ, công chức', '2025: hoàn thành', '2021. Trong đó', '1.5 tỷ', '15- 20% hộ dân', '3/2025 hoàn thành', '10 - 15%'],
    },
    parenArabic: {
      summary: 'A number in brackets opening a line: “(1) 100% số người …”, an item labelled 1 (not a phone code “(028) …”).',
      pattern: String.raw`^(?<label> \( (?<num> \d{1,2} ) \) ) \s? (?<text> \S.*) $`,
      examples: ['(1) 100% số người dân được phổ biến', '(2) Tổ chức tập huấn', '(12)Rà soát văn bản'],
      counterexamples: ['(028) 3930 3279', '(1)', '1) Sở Y tế', '(a) trong ngoặc'],
    },
    letter: {
      summary: 'A letter label: “a)”, “đ)”, the “f)” real documents use, and “a.”, “a- ”, “a/ ” before a capitalised item (the dash or slash no part of the label).',
      pattern: String.raw`^(?<label> (?<num> [a-zđ] ) (?: \) | \. (?=\s\p{Lu}) | (?= [-/]\s\p{Lu} ) ) ) [-/]? (?: \s? (?<text> \S.*) )? $`,
      examples: ['a) Mục tiêu:', 'đ) Tăng cường kiểm tra', 'f) Duy trì', 'b)', 'a. Thời gian thực hiện: Từ tháng 3', 'c. Thông số quan trắc', 'a- Thu gom rác thải', 'b/ Trồng cây xanh'],
      counterexamples: ['A) hoa', 'ab) x', '(a) trong ngoặc', 'v.v. và các nội dung khác', 'a. và b. nêu trên', 'x.', 'a- và b-', 'x/ y'],
    },
    bullet: {
      summary: 'A dash, en dash, bullet or plus item: “- Cơ quan chủ trì: …”, “+ Quý I”.',
      pattern: String.raw`^(?<label> [-–—•+] (?![-–—]) | \* (?=\s) ) \s? (?<text> \S.*) $`,
      examples: ['- Thời gian: Năm 2022.', '– Giai đoạn 2024', '+ Cấp tỉnh: 90%', '-Tiếp tục'],
      counterexamples: ['-------', '---------------', '**Đậm**'],
    },
    appendix: {
      summary: 'An appendix heading: “PHỤ LỤC”, “Phụ lục I”, “PHỤ LỤC SỐ 2:”.',
      pattern: String.raw`^(?<label> (?:PHỤ\sLỤC|Phụ\slục) (?: \s (?:SỐ|số) )? (?: \s (?<num> {{roman}} | \d{1,2} ) )? ) \s? [.:–-]? \s? $`,
      examples: ['PHỤ LỤC', 'Phụ lục I', 'PHỤ LỤC SỐ 2:'],
      counterexamples: ['Phụ lục kèm theo Kế hoạch này', '(Cụ thể trong Phụ lục)'],
    },
  },
});
