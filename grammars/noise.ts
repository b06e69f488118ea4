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
    portalBanner: {
      summary: 'Lines of a portal’s copyright banner and its notes on amended passages, in Vietnamese or English.',
      pattern: String.raw`^[*|\s]{0,6} (?: Bản\sdịch\snày\sthuộc\squyền\ssở\shữu | THƯ\sVIỆN\sPHÁP\sLUẬT \*{0,2} \s? (?: \. | has\sthe\scopyright | is\sa\sviolation ) | Các\snội\sdung\scủa\sVB\snày\sđược | Click\svào\sphần\sbôi\svàng | CÁC\sNỘI\sDUNG\sĐƯỢC\sSỬA\sĐỔI,\sHƯỚNG\sDẪN\s?$ | Copyright\s(?:©|\(c\)) | This\stranslation\sis\sthe\sproperty | Vui\slòng\sđăng\snhập | Please\slog\sin )`,
      examples: ['Bản dịch này thuộc quyền sở hữu của **', 'THƯ VIỆN PHÁP LUẬT** has the copyright on this translation.', 'Click vào phần bôi vàng để xem chi tiết.', 'Copyright © 2025 Cơ sở dữ liệu'],
      counterexamples: ['Bản dịch tiếng Anh của Luật', 'Các nội dung của Kế hoạch'],
    },
    siteFooter: {
      summary: 'The copyright and contact lines of any site’s footer (“Bản quyền thuộc về …”, “Địa chỉ: … Điện thoại: …”): dropped only where the text ends with them, since a plan may give an address and a telephone number itself.',
      pattern: String.raw`^[*|\s]{0,6} (?: (?:©\s?)?Bản\squyền\s(?:thuộc\svề|©) | Địa\schỉ\s?:[^:\n]{1,120}(?:Điện\sthoại|ĐT|Tel)\s?: )`,
      examples: ['Bản quyền thuộc về Ủy ban nhân dân tỉnh', 'Địa chỉ: 12 đường Lê Lợi, phường 1; Điện thoại: 0210.3812.345', '© Bản quyền © 2025 Cổng thông tin điện tử'],
      counterexamples: ['Bản quyền tác giả, quyền liên quan được bảo hộ', 'Địa chỉ: Hội trường Ủy ban nhân dân xã', 'Địa chỉ tiếp nhận hồ sơ: Trung tâm Phục vụ hành chính công'],
    },
    portalTail: {
      summary: 'A line that opens a portal’s trailing apparatus (document card, attachments, account notices): it and all after it are not the document.',
      pattern: String.raw`^[*|#\s]{0,6} (?: Văn\sbản\snày\schưa\scập\snhật\snội\sdung\sTiếng\sAnh | FILE\sĐƯỢC\sĐÍNH\sKÈM\sTHEO\sVĂN\sBẢN | FILE\sATTACHED\sTO\sDOCUMENT | Bạn\svừa\sbị\sĐăng\sxuất )`,
      examples: ['Văn bản này chưa cập nhật nội dung Tiếng Anh', 'FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN', 'Bạn vừa bị Đăng xuất khỏi Tài khoản .'],
      counterexamples: ['Văn bản này có hiệu lực từ ngày ký', 'Tài liệu đính kèm'],
    },
    portalCard: {
      summary: 'A portal’s card title for the document, printed just above its trailing apparatus: “Quyết định 2629/QĐ-TTg năm 2025 phê duyệt …”.',
      pattern: String.raw`^(?:Quyết\sđịnh|Nghị\squyết|Kế\shoạch|Chỉ\sthị|Chương\strình|Thông\stư|Nghị\sđịnh|Công\svăn|Hướng\sdẫn) \s \d{1,6} / [\p{L}\d/.-]{2,30} \s (?:năm\s\d{4}|ngày\s\d{1,2}/\d{1,2}/\d{4}) \s`,
      examples: ['Quyết định 2629/QĐ-TTg năm 2025 phê duyệt Chương trình', 'Kế hoạch 12/KH-UBND ngày 01/12/2025 về'],
      counterexamples: ['Quyết định số 2629/QĐ-TTg ngày 01 tháng 12 năm 2025', 'Kế hoạch này'],
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
