import { defineGrammar } from '../src/grammar/define-grammar.js';

/**
 * Cues used to undo hard wraps and page breaks: how a line ends and how the
 * next one starts decide whether they are one sentence.
 */
export const layout = defineGrammar({
  name: 'layout',
  summary: 'Line-joining cues for hard-wrapped and page-broken text.',
  rules: {
    endsSentence: {
      summary: 'A line that ends a sentence or clause: . ; : ! ? or a closing bracket or quote after one.',
      pattern: String.raw`[.;:!?…][)\]”"’*]{0,3}$`,
      examples: ['hiệu quả.', 'như sau:', 'năm 2024;', '(trừ trường hợp cần thiết).', 'theo quy định./.'],
      counterexamples: ['1. Mục', 'tiêu chung', 'của'],
    },
    startsLower: {
      summary: 'A line that starts with a lower-case letter or a digit continuing a phrase.',
      pattern: String.raw`^(?:\p{Ll}|\d{1,2}/\d|\d{1,6}/\p{Lu}|(?:19|20)\d{2}(?![\d/]))`,
      examples: ['tiêu chung', 'quyền địa phương', '76/NQ-CP ngày 15/7/2021', '2024 CỦA TỈNH', '14/9/2020 của Chính phủ.'],
      counterexamples: ['Cải cách hành chính', '1. Mục tiêu', '- Thời gian'],
    },
    allCaps: {
      summary: 'An upper-case line (a heading or a wrapped heading).',
      pattern: String.raw`^[\p{Lu}\d][\p{Lu}\d\s,.;:()&/–-]*$`,
      examples: ['II. NHIỆM VỤ,', 'GIẢI PHÁP', 'CÁCH THỂ CHẾ', 'MAU'],
      counterexamples: ['Cải cách', 'I. Mục tiêu'],
    },
    standalone: {
      summary: 'Lines that always stand alone and are never joined to the next line.',
      words: [
        'QUYẾT ĐỊNH', 'QUYẾT ĐỊNH:', 'KẾ HOẠCH', 'CHƯƠNG TRÌNH', 'CHƯƠNG TRÌNH HÀNH ĐỘNG', 'CHỈ THỊ', 'NGHỊ QUYẾT',
        'ĐỀ ÁN', 'QUY CHẾ', 'QUY ĐỊNH', 'HƯỚNG DẪN', 'THÔNG BÁO', 'BÁO CÁO', 'PHỤ LỤC', 'Nơi nhận:', 'Nơi nhận',
        'ỦY BAN NHÂN DÂN', 'UỶ BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN',
      ],
      anchor: 'line',
      examples: ['KẾ HOẠCH', 'PHỤ LỤC', 'QUYẾT ĐỊNH:'],
      counterexamples: ['KẾ HOẠCH TRIỂN KHAI'],
    },
    startsBlock: {
      summary: 'Line starts that always open a new block: authority, capacity and header lines.',
      pattern: String.raw`^(?:CHỦ\sTỊCH|PHÓ\sCHỦ\sTỊCH|[ỦU][YỶ]\sBAN\sNHÂN\sDÂN|HỘI\sĐỒNG\sNHÂN\sDÂN|TM\.|KT\.|TL\.|TUQ\.|Q\.\s|CỘNG\sH[ÒO]À|Độc\slập|Số\s?:|Nơi\snhận|\(?\s?(?:Ban\shành\s)?[Kk]èm\stheo|Căn\scứ|QUYẾT\sĐỊNH|PHỤ\sLỤC|Trên\sđây\slà)`,
      examples: ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'KT. CHỦ TỊCH', '(Kèm theo Quyết định số: 137/QĐ-UBND', 'Căn cứ Nghị quyết số'],
      counterexamples: ['CÁCH THỂ CHẾ', 'tiêu chung'],
    },
    periodOnly: {
      summary: 'A paragraph that is only a year or a span of years: a time cell of a table written one cell per paragraph, never the rest of a sentence a page break cut.',
      pattern: String.raw`^(?:(?:19|20)\d{2})(?:\s?[-–]\s?(?:19|20)\d{2})?$`,
      // A sentence's last words end with its full stop: “… duy trì đến” + “2030.” is mended.
      examples: ['2021-2030', '2025', '2026 - 2030', '2021 – 2025'],
      counterexamples: ['2024 của tỉnh', '2021-2030 và các năm tiếp theo', '14/9/2020', '2030.'],
    },
    connectiveEnd: {
      summary: 'A line ending with a word that cannot end a sentence (a page break fell after it).',
      pattern: String.raw`,$|(?<![\p{L}\p{N}])(?:của|và|với|cho|theo|tại|trong|về|các|những|số|ngày|để|là|được|bị|có|từ|đến|trên|dưới|hoặc|nhằm|đối|thuộc|gắn|vào|một|đã|sẽ|đang|như|bằng|giữa|sau|trước|thì|mà|nên|cùng|qua|do|kể|phải|khi)$`,
      examples: ['ngày 25/10/2017 của', 'quản lý điều hành và', 'theo', '100% hồ sơ công việc cấp tỉnh,'],
      counterexamples: ['hiệu quả', 'Mục tiêu'],
    },
    emphasis: {
      summary: 'A markdown emphasis marker stuck to a word: “*(Ban hành kèm theo …”, “… Hoài Nhơn)*”, “**Điều 1.**”.',
      pattern: String.raw`(?<![\p{L}\p{N}*\\])\*{1,2}(?=[^\s*])|(?<=[^\s*])\*{1,2}(?![\p{L}\p{N}*])`,
      examples: ['*(Ban hành kèm theo', 'Hoài Nhơn)*', '**Điều 1.**', '(*qua Phòng Nội vụ*)'],
      counterexamples: ['* mục', '2 * 3', 'a*b'],
    },
    cellSeparator: {
      summary: 'A “|” between cells of a flattened row, with the spaces around it.',
      pattern: String.raw`\x20?\|\x20?`,
      examples: ['ỦY BAN NHÂN DÂN | CỘNG HÒA', '| TM. ỦY BAN NHÂN DÂN |'],
      counterexamples: ['Sở Nội vụ'],
    },
    // The text layer of a PDF (src/decode/pdf): lines rebuilt from positions.
    opensParagraph: {
      summary: 'A line that opens a paragraph or list item: a capital, a dash or bullet, or a label (“2.”, “b)”, “1.2.”).',
      pattern: String.raw`^(?:\p{Lu}|[-+•–*(]|\d{1,3}(?:\.\d{1,3}){0,3}[.)]\s|\p{Ll}\)\s)`,
      examples: ['Kế hoạch này', '- Sở Nội vụ', '2. Yêu cầu', 'b) Nhiệm vụ', '(1) Rà soát', '1.2. Cải cách'],
      counterexamples: ['100% cơ quan, đơn vị', 'doanh nghiệp sử dụng dịch vụ', '2021 và các năm tiếp theo'],
    },
    opensOutlineLabel: {
      summary: 'A line that opens with an outline label (“5.1.”, “b)”, “II.”): a heading or list item starts there, even where the line above left no room for its first word.',
      pattern: String.raw`^(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|[IVXL]{1,6}\.)\s`,
      examples: ['5.1. Thẩm định quy định', 'b) Nhiệm vụ', 'II. NỘI DUNG', '3. Sở Tài chính', '1.2.3. Rà soát'],
      counterexamples: ['2021. Các cơ quan', '100% cơ quan', '15/7/2021 của Chính phủ', 'b của Điều 3', 'Kế hoạch'],
    },
    takesNumber: {
      summary: 'A line ending in a word a number follows (“Điều”, “khoản”, “năm”): a number opening the next line (“2. …”) is that word\'s, not a label.',
      pattern: String.raw`(?:^|\s)(?:điều|khoản|điểm|mục|chương|phần|phụ lục|số|ngày|tháng|năm|quý|giai đoạn|lần|bước|đợt|nhóm)$`,
      flags: 'i',
      examples: ['theo quy định tại Điều', 'được quy định tại khoản', 'hoàn thành trong năm', 'Kế hoạch số'],
      counterexamples: ['5. Về đánh giá tác động', 'các quy định về thủ tục hành chính', 'Ủy ban nhân dân tỉnh'],
    },
    unmappedGlyph: {
      summary: 'A control character in a PDF text layer: a glyph drawn without a Unicode mapping (a mark or a space of a fallback font).',
      pattern: String.raw`\p{Cc}`,
      examples: ['đồ\u0010ng', 'thể\u0007'],
      counterexamples: ['đồng', 'thể cải'],
    },
    marksOnly: {
      summary: 'Combining marks alone: a mark drawn on its own, over a letter of another run.',
      pattern: String.raw`^\p{M}+$`,
      examples: ['\u0301', '\u0302\u0301'],
      counterexamples: ['ế', 'e\u0301'],
    },
    combiningMark: {
      summary: 'A combining mark: part of a letter written decomposed (“e” + “◌́”).',
      pattern: String.raw`\p{M}`,
      examples: ['Quye\u0301t'],
      counterexamples: ['Quyết'],
    },
    hasLetter: {
      summary: 'Text with at least one letter, not only figures, dashes and brackets: an agency name, a title line with a case.',
      pattern: String.raw`\p{L}`,
      examples: ['Sở', 'NĂM 2026', 'a'],
      counterexamples: ['-', '(1)', '2026 - 2030', '|'],
    },
    letter: {
      summary: 'One letter (or a combining mark of one): a part of a word.',
      pattern: String.raw`^[\p{L}\p{M}]$`,
      examples: ['đ', 'Ỉ', '\u0301'],
      counterexamples: [' ', ',', '3'],
    },
    wordCharacter: {
      summary: 'One letter, mark or digit: a character a word or number goes on with (a renderer may break “CQHCNN” or “2026” inside a narrow table cell).',
      pattern: String.raw`^[\p{L}\p{M}\p{N}]$`,
      examples: ['N', 'đ', '7', '\u0301'],
      counterexamples: [' ', ',', '-', '/', ')'],
    },
    onset: {
      summary: 'Consonants only, without their diacritics taken off (“Ngh”, “T”, “tr”): the start of a syllable, its vowel still to come.',
      pattern: String.raw`^[bcdđfghjklmnpqrstvwxz]+$`,
      flags: 'i',
      examples: ['Ngh', 'T', 'tr', 'đ'],
      counterexamples: ['ti', 'ngu', 'xa'],
    },
    syllable: {
      summary: 'One whole Vietnamese syllable, diacritics taken off: an onset, a vowel and a final (“LUONG”, “nguoi”). A line of a narrow cell that ends one was wrapped between words, not inside one.',
      pattern: String.raw`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?$`,
      flags: 'i',
      examples: ['LUONG', 'nguoi', 'tinh', 'quyet', 'DOI', 'a', 'khuyen', 'đong'],
      counterexamples: ['CQHCC', 'NN', 'HTQLCL', 'UBND', 'CBCCVV', 'TTHC', 'DVSNC'],
    },
    syllableRest: {
      summary: 'The rest of a syllable after its vowel, diacritics taken off: a glide and a final consonant (“nh” of “TỈNH”, “i” of “người”, “ơng” of “thương”).',
      pattern: String.raw`^[iyoua]?(?:ch|nh|ng|c|m|n|p|t)?$`,
      flags: 'i',
      examples: ['NH', 'i', 'p', 'ng', 'CH', 'u', 'ong', 'a'],
      counterexamples: ['quyet', 'xa', 'th', 'hanh', 'l', 'kh'],
    },
    toneMark: {
      summary: 'One of the five Vietnamese tone marks, decomposed (acute, grave, hook, tilde, dot below); not a vowel mark (circumflex, breve, horn).',
      pattern: String.raw`^[\u0300\u0301\u0303\u0309\u0323]$`,
      examples: ['\u0301', '\u0300', '\u0323'],
      counterexamples: ['\u0302', '\u031b', 'a'],
    },
    runOnLetterStart: {
      summary: 'A line that opens a letter item with a dot: “a. Thời gian thực hiện: …”.',
      pattern: String.raw`^(?<label>[a-zđ])\.\s\p{Lu}`,
      examples: ['a. Thời gian thực hiện: Từ tháng 3', 'đ. Kinh phí'],
      counterexamples: ['a) Thời gian', 'A. MỤC TIÊU', 'a. thời gian'],
    },
    runOnLetter: {
      summary: 'A later letter item run onto the end of the line above it, a paragraph break lost (“… hàng năm b. Địa điểm, số điểm …”): after a lower-case word, not after a punctuation mark.',
      pattern: String.raw`(?<=\s\p{Ll}{1,12})\s(?<label>[a-zđ])\.\s(?=\p{Lu}\p{Ll})`,
      examples: ['đến tháng 11 hàng năm b. Địa điểm, số điểm quan trắc'],
      counterexamples: ['theo điểm a; b. Tổ chức', 'tháng 11 hàng năm. B. Nhiệm vụ', 'các tỉnh A, B. Đồng thời'],
    },
    labelReference: {
      summary: 'A word that cites a label instead of ending a sentence before one: “điểm b.”, “khoản c.”, “mục d.”.',
      pattern: String.raw`(?:^|\s)(?:điểm|khoản|mục|tiết|tại|và|hoặc)$`,
      examples: ['quy định tại điểm', 'theo khoản'],
      counterexamples: ['hàng năm'],
    },
    labelCell: {
      summary: 'A label that ends with a colon and waits for its value (“- Thời gian:”, “Cơ quan chủ trì:”): a tab after it, in Word, leads to the value on the same line, not to a second column.',
      pattern: String.raw`\p{L}[)\]”"’*]{0,2}\s?:$`,
      examples: ['- Thời gian:', 'Cơ quan chủ trì:', 'b) Thời gian thực hiện :', '- Sản phẩm (dự kiến):'],
      counterexamples: ['Sở Nội vụ', 'Quý I/2025', 'Phòng Tư pháp;', 'lúc 14:30', '1.'],
    },
    colonCell: {
      summary: 'A cell that opens with the colon of the label before it, the colons of a form aligned at a tab stop (“Chủ trì⇥: Sở Nội vụ”, “Chủ trì⇥:⇥Sở Nội vụ”).',
      pattern: String.raw`^:\s?`,
      examples: [': Sở Nội vụ', ':', ':Quý I/2025'],
      counterexamples: ['Sở Nội vụ', 'Quý I/2025', '- Thời gian:'],
    },
    recipientCell: {
      summary: 'A line of the recipients’ list (“- Như trên;”, “- Lưu: VT.”, “- UBND tỉnh (b/c);”): while a signature is under way, a signer’s name beside it, after a tab, is the signature’s column; elsewhere a dash item is a body list’s (see closingRecipient).',
      pattern: String.raw`^(?:[-–+•]\x20?)?(?:Như\x20trên|Lưu\x20?:|Lưu\x20V[TP]).{0,60}$ | ^[-–+•]\x20?\S.{0,160}[;.]$`,
      examples: ['- Như trên;', '- Lưu: VT.', 'Lưu: VT, VP', '- UBND tỉnh (b/c);', '+ Các phòng chuyên môn;'],
      counterexamples: ['Tổ trưởng', 'Thành viên', '2', 'Nơi nhận:', '- Thời gian:', 'Lưu ý các đơn vị báo cáo đúng hạn'],
    },
    closingRecipient: {
      summary: 'A recipient found only in a recipients’ list (“- Như trên;”, “- Lưu: VT.”): a signer’s name beside it is the signature’s column with no cue above; a body list’s dash item (“- Xã Tân Hòa;”) is not one.',
      pattern: String.raw`^(?:[-–+•]\x20?)?(?:Như\x20trên|Lưu\x20?:|Lưu\x20V[TP]).{0,60}$`,
      examples: ['- Như trên;', '- Lưu: VT.', 'Lưu: VT, VP', '- Lưu VT, TH.', '+ Như trên (để t/h);'],
      counterexamples: ['- UBND tỉnh (b/c);', '- Xã Tân Hòa;', '- Thôn Đông Sơn.', 'Nơi nhận:', 'Lưu ý các đơn vị báo cáo đúng hạn', '- Như các năm trước, các xã báo cáo đúng hạn;'],
    },
    capitalLetter: {
      summary: 'A line or word starting with a capital letter (capitals are drawn wider).',
      pattern: String.raw`^\p{Lu}`,
      examples: ['Đ', 'Kế hoạch'],
      counterexamples: ['đ', '1. Mục tiêu'],
    },
  },
});
