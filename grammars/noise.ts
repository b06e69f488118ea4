import { defineGrammar } from '../src/grammar/define-grammar.js';

/**
 * Lines that legal portals add around a decree when it is scraped. They are
 * removed before segmentation, each removal reported as a diagnostic.
 */
export const noise = defineGrammar({
  name: 'noise',
  summary: 'Web boilerplate and portal lists that are not part of the decree.',
  rules: {
    boilerplate: {
      summary: 'Whole lines that portals print around the text.',
      words: [
        'Hệ thống pháp luật',
        'Đang tải nội dung, vui lòng chờ giây lát...',
        'Đang tải nội dung, vui lòng chờ giây lát…',
        'Đang tải văn bản...',
        'Thư viện pháp luật',
        'THƯ VIỆN PHÁP LUẬT',
        'Văn bản liên quan',
        'Văn bản gốc',
        'Lược đồ',
        'Tải văn bản',
        'In văn bản',
        'Vui lòng đăng nhập để xem',
      ],
      anchor: 'line',
      examples: ['Hệ thống pháp luật', 'Đang tải nội dung, vui lòng chờ giây lát...'],
      counterexamples: ['Hệ thống pháp luật của tỉnh', 'Nội dung'],
    },
    relatedDocument: {
      summary: 'A portal’s numbered list of related documents: “- 1 Nghị định 61/2018/NĐ-CP về …”.',
      pattern: String.raw`^- \s? \d{1,3} \s (?:Luật|Bộ\sluật|Pháp\slệnh|Nghị\squyết|Nghị\sđịnh|Quyết\sđịnh|Chỉ\sthị|Thông\stư|Kế\shoạch|Chương\strình|Công\svăn|Văn\sbản|Hướng\sdẫn|Thông\sbáo) \s (?:liên\stịch\s)? (?:số\s)? \d`,
      examples: ['- 1 Nghị định 61/2018/NĐ-CP về thực hiện cơ chế một cửa', '- 10 Kế hoạch 10/KH-UBND về kiểm soát'],
      counterexamples: ['- 100% hồ sơ', '- Nghị định số 61/2018/NĐ-CP'],
    },
    separator: {
      summary: 'A rule line drawn with dashes, underscores or equals signs under a header.',
      pattern: String.raw`^[-_=–—*.]{3,}$`,
      examples: ['-------', '---------------', '_____', '***'],
      counterexamples: ['- Nội dung', '--'],
    },
    pipeOnly: {
      summary: 'A line holding only a cell separator “|”.',
      pattern: String.raw`^\|$`,
      examples: ['|'],
      counterexamples: ['| a |', 'a | b'],
    },
  },
});
