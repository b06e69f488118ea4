import { defineGrammar } from '../src/grammar/define-grammar.js';

/**
 * The fixed parts of a Vietnamese administrative document (Decree 30/2020/NĐ-CP
 * layout): issuer block, national motto, number, place and date, type and
 * title, authority, preamble, recipients and signature.
 */
export const metadata = defineGrammar({
  name: 'metadata',
  summary: 'Header, preamble and signature blocks of a decree.',
  rules: {
    nationalMotto: {
      summary: 'The national name and motto lines of the header.',
      // Party and Youth Union documents put their organisation's name where the State's stands (Hướng dẫn 36-HD/VPTW).
      pattern: String.raw`^(?:CỘNG\sH(?:ÒA|OÀ)\sXÃ\sHỘI(?:\sCHỦ\sNGHĨA\sVIỆT\sNAM)?|CHỦ\sNGHĨA\sVIỆT\sNAM|Độc\slập\s?[-–]\s?Tự\sdo\s?[-–]\s?Hạnh\sphúc|ĐẢNG\sCỘNG\sSẢN\sVIỆT\sNAM\s?$|ĐOÀN\s(?:TNCS|THANH\sNIÊN\sCỘNG\sSẢN)\sHỒ\sCHÍ\sMINH\s?$)`,
      examples: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐOÀN TNCS HỒ CHÍ MINH'],
      counterexamples: ['ỦY BAN NHÂN DÂN', 'BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH AN THUẬN', 'ĐẢNG ỦY XÃ TÂN HÒA'],
    },
    documentNumber: {
      summary: '“Số: 137/QĐ-UBND”; the number may be left blank (“Số: /QĐ-UBND”).',
      pattern: String.raw`^Số \x20? :? \x20? (?<number> \d{1,6} )? \x20? (?<symbol> (?:/(?:19|20)\d{2})? [/-] \x20? \p{Lu} [\p{L}\d&.-]{0,20} (?: / [\p{L}\d&.-]{1,20} ){0,3} )`,
      examples: ['Số: 4707/KH-UBND', 'Số: /QĐ-UBND', 'Số: 50/KH-UBND', 'Số 12/2021/QĐ-UBND'],
      counterexamples: ['Số hóa kết quả giải quyết', 'Số lượng'],
    },
    dateline: {
      summary: 'Place and date: “Hải Dương, ngày 24 tháng 12 năm 2021”; day or month may be blank.',
      pattern: String.raw`^(?<place> \p{Lu} [\p{L}.'’-]{0,20} (?: \x20 [\p{L}.'’-]{1,20} ){0,5} ) \x20? , \x20 ngày \x20 (?: (?<day> \d{1,2} ) \x20 )? tháng \x20 (?: (?<month> \d{1,2} ) \x20 )? năm \x20 (?<year> (?:19|20)\d{2} )`,
      examples: ['Hải Dương, ngày 24 tháng 12 năm 2021', 'Hoài Nhơn, ngày tháng 12 năm 2020', 'Cà Mau, ngày 24 tháng 01 năm 2024', 'TP. Hồ Chí Minh, ngày 5 tháng 3 năm 2023'],
      counterexamples: ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015'],
    },
    documentType: {
      summary: 'A line holding only a document type, above the title.',
      words: [
        'QUYẾT ĐỊNH', 'KẾ HOẠCH', 'CHƯƠNG TRÌNH', 'CHƯƠNG TRÌNH HÀNH ĐỘNG', 'CHỈ THỊ', 'NGHỊ QUYẾT',
        'ĐỀ ÁN', 'QUY CHẾ', 'QUY ĐỊNH', 'HƯỚNG DẪN', 'THÔNG BÁO', 'BÁO CÁO', 'TỜ TRÌNH', 'CÔNG VĂN',
        'KẾ HOẠCH HÀNH ĐỘNG', 'CHIẾN LƯỢC', 'PHƯƠNG ÁN', 'THÔNG TRI', 'CÔNG ĐIỆN', 'NGHỊ ĐỊNH', 'THÔNG TƯ',
        'KẾ HOẠCH LIÊN TỊCH', 'NGHỊ QUYẾT LIÊN TỊCH', 'THÔNG TƯ LIÊN TỊCH', 'CHƯƠNG TRÌNH PHỐI HỢP',
      ],
      anchor: 'line',
      examples: ['QUYẾT ĐỊNH', 'KẾ HOẠCH', 'CHƯƠNG TRÌNH', 'THÔNG TRI', 'KẾ HOẠCH LIÊN TỊCH'],
      counterexamples: ['QUYẾT ĐỊNH:', 'KẾ HOẠCH TRIỂN KHAI CÁC HOẠT ĐỘNG'],
    },
    decides: {
      summary: 'The enacting line of a decision or resolution: “QUYẾT ĐỊNH:”, “QUYẾT NGHỊ:”.',
      pattern: String.raw`^(?:QUYẾT\sĐỊNH|Quyết\sđịnh|QUYẾT\sNGHỊ|Quyết\snghị)\s?:\s?$`,
      examples: ['QUYẾT ĐỊNH:', 'Quyết định:', 'QUYẾT NGHỊ:'],
      counterexamples: ['QUYẾT ĐỊNH', 'Quyết định số 137/QĐ-UBND'],
    },
    issuerBody: {
      summary: 'The issuing body in an upper-case header, with its unit and locality when on the same line.',
      pattern: String.raw`^(?:CHỦ\sTỊCH\s)? (?<body> [ỦU][YỶ]\sBAN\sNHÂN\sDÂN | HỘI\sĐỒNG\sNHÂN\sDÂN ) (?: \s (?<unit> {{unitWordUpper}} ) (?: \s (?<locality> \p{Lu} [\p{Lu}\s.'-]{0,60} ) )? )? \s? $`,
      examples: ['ỦY BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA', 'CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ', 'UỶ BAN NHÂN DÂN HUYỆN CẦN GIỜ'],
      counterexamples: ['Ủy ban nhân dân tỉnh ban hành Kế hoạch', 'TM. ỦY BAN NHÂN DÂN', 'UBND', 'ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH Số: 1502/QĐ-UBND'],
    },
    issuerLocality: {
      summary: 'The unit and locality line under the issuing body: “TỈNH HẢI DƯƠNG”.',
      pattern: String.raw`^(?<unit> {{unitWordUpper}} ) \s (?<locality> \p{Lu} [\p{Lu}\s.'-]* ) $`,
      examples: ['TỈNH HẢI DƯƠNG', 'THỊ XÃ HOÀI NHƠN', 'THÀNH PHỐ HÀ NỘI'],
      counterexamples: ['Tỉnh Hải Dương', 'TỈNH'],
    },
    authority: {
      summary: 'The authority line between title and preamble: “CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH”.',
      pattern: String.raw`^(?: (?:CHỦ\sTỊCH\s)? (?:[ỦU][YỶ]\sBAN\sNHÂN\sDÂN|HỘI\sĐỒNG\sNHÂN\sDÂN) (?:\s {{unitWordUpper}} (?:\s\p{Lu}[\p{Lu}\s.'-]*)? )? | (?:THỦ\sTƯỚNG\s)? CHÍNH\sPHỦ | [ỦU][YỶ]\sBAN\sTHƯỜNG\sVỤ\sQUỐC\sHỘI | QUỐC\sHỘI | (?:BỘ\sTRƯỞNG|GIÁM\sĐỐC|TRƯỞNG\sBAN|CHỦ\sNHIỆM)\s (?:BỘ|SỞ|BAN|ỦY\sBAN|UỶ\sBAN) \s \p{Lu}[\p{Lu}\s,.'-]{0,80} ) $`,
      examples: ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA', 'CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ', 'THỦ TƯỚNG CHÍNH PHỦ', 'CHÍNH PHỦ', 'ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'BỘ TRƯỞNG BỘ NỘI VỤ', 'GIÁM ĐỐC SỞ Y TẾ'],
      counterexamples: ['Ủy ban nhân dân tỉnh ban hành Kế hoạch', 'TM. ỦY BAN NHÂN DÂN', 'CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ'],
    },
    preamble: {
      summary: 'A preamble clause: “Căn cứ …”, “Thực hiện …”, “Theo đề nghị …”, “Xét đề nghị …”.',
      pattern: String.raw`^(?<kind> Căn\scứ | Thực\shiện | Theo\sđề\snghị | Xét\sđề\snghị | Quán\striệt ) \s \S`,
      examples: ['Căn cứ Luật Tổ chức chính quyền địa phương', 'Thực hiện Nghị quyết số 76/NQ-CP', 'Theo đề nghị của Giám đốc Sở Nội vụ'],
      counterexamples: ['Thực hiện: Cả năm', 'Căn cứu'],
    },
    basisTitle: {
      summary: 'A title that opens like a legal basis (“Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị …”): no date and no closing punctuation, which a basis clause has.',
      pattern: String.raw`^(?:Thực\shiện|Quán\striệt)\s(?![^\n]*\sngày\s\d)[^\n]{10,200}[^\s.,;:]$`,
      examples: ['Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp', 'Quán triệt và triển khai Nghị quyết Đại hội Đảng bộ tỉnh'],
      counterexamples: ['Thực hiện Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ', 'Thực hiện Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh,', 'Thực hiện: Cả năm'],
    },
    introduces: {
      summary: 'The sentence that opens a plan’s body: “… ban hành Kế hoạch … như sau:”.',
      pattern: String.raw`(?:như\ssau|sau\sđây|với\scác\snội\sdung\s(?:trọng\stâm\s)?sau) \s? :? \s? $`,
      examples: ['Ủy ban nhân dân tỉnh ban hành Kế hoạch CCHC nhà nước tỉnh Hải Dương năm 2022 như sau:', 'xây dựng Chương trình …, với các nội dung trọng tâm sau:'],
      counterexamples: ['Thời gian như sau đó'],
    },
    enacting: {
      summary: 'The enacting clause that ends a plan’s preamble: “…, Ủy ban nhân dân tỉnh ban hành Kế hoạch … như sau:”.',
      pattern: String.raw`,\x20 (?= (?:Ủy\sban\snhân\sdân|UBND|Chủ\stịch|Hội\sđồng\snhân\sdân) \s [^;]{0,400}? (?:ban\shành|xây\sdựng|triển\skhai|phê\sduyệt) \s )`,
      examples: ['giai đoạn 2021 - 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch CCHC nhà nước tỉnh Hải Dương năm 2022 như sau:', 'năm 2022, UBND tỉnh Hậu Giang ban hành Kế hoạch'],
      counterexamples: ['của Ủy ban nhân dân tỉnh về thực hiện cải cách hành chính'],
    },
    attachedTo: {
      summary: 'The line under an attached instrument’s title: “(Ban hành kèm theo Quyết định số …)”.',
      pattern: String.raw`^ (?: \( \x20? (?:Ban\shành\s)? [Kk]èm\stheo \s | (?:Ban\shành\s)? [Kk]èm\stheo\s (?= Quyết\sđịnh\ssố ) ) (?<ref> .* )$`,
      examples: ['(Ban hành kèm theo Quyết định số 4831/QĐ-UBND ngày 24 tháng 12 năm 2021)', '(Kèm theo Quyết định số: 137/QĐ-UBND ngày 24/01/2024'],
      counterexamples: ['Ban hành kèm theo Quyết định này Kế hoạch'],
    },
    opening: {
      summary: 'A line that opens the text under a title without being a legal basis: “Kính gửi:”, “Để …”, “Trên cơ sở …”.',
      pattern: String.raw`^(?:Kính\sgửi|Để|Trên\scơ\ssở|Nhằm|Căn\scứ|Thực\shiện|Ban\shành\skèm\stheo)\s?:?\s`,
      examples: ['Kính gửi: Hội đồng nhân dân tỉnh', 'Để kịp thời khắc phục môi trường', 'Trên cơ sở tình hình thực hiện'],
      counterexamples: ['Triển khai thực hiện Chỉ thị', 'Ban hành Kế hoạch cải cách hành chính'],
    },
    markup: {
      summary: 'What a web capture leaves around header and signature words: emphasis stars (also dangling), cell bars, a “[đã ký]” stamp.',
      // A run of stars starts at its first star, so no search restarts inside it.
      pattern: String.raw`(?<!\*)\*+ | \| | \[ \x20? (?:[Đđ]ã\x20)? [Kk]ý \x20? \]`,
      examples: ['**ỦY BAN NHÂN', '| Số: 12/KH-UBND |', '[đã ký] Nguyễn Hòa Bình'],
      counterexamples: ['ỦY BAN NHÂN DÂN', 'Nguyễn Hòa Bình'],
    },
    upperLine: {
      summary: 'A line in upper case (a header or heading): letters, none of them lower case.',
      pattern: String.raw`^(?=[^\p{Ll}]*$) [^\p{Lu}]* \p{Lu}`,
      examples: ['ỦY BAN NHÂN DÂN', 'SỐ 32/CT-TTG', 'DÂN'],
      counterexamples: ['Số: 12/KH-UBND', '2026 - 2031', 'Ban hành Kế hoạch'],
    },
    acronym: {
      summary: 'An upper-case word without a vowel, checked on its decomposed (NFD) form: MTTQ, HĐND.',
      pattern: String.raw`^[B-DF-HJ-NP-TV-XZĐ]{2,}$`,
      examples: ['MTTQ', 'HĐND', 'TTG'],
      counterexamples: ['VIỆT', 'BAN', 'M'],
    },
    partyCommittee: {
      summary: 'A Party committee named after its locality with no unit word: “HUYỆN ỦY PHÚ AN”, “TỈNH ỦY …”, “THÀNH ỦY …”.',
      pattern: String.raw`^(?<body> (?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) \s [ỦU][YỶ] ) \s (?<locality> \p{Lu} [\p{Lu}\s.'-]{0,60} )$`,
      examples: ['HUYỆN ỦY PHÚ AN', 'TỈNH UỶ BÌNH AN', 'THÀNH ỦY CẦN THƠ'],
      counterexamples: ['HUYỆN ỦY', 'ĐẢNG ỦY XÃ TÂN HÒA', 'Huyện ủy Phú An'],
    },
    localityStart: {
      summary: 'Where the unit word and locality begin inside an issuer: “ỦY BAN MTTQ VIỆT NAM | XÃ LƯƠNG MINH”.',
      pattern: String.raw`(?:^|\s) (?<unit> {{unitWordUpper}} ) \s (?=\p{Lu})`,
      examples: ['ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH', 'ỦY BAN BẦU CỬ XÃ PHỐ BẢNG', 'ỦY BAN NHÂN DÂN THỊ XÃ HOÀI NHƠN'],
      counterexamples: ['THỦ TƯỚNG CHÍNH PHỦ', 'ỦY BAN THƯỜNG VỤ QUỐC HỘI'],
    },
    chairPrefix: {
      summary: 'The chair before a committee on an authority line: “CHỦ TỊCH ỦY BAN NHÂN DÂN …”.',
      pattern: String.raw`^CHỦ\sTỊCH\s(?=\S)`,
      examples: ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH'],
      counterexamples: ['ỦY BAN NHÂN DÂN TỈNH', 'CHỦ TỊCH'],
    },
    deputyRunOn: {
      summary: 'A deputy’s position run on after the capacity it signs for: “THỦ TƯỚNG PHÓ THỦ TƯỚNG”.',
      pattern: String.raw`^(?<of> [^\s|] [^|\n]*? ) \s (?<position> PHÓ \s [^|\n]* )`,
      examples: ['THỦ TƯỚNG PHÓ THỦ TƯỚNG', 'CHỦ TỊCH PHÓ CHỦ TỊCH'],
      counterexamples: ['CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
    },
    mottoStart: {
      summary: 'Where the national name begins, also when a flattened two-column header put the issuer before it on the same line.',
      pattern: String.raw`CỘNG\sH(?:ÒA|OÀ)\sXÃ\sHỘI`,
      examples: ['CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI'],
      counterexamples: ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'CHÍNH PHỦ'],
    },
    mottoPiece: {
      summary: 'A piece of the national name that a wrapped or row-by-row header left on a line of its own.',
      pattern: String.raw`^(?: (?: CỘNG\sH(?:ÒA|OÀ) | XÃ\sHỘI | CHỦ\sNGHĨA | VIỆT\sNAM ) \s? ){1,4}$`,
      examples: ['VIỆT NAM', 'CHỦ NGHĨA VIỆT NAM', 'XÃ HỘI CHỦ NGHĨA'],
      counterexamples: ['ỦY BAN MTTQ VIỆT NAM', 'XÃ AN LẠC'],
    },
    numberLabel: {
      summary: 'A “Số:” label whose number a wrapped or cell-split header put on the next line.',
      pattern: String.raw`^Số\x20?:$`,
      examples: ['Số:', 'Số :'],
      counterexamples: ['Số: 12/KH-UBND', 'Số lượng:'],
    },
    subUnit: {
      summary: 'A header line naming a unit under the body above it: “BAN THƯỜNG TRỰC”, “SỞ Y TẾ”, “TIỂU BAN …”.',
      pattern: String.raw`^(?: (?:BAN|TIỂU\sBAN|SỞ|PHÒNG|VĂN\sPHÒNG|CỤC|CHI\sCỤC|VỤ|TRUNG\sTÂM|THƯỜNG\sTRỰC|HỘI\sĐỒNG|TỔ\sCÔNG\sTÁC|ĐOÀN) \s \p{Lu} | (?:THƯỜNG\sTRỰC|VĂN\sPHÒNG) $ )`,
      examples: ['BAN THƯỜNG TRỰC', 'SỞ Y TẾ', 'TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT', 'VĂN PHÒNG ĐOÀN ĐẠI BIỂU QUỐC HỘI', 'THƯỜNG TRỰC', 'VĂN PHÒNG'],
      counterexamples: ['DÂN', 'BAN', 'TỈNH NGHỆ AN', 'Ban Thường trực'],
    },
    localAgency: {
      summary: 'A specialised agency of a People’s Committee, named after its locality alone: “SỞ Y TẾ”, “PHÒNG NỘI VỤ”.',
      pattern: String.raw`^(?:SỞ|PHÒNG|CHI\sCỤC)\s\p{Lu}`,
      examples: ['SỞ Y TẾ', 'PHÒNG NỘI VỤ', 'CHI CỤC THỦY LỢI'],
      counterexamples: ['VĂN PHÒNG', 'THƯỜNG TRỰC', 'BAN THƯỜNG TRỰC'],
    },
    parentBody: {
      summary: 'A header body that can have units under it: a committee, a council, a ministry, the Front.',
      pattern: String.raw`(?:^|\s)(?:[ỦU][YỶ]\sBAN|HỘI\sĐỒNG|BỘ|MẶT\sTRẬN|MTTQ|UBND|HĐND|UBMTTQ|HỘI|LIÊN\sĐOÀN|ĐOÀN|TỈNH\sĐOÀN|(?:TỈNH|HUYỆN|THÀNH|THỊ|QUẬN|ĐẢNG)\s[ỦU][YỶ]|ĐẢNG\sBỘ)(?:\s|$)`,
      examples: ['ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH', 'UBND TỈNH NGHỆ AN', 'ỦY BAN BẦU CỬ XÃ PHỐ BẢNG', 'BỘ Y TẾ', 'HỘI LHPN HUYỆN ĐỨC THỌ', 'HUYỆN ỦY THẠCH HÀ', 'TỈNH ĐOÀN AN THUẬN', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH'],
      counterexamples: ['TỈNH NGHỆ AN', 'BỘT', 'HỘIAN', 'ĐOÀNG'],
    },
    portalField: {
      summary: 'A field of a legal portal’s own table about the document: “Số hiệu:”, “Ngày ban hành:” …',
      pattern: String.raw`^(?<label> Số\shiệu | Loại\svăn\sbản | Nơi\sban\shành | Người\ský | Ngày\sban\shành ) \x20? : \x20? (?<value> .* )$`,
      examples: ['Số hiệu:', 'Ngày ban hành: 01/12/2025', 'Nơi ban hành:'],
      counterexamples: ['Số: 12/KH-UBND', 'Ngày hiệu lực:'],
    },
    reference: {
      summary: 'A reference to a numbered document with its date: “Nghị quyết số 1339/NQ-UBTVQH15 ngày 28 tháng 12 năm 2024”.',
      pattern: String.raw`(?<type> Quyết\sđịnh | Nghị\squyết | Kế\shoạch | Chương\strình | Chỉ\sthị | Hướng\sdẫn | Thông\sbáo | Công\svăn ) \x20 số \x20? :? \x20? (?<number> \d{1,6} ) (?<symbol> [/-] \p{Lu} [\p{L}\d&.-]{0,20} (?: / [\p{L}\d&.-]{1,20} ){0,3} ) (?: \x20 ngày \x20 (?<day> \d{1,2} ) (?: \x20 tháng \x20 (?<month> \d{1,2} ) \x20 năm \x20 (?<year> (?:19|20)\d{2} ) | / (?<m2> \d{1,2} ) / (?<y2> (?:19|20)\d{2} ) ) )?`,
      examples: ['Ban hành kèm theo Nghị quyết số 1339/NQ-UBTVQH15 ngày 28 tháng 12 năm 2024', 'Kèm theo Quyết định số 12/QĐ-UBND ngày 3/4/2025'],
      counterexamples: ['Quyết định này', 'Nghị quyết số'],
    },
    recipientsHead: {
      summary: 'The recipients block: “Nơi nhận:”.',
      pattern: String.raw`^Nơi\snhận (?: : (?: \x20 (?<rest> .* ) )? )? $`,
      examples: ['Nơi nhận:', 'Nơi nhận: - Như Điều 3;'],
      counterexamples: ['Nơi nhận hồ sơ'],
    },
    recipientNote: {
      summary: 'A parenthesised note after a recipient: “(để báo cáo)”, “(b/c)”.',
      pattern: String.raw`\( (?<note> [^()]{1,40} ) \) [;.]? $`,
      examples: ['Bộ Nội vụ; (để báo cáo)', 'TT Tỉnh ủy (b/c);'],
      counterexamples: ['Bộ Nội vụ;'],
    },
    signatureCapacity: {
      summary: 'Signing capacity: “TM. ỦY BAN NHÂN DÂN”, “KT. CHỦ TỊCH”, “Q. GIÁM ĐỐC”, “TL.”, “TUQ.”.',
      pattern: String.raw`^ (?:\|\x20)? (?<capacity> TM | KT | TUQ | TL | Q | T/M | K/T ) \.? \x20 (?<of> \p{Lu}{1,12} (?: \x20 \p{Lu}{1,12} ){0,6} ) (?:\x20\|)? $`,
      examples: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', '| TM. ỦY BAN NHÂN DÂN |', 'Q. GIÁM ĐỐC'],
      counterexamples: ['TM Ủy ban', 'KT.'],
    },
    signaturePosition: {
      summary: 'The signer’s position in upper case: “CHỦ TỊCH”, “PHÓ CHỦ TỊCH”, “GIÁM ĐỐC”.',
      pattern: String.raw`^(?:PHÓ\s)? (?:CHỦ\sTỊCH|GIÁM\sĐỐC|TRƯỞNG\sTIỂU\sBAN|TRƯỞNG\sBAN|TỔNG\sTHƯ\sKÝ|TRƯỞNG\sPHÒNG|CHÁNH\sVĂN\sPHÒNG|BÍ\sTHƯ|BỘ\sTRƯỞNG|THỨ\sTRƯỞNG|THỦ\sTƯỚNG|CHỦ\sNHIỆM|TỔNG\sCỤC\sTRƯỞNG|CỤC\sTRƯỞNG|VIỆN\sTRƯỞNG) $`,
      examples: ['CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'GIÁM ĐỐC', 'TRƯỞNG TIỂU BAN', 'PHÓ THỦ TƯỚNG'],
      counterexamples: ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'Chủ tịch'],
    },
    personName: {
      summary: 'A person’s name on a line of its own: two to six capitalised syllables.',
      pattern: String.raw`^\p{Lu}\p{Ll}{0,8} (?: \x20 \p{Lu}\p{Ll}{0,8} ){1,5} $`,
      examples: ['Nguyễn Minh Hùng', 'Lâm Văn Bi', 'Phạm Trương', 'Nguyễn Tấn Tuân'],
      counterexamples: ['CHỦ TỊCH', 'Nơi nhận:', 'Sở Nội vụ phối hợp'],
    },
  },
});

/** Document type by the first part of a document symbol (“KH” in 50/KH-UBND). */
export const documentTypeBySymbol: Readonly<Record<string, string>> = {
  KH: 'Kế hoạch',
  QĐ: 'Quyết định',
  CTr: 'Chương trình',
  CT: 'Chỉ thị',
  NQ: 'Nghị quyết',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  TTr: 'Tờ trình',
  ĐA: 'Đề án',
  QC: 'Quy chế',
  QyĐ: 'Quy định',
};

/** Administrative unit words and the level of government they name. */
export const unitLevels: Readonly<Record<string, 'province' | 'district' | 'commune'>> = {
  'tỉnh': 'province',
  'thành phố': 'district',
  'thị xã': 'district',
  'huyện': 'district',
  'quận': 'district',
  'xã': 'commune',
  'phường': 'commune',
  'thị trấn': 'commune',
};

/** Cities run by the central government: their “thành phố” is a province-level unit. */
export const centralCities: readonly string[] = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];
/** The unit word of a centrally governed city (“thành phố Hà Nội”): at province level, unlike other cities. */
export const centralCityUnit = 'thành phố';

/** Abbreviated bodies in headers, written out (“UBND TỈNH NGHỆ AN”). */
export const bodyAbbreviations: Readonly<Record<string, string>> = {
  UBND: 'ỦY BAN NHÂN DÂN',
  HĐND: 'HỘI ĐỒNG NHÂN DÂN',
  UBMTTQ: 'ỦY BAN MTTQ',
};

/** Names kept capitalised inside an issuer written in sentence case. */
export const properNames: readonly string[] = ['Việt Nam', 'Quốc hội', 'Chính phủ', 'Mặt trận Tổ quốc', 'Thường trực'];

/** Words that name a ministry or department by the field that follows (“Bộ Y tế”, “Sở Nội vụ”), lower case. */
export const ministryWords: readonly string[] = ['bộ', 'sở'];
