import { wordAlternation } from '../src/grammar/compile-grammar.js';
import { defineGrammar } from '../src/grammar/define-grammar.js';

/** A field of an official name: a capital word and up to four more (“Văn hóa”, “Xúc tiến Đầu tư”). */
const field = String.raw`\p{Lu}\p{Ll}* (?:\s(?!và\s)\p{L}\p{Ll}*){0,4}`;
/** Words that start an agency name (`agencies.head`). */
const headWords = String.raw`Sở|Bộ|Ban(?!\shành)|Văn\sphòng|Ủy\sban|Uỷ\sban|UBND|HĐND|Hội\sđồng|Công\san|Bưu\sđiện|Đài|Báo(?!\scáo)|Cổng|Cục|Chi\scục|Tổng\scục|Phòng|Trung\stâm|Bảo\shiểm|Tỉnh\sủy|Thị\sủy|Huyện\sủy|Thành\sủy|Đảng\sủy|Kho\sbạc|Ngân\shàng|Viện|Trường|Liên\sđoàn|Liên\shiệp|Hiệp\shội|Hội|Mặt\strận|Đoàn|Tổng\scông\sty|Công\sty|Chủ\stịch|Thủ\strưởng|Giám\sđốc|Chánh\sVăn\sphòng|Trưởng\sphòng|Thanh\stra|Quỹ|phòng(?!,\schống|\sngừa|\schống)|Tỉnh\sđoàn|Thành\sđoàn|Huyện\sđoàn|huyện,\sthành\sđoàn|huyện\sđoàn|thành\sđoàn|Công\schức|Chi\sbộ|[Cc]hi\shội|[Cc]hi\sđoàn|Trạm\sY\stế|chi\sbộ|Đảng\sbộ|đảng\sbộ|Cơ\squan|cơ\squan|Đơn\svị|đơn\svị|Địa\sphương|địa\sphương|sở|bộ|ban|ngành|tổ\schức|Tổ\schức|VP|VCCI|TT`;
/**
 * Not the start of another agency or holder (a head word, a place, a
 * position or a plural), so the comma before it separates a field, not two agencies.
 */
const notHead = String.raw`(?!(?:${headWords}|Tỉnh|Huyện|Thành|Thường\strực|Tổ|Lãnh\sđạo|Trưởng|Phó|Đồng\schí|Các)(?![\p{L}\p{N}]))`;

/**
 * The whole name, after its head, of a department or ministry that stands on
 * its own (“Sở Tư pháp”, “Bộ Y tế”). Written as a field of a longer name, it
 * marks a list sharing one head (“Sở Nội vụ, Tư pháp và Y tế” is three
 * departments), where a field such as “Văn hóa” or “Khoa học” belongs to one
 * name (“Phòng Văn hóa, Khoa học và Thông tin”).
 */
export const departmentNames = [
  'Nội vụ', 'Tư pháp', 'Tài chính', 'Kế hoạch và Đầu tư', 'Công Thương', 'Công thương', 'Xây dựng', 'Giao thông vận tải',
  'Tài nguyên và Môi trường', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường', 'Khoa học và Công nghệ',
  'Thông tin và Truyền thông', 'Giáo dục và Đào tạo', 'Y tế', 'Ngoại vụ', 'Dân tộc và Tôn giáo', 'Ngoại giao', 'Công an',
  'Lao động - Thương binh và Xã hội', 'Văn hóa, Thể thao và Du lịch',
  // The same names as they are also typed: an en dash or no spaces, the old tone place.
  'Lao động – Thương binh và Xã hội', 'Lao động-Thương binh và Xã hội', 'Văn hoá, Thể thao và Du lịch',
] as const;
const department = wordAlternation(departmentNames);
/** Not a department's whole name (see departmentNames), at the start of a field. */
const notDepartment = String.raw`(?!(?:${department})(?![\p{L}\p{N}])(?!\svà\s\p{Lu}))`;

/**
 * Agencies as plans name them: lead-in heads (“Sở”, “Văn phòng”, “UBND”),
 * generic nouns that form collectives (“Sở, ban, ngành tỉnh”), and the cues
 * that tell the level of government.
 */
export const agencies = defineGrammar({
  name: 'agencies',
  summary: 'Agency names, collectives, abbreviations and levels.',
  rules: {
    head: {
      summary: 'A word that starts an agency name.',
      pattern: String.raw`^(?:các\s|Các\s)?(?:${headWords})(?![\p{L}\p{N}])`,
      examples: ['Sở Nội vụ', 'Văn phòng UBND tỉnh', 'UBND cấp huyện', 'Các cơ quan, đơn vị', 'các đơn vị có liên quan', 'các bộ, ngành khác có liên quan', 'Công an tỉnh', 'Bưu điện tỉnh', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh', 'Hiệp hội Doanh nghiệp tỉnh', 'Công chức Văn phòng - Thống kê', 'Các chi bộ, đảng bộ cơ sở', 'Các phòng, ban chuyên môn', 'Các huyện, thành đoàn', 'Tỉnh đoàn'],
      counterexamples: ['Nội vụ', 'thị xã', 'cấp xã', 'Theo quy định', 'Báo cáo Quý I: thời gian chốt số liệu', 'Ban hành văn bản chỉ đạo', 'phòng, chống thiên tai'],
    },
    generic: {
      summary: 'A bare generic noun that continues a collective: “Sở”, “ban”, “các bộ”, “các cơ quan”, “đơn vị”, “địa phương”.',
      pattern: String.raw`^(?:các\s|Các\s)?(?:sở|Sở|bộ|Bộ|ban|Ban|ngành|Ngành|cơ\squan|Cơ\squan|đơn\svị|Đơn\svị|địa\sphương|Địa\sphương|tổ\schức|cá\snhân|doanh\snghiệp|phòng|Phòng|ban\sngành|Ban\sngành)$`,
      examples: ['Sở', 'ban', 'Các cơ quan', 'đơn vị', 'địa phương', 'Ban ngành', 'các bộ'],
      counterexamples: ['Sở Nội vụ', 'ngành tỉnh', 'UBND', 'Bộ Tài chính'],
    },
    distributor: {
      summary: 'A plural head that distributes over a list: “Các Sở: Nội vụ, Xây dựng, Tài chính”.',
      pattern: String.raw`^(?:Các|các)\s(?<noun>Sở|sở|Ban|ban|Phòng|phòng|Bộ|bộ|Cục|cục)\s?:\s?`,
      examples: ['Các Sở: Nội vụ, Xây dựng', 'các Phòng: Nội vụ, Tư pháp'],
      counterexamples: ['Các sở, ban, ngành tỉnh', 'Sở Nội vụ'],
    },
    singularHead: {
      summary: 'The singular head a distributed or bare domain name takes: “Sở” for “Nội vụ”.',
      pattern: String.raw`^(?:Sở|Bộ|Ban|Phòng|Cục)(?![\p{L}\p{N}])`,
      examples: ['Sở Thông tin và Truyền thông', 'Phòng Nội vụ'],
      counterexamples: ['Văn phòng UBND tỉnh', 'Sởi'],
    },
    compound: {
      summary: 'One agency whose name contains “và” before another head: “Văn phòng HĐND và UBND thị xã”.',
      pattern: String.raw`(?:Văn\sphòng|VP)\s(?:HĐND|Hội\sđồng\snhân\sdân|Đoàn\sĐBQH)\svà\s(?:UBND|Ủy\sban\snhân\sdân|HĐND)`,
      examples: ['Văn phòng HĐND và UBND thị xã', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'VP HĐND và UBND huyện'],
      counterexamples: ['Văn phòng UBND tỉnh và các đơn vị'],
    },
    request: {
      summary: 'A request or assignment before the agency it addresses: “Đề nghị các cấp ủy Đảng …”, “Giao Sở Nội vụ …”, “Đối với Sở Y tế:”.',
      pattern: String.raw`^(?:[Đđ]ề\snghị|Giao|giao|Đối\svới)\s`,
      examples: ['Đề nghị các cấp ủy Đảng', 'Giao Sở Nội vụ có trách nhiệm', 'Đối với Sở Y tế:'],
      counterexamples: ['Sở Nội vụ'],
    },
    bulletPrefix: {
      summary: 'A bullet or spaces before an agency in a cell: “- Sở Nội vụ”.',
      pattern: String.raw`^[\s\-–+•]{1,6}`,
      examples: ['- Sở Nội vụ', '– Sở Tư pháp'],
      counterexamples: ['Sở Nội vụ'],
    },
    startsLower: {
      summary: 'A piece that starts with a lower-case letter: it continues the agency before it.',
      pattern: String.raw`^\p{Ll}`,
      examples: ['thị xã', 'cấp xã'],
      counterexamples: ['Sở Nội vụ', 'UBND'],
    },
    listSeparator: {
      summary: 'Separators between agencies in a list: “;”, “,”, “ và ” (split, then rejoined where a collective continues); a comma typed without its space before a capital (“Xã hội,Thanh tra”) too.',
      // A department's whole name then another head with no separator at all: a line break inside the cell was lost.
      pattern: String.raw`\s?;\s?|,\s|,(?=\p{Lu})|\svà\s|\s-\s(?=\p{Lu})|(?<=(?:Sở|Bộ)\s(?:${department}))\s(?=(?:Sở|Bộ)\s\p{Lu})`,
      examples: ['Sở Tư pháp; Sở Nội vụ', 'Công an tỉnh, Sở Tư pháp', 'Văn phòng UBND tỉnh và các đơn vị', 'Sở Y tế,Công an tỉnh', 'Bộ Tài chính Bộ Nội vụ'],
      // An official name's own commas are kept whole by agencies.officialName, with or without the space.
      counterexamples: ['Sở Nội vụ'],
    },
    parenthetical: {
      summary: 'A parenthetical note after an agency: “(theo nội dung)”, “(theo phân công)”.',
      pattern: String.raw`\s?\([^()]{0,200}\)`,
      // A role sentence in brackets can be long, its commas inside a name: “(Thường trực Ủy ban Văn hóa, Giáo dục và … là cơ quan thường trực)”.
      examples: ['Sở Nội vụ (theo phân công)', 'Kế hoạch và Đầu tư (theo nội dung)', 'Sở Nội vụ (Ban Thi đua - Khen thưởng, Chi cục Văn thư - Lưu trữ và Phòng Công chức, viên chức là đầu mối tổng hợp)'],
      counterexamples: ['Sở Nội vụ'],
    },
    leadIn: {
      summary: 'Words that end an agency at the start of a duty sentence: “… có trách nhiệm”, “… chủ trì”, “… phối hợp”.',
      words: [
        'có trách nhiệm', 'chịu trách nhiệm', 'chủ trì', 'phối hợp', 'theo dõi', 'tham mưu', 'căn cứ', 'thực hiện',
        'xây dựng', 'tổ chức', 'triển khai', 'cân đối', 'đảm bảo', 'bảo đảm', 'hướng dẫn', 'kiểm tra', 'là cơ quan',
        'cần', 'phải', 'định kỳ', 'giúp', 'trực tiếp', 'nghiên cứu', 'thẩm định', 'trình', 'cho ý kiến', 'đề xuất', 'được', 'là đầu mối', 'là đơn vị', 'chuẩn bị',
        'tập trung', 'chủ động', 'làm đầu mối', 'phụ trách', 'tiếp tục', 'đôn đốc', 'trên cơ sở', 'tham gia', 'thường xuyên', 'chỉ đạo', 'trong phạm vi', 'trong quá trình', 'kịp thời', 'tuyên truyền', 'vận động', 'theo chức năng', 'tăng cường', 'giám sát', 'tổng hợp',
      ],
      anchor: 'any',
      examples: ['Văn phòng UBND tỉnh có trách nhiệm chủ trì', 'Sở Tư pháp chủ trì, phối hợp', 'Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện', 'Bảo hiểm xã hội tỉnh chuẩn bị báo cáo'],
      counterexamples: ['Sở Nội vụ'],
    },
    officialName: {
      summary: 'An official name whose comma, “và” or dash belong to it, so no list separator inside it splits. The general form (Decree 30/2020 spells names so): a head, then capitalised fields joined by commas and closed by “và” (“Phòng Văn hóa, Khoa học và Thông tin”, “Ủy ban Quốc phòng, An ninh và Đối ngoại”), no field itself a head or a department’s whole name (“Sở Nội vụ, Tư pháp và Y tế” is three departments) and no plural “các” before it (“các Sở Nội vụ, Tư pháp và Tài chính” is a list). Besides, the fields of names that lists also write without their head (“Các Sở: Văn hóa, Thể thao và Du lịch, Y tế”), and names whose inner word is a head or a verb (“Ban Xây dựng Đảng”, “Ban Chỉ huy Phòng thủ dân sự”).',
      pattern: String.raw`
        (?<![Cc]ác\s)
        (?:Sở|Bộ|Phòng|Ban|Ủy\sban|Uỷ\sban|Cục|Chi\scục|Tổng\scục|Vụ|Trung\stâm|Viện|Học\sviện|Đài|Báo|Hội\sđồng) \s
        ${notDepartment} ${field}                  # the first field
        (?: ,\s? ${notHead} ${notDepartment} ${field} ){1,6}   # more fields, none a head or a department of its own
        \svà\s ${notHead} ${notDepartment} \p{Lu}
        | Văn\sh(?:óa|oá),\s?Thể\sthao\svà\sDu\slịch | Văn\sh(?:óa|oá),\s?Khoa\shọc\svà\sGiáo\sdục | Kinh\stế,\s?Hạ\stầng\svà\sĐô\sthị
        | Lao\sđộng\s?[-–]\s?Thương\sbinh\svà\sXã\shội
        | (?:Báo\svà\s)?Phát\sthanh,\s?Truyền\shình | Phát\sthanh\s?[-–]\sTruyền\shình | Phát\sthanh\svà\sTruyền\shình
        | Chỉ\shuy\sPhòng\sthủ\sdân\ssự | [Bb]an\s[Xx]ây\sdựng\sĐảng | Phòng\schống\sthiên\stai\svà\sTìm\skiếm\scứu\snạn
        | Tuyên\sgiáo\svà\sDân\svận | Dân\stộc\svà\sTôn\sgiáo | Văn\sh(?:óa|oá)\s?[-–]\sXã\shội | Kinh\stế\s?[-–]\sHạ\stầng | Tài\schính\s?[-–]\sKế\shoạch
        | Văn\sphòng\s(?:HĐND|Hội\sđồng\snhân\sdân|Đoàn\sĐBQH)\svà\s(?:UBND|Ủy\sban\snhân\sdân|HĐND)`,
      examples: [
        'Sở Văn hóa, Thể thao và Du lịch', 'Bộ Lao động - Thương binh và Xã hội', 'Ban Chỉ huy Phòng thủ dân sự tỉnh', 'Báo và Phát thanh, Truyền hình Đắk Lắk',
        'Phòng Kinh tế, Hạ tầng và Đô thị', 'Văn phòng HĐND và UBND thị xã', 'Phòng Văn hóa, Khoa học và Thông tin huyện', 'Ủy ban Quốc phòng, An ninh và Đối ngoại',
        'Trung tâm Văn hóa, Thông tin và Thể thao thị xã', 'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh', 'Các Sở: Tư pháp, Văn hóa, Thể thao và Du lịch', 'Các Sở: Tư pháp, Văn hoá, Thể thao và Du lịch',
      ],
      counterexamples: [
        'Sở Văn hóa và Thể thao', 'Sở Tài chính, Sở Nội vụ', 'Phòng Kinh tế và các xã', 'Sở Tài chính, Công an tỉnh và Sở Nội vụ',
        'các Sở Nội vụ, Tư pháp và Tài chính', 'Phòng Tư pháp, Văn phòng UBND và Công an xã', 'Ban Tuyên giáo, Thường trực và Ủy ban Mặt trận', 'Trung tâm Y tế, Trường Chính trị và Đài',
        // Departments sharing one head: each field is a department's whole name.
        'Sở Nội vụ, Tư pháp và Y tế phối hợp', 'Sở Tài chính, Kế hoạch và Đầu tư bố trí kinh phí', 'Sở Y tế, Giáo dục và Đào tạo', 'Bộ Công an, Quốc phòng và Ngoại giao',
      ],
    },
    departmentName: {
      summary: 'A department’s or ministry’s whole name at the start of a piece, with or without its head (“Tư pháp”, “Sở Y tế”): on both sides of “và” it makes two agencies, not one name (“Sở Tư pháp và Y tế”).',
      pattern: String.raw`^(?:(?:Sở|Bộ|Phòng)\s)?(?:${department})(?![\p{L}\p{N}])`,
      // A verb may follow the name (“Y tế phối hợp”): the name ends where a word ends.
      examples: ['Tư pháp', 'Sở Y tế', 'Kế hoạch và Đầu tư', 'Bộ Công an', 'Y tế phối hợp'],
      counterexamples: ['Khoa học', 'Đầu tư', 'Sở Văn hóa', 'Công nghệ thông tin'],
    },
    placeList: {
      summary: 'Localities named one by one after their unit (“các địa phương Bắc Ninh, Bình Dương”, “các tỉnh Lào Cai, Yên Bái”): the commas that follow separate place names, not agencies.',
      pattern: String.raw`^(?:các\s|Các\s)(?:địa\sphương|tỉnh|thành\sphố|huyện|quận|thị\sxã|xã|phường)\s\p{Lu}`,
      examples: ['các địa phương Bắc Ninh, Bình Dương', 'Các tỉnh Lào Cai', 'các xã Tân Hòa'],
      counterexamples: ['các địa phương có liên quan', 'Sở Nội vụ', 'các tỉnh, thành phố'],
    },
    footnoteRef: {
      summary: 'A footnote reference a web page leaves after a name (“Ủy ban Đối ngoại [3]”): not part of the name.',
      pattern: String.raw`\s?\[\d{1,3}\]$`,
      examples: ['Ủy ban Đối ngoại [3]', 'Sở Tài chính[12]'],
      counterexamples: ['Sở Nội vụ', 'Điều 3 [khoản 2]'],
    },
    unitNote: {
      summary: 'A bracket after an agency that is itself a proper agency name: the unit in charge within it (“Bộ Công an (Trung tâm Dữ liệu quốc gia)”) or the body it belongs to (“Trung tâm Dịch vụ việc làm (Sở Nội vụ)”). Written as part of the name, it stays in the name; a remark (“theo phân công”), a generic role (“Cơ quan thường trực …”) or a clause with a lead-in verb is a note.',
      pattern: String.raw`^(?:Sở|Bộ|Ban|Văn\sphòng|Cục|Chi\scục|Tổng\scục|Vụ|Phòng|Trung\stâm|Viện|Học\sviện|Đài|Báo|Ủy\sban|Uỷ\sban|Hội\sđồng|Thanh\stra|Kho\sbạc|Quỹ|Công\san|Bảo\shiểm|Tổng\scông\sty|Công\sty)\s\p{Lu}[^()]{0,80}$`,
      examples: ['Trung tâm Dữ liệu quốc gia', 'Sở Nội vụ', 'Cục Cảnh sát quản lý hành chính về trật tự xã hội', 'Văn phòng Điều phối nông thôn mới tỉnh'],
      counterexamples: ['theo phân công', 'Cơ quan thường trực Ban Chỉ đạo', 'b/c', 'Phòng ngừa', 'nếu có', 'Sở'],
    },
    roleNote: {
      summary: 'A role written after an agency with a dash or a comma: “Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo”, “Sở Nội vụ, cơ quan thường trực”: a note, not part of the name and not an agency of its own.',
      // The note ends the phrase and holds no list separator: a role in the middle of a list is agencies.rolePiece.
      pattern: String.raw`\s[-–]\s(?<note>(?:[Cc]ơ\squan|[Đđ]ơn\svị)\s(?:thường\strực|chủ\strì|đầu\smối|tham\smưu)[^:;,]{0,80})$`,
      examples: ['Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo', 'Sở Nội vụ – cơ quan chủ trì'],
      counterexamples: ['Phòng Tài chính - Kế hoạch', 'Sở Lao động - Thương binh và Xã hội', 'Sở Tài chính - Cơ quan thường trực, Sở Nội vụ'],
    },
    rolePiece: {
      summary: 'A piece of an agency list that is the role of the agency before it (“Sở Nội vụ, cơ quan thường trực, Sở Tài chính”): its note, not an agency.',
      pattern: String.raw`^(?:[Cc]ơ\squan|[Đđ]ơn\svị)\s(?:thường\strực|chủ\strì|đầu\smối|tham\smưu)(?![\p{L}\p{N}])`,
      examples: ['cơ quan thường trực', 'đơn vị chủ trì', 'Cơ quan đầu mối của tỉnh'],
      counterexamples: ['cơ quan, đơn vị liên quan', 'cơ quan báo chí', 'đơn vị sự nghiệp'],
    },
    provincialCollective: {
      summary: 'The provincial departments as one collective, however written (“các sở, ban, ngành”, “Sở, Ban, ngành tỉnh”, “các sở, ngành”): one canonical spelling.',
      pattern: String.raw`^(?:[Cc]ác\s)?[Ss]ở,\s(?:[Bb]an,?\s)?(?:[Nn]gành|[Đđ]ơn\svị)(?:\s(?:[Tt]ỉnh|cấp\stỉnh|thuộc\stỉnh|[Tt]hành\sphố))?(?:,\s(?:đơn\svị|địa\sphương|cơ\squan))*(?:\s(?:có\s)?liên\squan)?$`,
      examples: ['các sở, ban, ngành', 'Các Sở, ban, ngành tỉnh', 'sở, ngành', 'các sở, ngành, địa phương', 'Sở, Ban, ngành tỉnh', 'Sở, ban ngành tỉnh'],
      counterexamples: ['Thủ trưởng các sở, ban, ngành', 'Sở Nội vụ', 'Sở, ban, ngành và UBND cấp huyện'],
    },
    dutySection: {
      summary: 'A heading of a section that assigns duties per agency: “Tổ chức thực hiện”, “Phân công nhiệm vụ”, “Trách nhiệm của …”, “Nhiệm vụ của các thành viên …”.',
      pattern: String.raw`^(?:(?:[Tt]ổ\schức\sthực\shiện|TỔ\sCHỨC\sTHỰC\sHIỆN)(?:\s(?:[Kk]ế\shoạch|[Cc]hương\strình|KẾ\sHOẠCH|CHƯƠNG\sTRÌNH)(?:\snày)?)?[\s.:]*$|[Pp]hân\scông\s(?:nhiệm\svụ|trách\snhiệm|thực\shiện)|PHÂN\sCÔNG\s(?:NHIỆM\sVỤ|TRÁCH\sNHIỆM)|[Tt]rách\snhiệm\s(?:của|thực\shiện)|TRÁCH\sNHIỆM\s(?:CỦA|THỰC\sHIỆN)|[Nn]hiệm\svụ\s(?:cụ\sthể\s)?của\s|NHIỆM\sVỤ\s(?:CỤ\sTHỂ\s)?CỦA\s)`,
      examples: ['TỔ CHỨC THỰC HIỆN', 'Tổ chức thực hiện.', 'Tổ chức thực hiện Kế hoạch', 'Phân công nhiệm vụ', 'Trách nhiệm của các sở, ngành', 'Nhiệm vụ của thành viên Ban Chỉ đạo', 'Nhiệm vụ cụ thể của các cơ quan'],
      counterexamples: ['Tổ chức thực hiện cơ chế một cửa, một cửa liên thông', 'Tổ chức tập huấn cho cán bộ', 'Nhiệm vụ cụ thể', 'Nâng cao trách nhiệm người đứng đầu'],
    },
    introClause: {
      summary: 'A circumstantial opener before the agency of a duty sentence (“Trên cơ sở nội dung Kế hoạch, các sở … căn cứ …”, “Kết thúc cuộc bầu cử, Ban Thường trực … chịu trách nhiệm …”); the agency starts after one of its commas.',
      pattern: String.raw`^(?:Trên\scơ\ssở|Căn\scứ|Để|Nhằm|Kết\sthúc|Sau\skhi|Trong\squá\strình|Trong|Khi|Trước|Đối\svới|Theo)\s`,
      examples: ['Trên cơ sở nội dung Kế hoạch nêu trên, các sở, ban, ngành tỉnh căn cứ', 'Kết thúc cuộc bầu cử, Ban Thường trực chịu trách nhiệm'],
      counterexamples: ['Sở Tài chính chủ trì', 'Phối hợp với Sở Nội vụ, các cơ quan liên quan tham mưu'],
    },
    holderPrefix: {
      summary: '“Trách nhiệm của” / “Nhiệm vụ của” before the agency an item heading names.',
      pattern: String.raw`^(?:[Tt]rách\snhiệm|[Nn]hiệm\svụ|TRÁCH\sNHIỆM|NHIỆM\sVỤ)\s(?:cụ\sthể\s)?(?:của|CỦA)\s`,
      examples: ['Trách nhiệm của đối tượng thực hiện kiểm kê', 'Nhiệm vụ của Sở Tài chính'],
      counterexamples: ['Sở Tài chính', 'Trách nhiệm thực hiện'],
    },
    holder: {
      summary: 'What may hold duties besides an agency head: office holders and collectives (“Đồng chí …”, “Thường trực …”, “Các doanh nghiệp …”, “Chính phủ”).',
      pattern: String.raw`^(?:[Cc]ác\s(?:thành\sviên|cấp\sủy|doanh\snghiệp|chủ\sđầu\stư|đoàn\sthể|cơ\ssở|bộ|tổ\schức|hội|trường|nhà\strường|đồng\schí|cấp|ngành|Ủy\sban|Bộ|Sở|Ban)|Đồng\schí|đồng\schí|Thường\strực|Trưởng\s|Phó\s|Tổng\sThư\ský|Thành\sviên|Chính\sphủ|Tòa\sán|Viện\skiểm\ssát|Lãnh\sđạo|Bộ\strưởng|Doanh\snghiệp|Ủy\sban|Uỷ\sban|Các\sđơn\svị|Đối\stượng|Tổ\scông\stác|Tổ\sgiúp\sviệc|Đoàn\skiểm\stra|Đoàn\sgiám\ssát)`,
      examples: ['Đồng chí Trưởng Ban xây dựng Đảng', 'Thường trực Hội đồng Dân tộc', 'Các doanh nghiệp viễn thông', 'Chính phủ, Tòa án nhân dân tối cao', 'Trưởng Ban Chỉ đạo'],
      counterexamples: ['Trên cơ sở nội dung Kế hoạch', 'Kinh phí thực hiện', 'Trường hợp có vướng mắc'],
    },
    verbAsNoun: {
      summary: 'Text ending where a lead-in word is part of a noun (“cơ quan tham mưu”, “đơn vị chủ trì”, “được giao chủ trì”), not the start of a duty.',
      pattern: String.raw`(?:[Cc]ơ\squan|[Đđ]ơn\svị|được\sgiao|được|Đoàn|Tổ|[Cc]hương|quá|lộ|công|tiến|lĩnh\svực|đầu\stư|hoạt\sđộng|về|[Đđ]ối\stượng)\s$`,
      examples: ['các cơ quan ', 'Các cơ quan, đơn vị được giao ', 'Đoàn ', 'Vụ Các vấn đề chung về ', 'Đối tượng ', 'Đoàn kiểm tra trong quá ', 'Các doanh nghiệp hoạt động trong lĩnh vực ', 'Các chủ đầu tư '],
      counterexamples: ['Sở Tài chính ', 'Văn phòng UBND tỉnh '],
    },
    relativeClause: {
      summary: '“được giao …” after an agency describes it (“Các cơ quan được giao nhiệm vụ soạn thảo …”); the duty starts at a later lead-in.',
      pattern: String.raw`^được\sgiao\s`,
      examples: ['được giao nhiệm vụ chuẩn bị hồ sơ', 'được giao chủ trì'],
      counterexamples: ['được phân công', 'chủ trì'],
    },
    organisationNoun: {
      summary: '“tổ chức” as a noun (“các tổ chức chính trị - xã hội”, “tổ chức xã hội”), not the verb that starts a duty.',
      pattern: String.raw`^tổ\schức(?:\s(?:chính\strị|xã\shội|thành\sviên|đoàn\sthể|hội|ngoài\scông\slập|kinh\stế|tín\sdụng|có\sliên\squan|liên\squan|cá\snhân|khác|và\scá\snhân)|[,;.]|$)`,
      examples: ['tổ chức chính trị - xã hội tỉnh', 'tổ chức xã hội', 'tổ chức thành viên của Mặt trận', 'tổ chức khác có liên quan', 'tổ chức'],
      counterexamples: ['tổ chức triển khai thực hiện', 'tổ chức tuyên truyền'],
    },
    endsGeneric: {
      summary: 'A piece that ends with a generic noun (“Thủ trưởng các Sở”), so the next generic (“Ban”, “ngành tỉnh”) continues its collective.',
      pattern: String.raw`\s(?:các\s)?(?:sở|Sở|ban|Ban|ngành|cơ\squan|đơn\svị)$`,
      examples: ['Thủ trưởng các Sở', 'Giám đốc các sở'],
      counterexamples: ['Sở Nội vụ', 'Sở'],
    },
    describedHolder: {
      summary: 'A holder named by what it was given to do: “Các cơ quan được giao nhiệm vụ soạn thảo, trình, thẩm tra …”; its commas split nothing.',
      pattern: String.raw`^(?:[Cc]ác\s)?(?:cơ\squan|đơn\svị)(?:,\s(?:cơ\squan|đơn\svị))?\sđược\sgiao\s`,
      examples: ['Các cơ quan được giao nhiệm vụ chuẩn bị hồ sơ, soạn thảo, trình', 'Các cơ quan, đơn vị được giao chủ trì'],
      counterexamples: ['Các cơ quan, đơn vị có liên quan', 'Sở Tài chính được giao'],
    },
    innerRequest: {
      summary: 'A request inside the sentence (“Ủy ban nhân dân tỉnh đề nghị các cơ quan …”): the subject asks others, it holds no duty itself.',
      pattern: String.raw`\s(?:đề\snghị|yêu\scầu)\s`,
      examples: ['Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị quán triệt'],
      counterexamples: ['Sở Tài chính chủ trì thẩm định đề án'],
    },
    problemClause: {
      summary: 'The closing formula about reporting problems (“Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan … phản ánh …”): it asks for feedback, it assigns no duty.',
      pattern: String.raw`nếu\scó\s(?:khó\skhăn|vướng\smắc|phát\ssinh)`,
      examples: ['Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan'],
      counterexamples: ['Trong quá trình tổ chức thực hiện, nếu thấy cần sửa đổi, bổ sung'],
    },
    strongLeadIn: {
      summary: 'Lead-in words that end the agency even when a weaker one comes first: “Các cơ quan, đơn vị được giao chủ trì có trách nhiệm …”.',
      words: ['có trách nhiệm', 'chịu trách nhiệm', 'khẩn trương'],
      anchor: 'any',
      examples: ['Các cơ quan, đơn vị được giao chủ trì có trách nhiệm hoàn thành', 'Các cơ quan được giao nhiệm vụ soạn thảo khẩn trương tổ chức'],
      counterexamples: ['Sở Tài chính chủ trì, phối hợp'],
    },
    central: {
      summary: 'Cues of a central agency: ministries, the Government, the Party’s central bodies.',
      pattern: String.raw`^(?:Bộ\s|Chính\sphủ|Thủ\stướng|Văn\sphòng\sChính\sphủ|Quốc\shội|Ủy\sban\s[Tt]hường\svụ\sQuốc\shội|Ban\sChấp\shành\sTrung\sương|Bộ\sChính\strị|Tổng\scục|Cục\s(?!Thuế\stỉnh))`,
      examples: ['Bộ Nội vụ', 'Văn phòng Chính phủ', 'Thủ tướng Chính phủ', 'Ủy ban thường vụ Quốc hội'],
      counterexamples: ['Sở Nội vụ', 'Cục Thuế tỉnh', 'Ủy ban nhân dân tỉnh'],
    },
    commune: {
      summary: 'Cues of a commune-level agency.',
      pattern: String.raw`(?<![\p{L}\p{N}])(?:cấp\sxã|các\sxã|xã,\sphường|phường,\sxã|UBND\sxã|Ủy\sban\snhân\sdân\sxã|thị\strấn)(?![\p{L}\p{N}])`,
      examples: ['UBND cấp xã', 'Ủy ban nhân dân các xã, phường'],
      counterexamples: ['UBND cấp huyện', 'Sở Nội vụ'],
    },
    district: {
      summary: 'Cues of a district-level agency: “cấp huyện”, “các huyện”, “thị xã”, district departments (Phòng …).',
      pattern: String.raw`(?<![\p{L}\p{N}])(?:(?:cấp\shuyện|các\shuyện|huyện|quận|thị\sxã|Văn\sphòng\sHĐND\svà\sUBND\s(?:huyện|thị\sxã|thành\sphố))(?![\p{L}\p{N}])|Phòng\s(?=\p{Lu}))`,
      examples: ['UBND cấp huyện', 'Phòng Nội vụ', 'UBND các huyện, thị xã, thành phố', 'Văn phòng HĐND và UBND thị xã'],
      counterexamples: ['Sở Nội vụ', 'UBND tỉnh'],
    },
    province: {
      summary: 'Cues of a province-level agency: departments (Sở), “tỉnh”, provincial units.',
      pattern: String.raw`(?<![\p{L}\p{N}])(?:(?:Sở|sở|tỉnh|Tỉnh|cấp\stỉnh|Ban\sQuản\slý|Đài\sPhát\sthanh|Cục\sThuế|Bảo\shiểm\sxã\shội)(?![\p{L}\p{N}])|Báo\s(?=\p{Lu}))`,
      examples: ['Sở Nội vụ', 'Văn phòng UBND tỉnh', 'Các sở, ban, ngành tỉnh', 'Đài Phát thanh - Truyền hình tỉnh'],
      counterexamples: ['Phòng Nội vụ'],
    },
  },
});
