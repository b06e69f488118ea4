import { defineGrammar } from '../src/grammar/define-grammar.js';

/**
 * Citations of other legal documents, eyecite-style: a type word, a number
 * and symbol, then an optional date and issuer. The issuer and date are read
 * by code from the text right after the match (src/extract/citations.ts).
 */
export const citations = defineGrammar({
  name: 'citations',
  summary: 'References to laws, decrees, resolutions, decisions, plans and other documents.',
  rules: {
    numbered: {
      summary: 'A numbered document: “Nghị định số 107/2020/NĐ-CP”, “Quyết định số: 137/QĐ-UBND”, “Nghị quyết 18-NQ/TW”.',
      pattern: String.raw`{{wordStart}} (?<type>
          Thông\stư (?:\sliên\stịch)?
        | Nghị\s (?: quyết (?:\sliên\stịch)? | định )
        | Chương\strình (?:\shành\sđộng)?
        | Kế\shoạch (?:\s(?:liên\stịch|phối\shợp))?
        | Bộ\sluật | Luật | Pháp\slệnh | Quyết\sđịnh | Chỉ\sthị | Công\svăn | Văn\sbản | Tờ\strình
        | Kết\sluận | Thông\sbáo | Hướng\sdẫn | Đề\sán | Báo\scáo | Quy\sđịnh )
        \s (?:số\x20?:?\x20)? (?<number> {{documentNumber}} )`,
      examples: [
        'Nghị định số 107/2020/NĐ-CP',
        'Quyết định số: 137/QĐ-UBND',
        'Nghị quyết số 18-NQ/TW',
        'Chương trình hành động số 10-CTr/TU',
        'Tờ trình số 3158/TTr-SNV',
        'Kế hoạch phối hợp số 1348/KHPH/UBNDTHG',
        'Nghị định số 117/2013-NĐ-CP',
        'Quyết định số 22/2021/QĐ-TTg',
      ],
      counterexamples: ['Quyết định này', 'Kế hoạch số hóa', 'Nghị định của Chính phủ'],
    },
    law: {
      summary: 'A law cited by name: “Luật Tổ chức chính quyền địa phương”; the name is cut at the first `nameStop` word in code.',
      pattern: String.raw`{{wordStart}} (?<type> Bộ\sluật | Luật ) \s (?<name> (?:[Ss]ửa\sđổi,\x20bổ\ssung\smột\ssố\sđiều\scủa\s(?:các\s)?Luật\s)? \p{Lu} [\p{L}\d-]{0,20} (?: ,?\x20 [\p{L}\d-]{1,20} ){0,24} )`,
      examples: ['Luật Tổ chức chính quyền địa phương', 'Luật Ban hành văn bản quy phạm pháp luật', 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ', 'Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ'],
      counterexamples: ['Luật sư', 'pháp luật'],
    },
    nameStop: {
      summary: 'Words that end a law’s name or an issuer’s name in running text.',
      words: [
        'ngày', 'năm', 'số', 'đã', 'được', 'của', 'về', 'ban hành', 'quy định', 'sửa đổi', 'hướng dẫn', 'phê duyệt',
        'triển khai', 'thực hiện', 'trong', 'tại', 'theo', 'đối với', 'nhằm', 'khóa', 'khoá', 'nhiệm kỳ', 'Quy định',
        'giai đoạn', 'và các', 'và Luật', 'và Nghị', 'và Quyết', 'và Thông', 'và Chỉ', 'và Kế', 'và văn', 'và những',
        'để', 'kèm theo', 'có hiệu lực', 'đến', 'từ',
      ],
      anchor: 'any',
      examples: ['Luật Tổ chức chính quyền địa phương ngày 19', 'Chính phủ về Ban hành', 'Chính phủ Quy định cơ chế tự chủ'],
      counterexamples: ['Ủy ban nhân dân tỉnh Cà Mau', 'Bộ Thông tin và Truyền thông'],
    },
    chainLink: {
      summary: 'What may stand between citations that share the issuer named after the last one: “và”, a comma.',
      pattern: String.raw`^\s?(?:,|và|,\svà)?\s?$`,
      examples: [' và ', ', ', ' , '],
      counterexamples: [' của Chính phủ; ', ' về việc ', '; '],
    },
    dateAfter: {
      summary: 'A date right after a citation: “ngày 14/9/2020”, “, ngày 17/10/2005”, “ngày 15 tháng 7 năm 2021”.',
      pattern: String.raw`^ ,? \s? ngày \s (?: (?<d1> \d{1,2} ) \s tháng \s (?<m1> \d{1,2} ) \s năm \s (?<y1> (?:19|20)\d{2} ) | (?<d2> \d{1,2} ) \s? [/.-] \s? (?<m2> \d{1,2} ) \s? [/.-] \s? (?<y2> (?:19|20)\d{2} ) )`,
      examples: [' ngày 14/9/2020', ', ngày 17/10/2005', ' ngày 15 tháng 7 năm 2021'],
      counterexamples: [' năm 2015', ' của Chính phủ'],
    },
    yearAfter: {
      summary: 'A year right after a law’s name: “năm 2015”.',
      pattern: String.raw`^ ,? \s? năm \s (?<year> (?:19|20)\d{2} ) {{wordEnd}}`,
      examples: [' năm 2015', ', năm 2019'],
      counterexamples: [' ngày 14/9/2020'],
    },
    issuerAfter: {
      summary: 'The issuer right after a citation: “của Chính phủ”, “của Thủ tướng Chính phủ”; cut at the first `nameStop` word in code.',
      pattern: String.raw`^ ,? \s? (?:do\s)? của \s (?<issuer> \p{Lu} [\p{L}\d-]{0,20} (?: \x20 [\p{L}\d-]{1,20} ){0,12} )`,
      examples: [' của Chính phủ về Ban hành', ' của Thủ tướng Chính phủ về việc', ' của Ủy ban nhân dân tỉnh về thực hiện', ' của Bộ Thông tin và Truyền thông'],
      counterexamples: [' về việc', ' ngày 14/9/2020'],
    },
  },
});
