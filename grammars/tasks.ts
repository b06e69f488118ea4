import { defineGrammar } from '../src/grammar/define-grammar.js';

/** Lines that attach agencies, a timeframe or a product to the task items above them. */
export const tasks = defineGrammar({
  name: 'tasks',
  summary: 'Task attribute lines and goal kinds.',
  rules: {
    attribute: {
      summary: 'An attribute line: “Cơ quan chủ trì: …”, “Cơ quan chủ trì các nhiệm vụ: …”, “Cơ quan chủ trì Mục 8.4, 8.5: …”, “Thời gian: …”, also with emphasis marks left around the label (“*Đơn vị chủ trì thực hiện: *Các Sở …”).',
      // The alternative that matches names the field's role (one named group each), so no second rule classifies the label.
      pattern: String.raw`
        ^[*_]{0,2}
        (?<field>
          (?<lead> (?:Cơ\squan|Đơn\svị|Cơ\squan,\sđơn\svị|Bộ\sphận) \s (?:chủ\strì|thực\shiện|soạn\sthảo|tham\smưu) (?:\sthực\shiện|\stham\smưu)? | Chủ\strì(?:\sthực\shiện)? )
          | (?<coordinating> (?:Cơ\squan|Đơn\svị|Cơ\squan,\sđơn\svị|Bộ\sphận) \s phối\shợp (?:\sthực\shiện)? | Phối\shợp(?:\sthực\shiện)? )
          | (?<timeframe> Thời\sgian(?:\sthực\shiện|\shoàn\sthành|\sban\shành|\strình)? | Thời\shạn(?:\shoàn\sthành|\sthực\shiện|\sban\shành|\strình)? | Tiến\sđộ(?:\sthực\shiện|\shoàn\sthành)? | Thời\sđiểm(?:\shoàn\sthành|\sthực\shiện)? )
          | (?<output> Sản\sphẩm(?:\sdự\skiến)? | Kết\squả(?:\sdự\skiến)? )
        )
        (?<scope>\s(?:các\snhiệm\svụ(?:\strên)?|(?:tại\s)?[Mm]ục\s[\d.,\x20và]{1,40}|nhiệm\svụ\s[\d.,\x20và]{1,40}))?
        [*_]{0,2}\s?:\s?[*_]{0,2}(?<value>.*)$`,
      examples: ['Cơ quan chủ trì: Văn phòng UBND tỉnh.', 'Cơ quan chủ trì các nhiệm vụ: Sở, Ban ngành tỉnh.', 'Cơ quan chủ trì Mục 8.4, 8.5: Sở Thông tin và Truyền thông.', 'Thời gian: Quý II/2022.', 'Cơ quan phối hợp: Văn phòng UBND tỉnh.', 'Đơn vị chủ trì: Phòng Nội vụ.', 'Thời hạn hoàn thành: Trước ngày 30/6/2023.', '*Đơn vị chủ trì thực hiện: *Các Sở: Nội vụ, Tài chính.', 'Chủ trì: Sở Y tế.', 'Cơ quan soạn thảo: Ban Pháp chế.', 'Thời hạn ban hành: trước ngày 01/7/2026.', 'Thời gian thực hiện:', 'Bộ phận thực hiện: Công chức Văn phòng - Thống kê.', 'Cơ quan chủ trì tham mưu: Sở Nội vụ.', 'Cơ quan tham mưu: Phòng Nội vụ.', 'Bộ phận phối hợp: Công an xã.', 'Thời điểm hoàn thành: Tháng 3/2026.'],
      counterexamples: ['Cơ quan chủ trì tham mưu triển khai', 'Bộ phận Một cửa tiếp nhận hồ sơ', 'Thời điểm này, tỉnh đã', 'Thời gian qua, tỉnh đã', 'Chủ trì, phối hợp với các cơ quan', 'Nhiệm vụ: Rà soát quy chế'],
    },
    inlineAttributes: {
      summary: 'Attribute fields in brackets closing an item\'s own line: “Rà soát … (Cơ quan chủ trì: Sở Tư pháp; thời gian hoàn thành: Quý III/2026).”',
      pattern: String.raw`\s?\((?=(?:Cơ\squan|Đơn\svị|Bộ\sphận|Chủ\strì)[\p{L}\x20,]{0,30}:)(?<fields>[^()]{3,300})\)[.;]?$`,
      examples: ['Rà soát cơ sở dữ liệu (Cơ quan chủ trì: Các sở, ban, ngành tỉnh; thời gian hoàn thành: Quý III/2026).', 'Tập huấn (Chủ trì: Sở Nội vụ)'],
      counterexamples: ['Rà soát cơ sở dữ liệu (theo phân công của UBND tỉnh).', 'Sở Y tế (Cơ quan thường trực) chủ trì'],
    },
    nextAttribute: {
      summary: 'Where a second field starts on the same attribute line: “…; phối hợp: …”, “…; thời gian: …”.',
      pattern: String.raw`[;.]\s(?=(?:[Cc]ơ\squan|[Đđ]ơn\svị|[Bb]ộ\sphận|[Cc]hủ\strì|[Pp]hối\shợp|[Tt]hời\sgian|[Tt]hời\shạn|[Tt]hời\sđiểm|[Tt]iến\sđộ|[Ss]ản\sphẩm|[Kk]ết\squả)[\p{L}\x20,]{0,30}:)`,
      examples: ['Sở Nội vụ; phối hợp: Sở Tư pháp', 'Sở Nội vụ; thời gian hoàn thành: Quý II/2026', 'Sở Nội vụ. Cơ quan phối hợp: Sở Tư pháp'],
      counterexamples: ['Sở Nội vụ; Sở Tư pháp', 'Sở Nội vụ, thời gian tới'],
    },
    contentLabel: {
      summary: 'A line that states what an unlabelled item is about: “Nội dung: …”, “Nội dung thực hiện: …”, “Nội dung công việc: …”.',
      pattern: String.raw`^[*_]{0,2}Nội\sdung(?:\sthực\shiện|\scông\sviệc)?[*_]{0,2}\s?:\s?[*_]{0,2}(?<value>.*)$`,
      examples: ['Nội dung: Tổ chức hội nghị', 'Nội dung thực hiện: Rà soát quy chế'],
      counterexamples: ['Nội dung tuyên truyền gồm', 'Nhiệm vụ: Rà soát'],
    },
    taskLabel: {
      summary: 'A sub-item that states the task: “Nhiệm vụ: …”, “Tên nhiệm vụ: …” (its value, or the bullets under it).',
      pattern: String.raw`^[*_]{0,2}(?:Nhiệm\svụ|Tên\snhiệm\svụ)[*_]{0,2}\s?:\s?[*_]{0,2}(?<value>.*)$`,
      examples: ['Nhiệm vụ:', 'Nhiệm vụ: Rà soát quy chế làm việc.', 'Tên nhiệm vụ: Số hóa hồ sơ'],
      counterexamples: ['Nhiệm vụ trọng tâm của năm là', 'Mục tiêu:', 'Nội dung: Tổ chức hội nghị'],
    },
    clauseVerb: {
      summary: 'The verb that ends the agencies at the head of a lead clause: “Sở Nội vụ chủ trì, …”, “Bộ Công an tiến hành rà soát …”. Lower case only, so it never cuts a name (“Phòng Tổng hợp”); no verb that names carry (“xây dựng”, “triển khai”, “thực hiện”).',
      pattern: String.raw`(?<=\s)(?<verb>chủ\strì|chủ\sđộng|tiến\shành|có\strách\snhiệm|tham\smưu|rà\ssoát|tổ\schức\striển\skhai|căn\scứ|gửi|tổng\shợp|phối\shợp|với)(?![\p{L}])`,
      examples: ['Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp', 'Bộ Công an tiến hành rà soát các văn bản', 'Ủy ban nhân dân các xã chủ động tổ chức', 'Bộ Tư pháp với các văn bản hướng dẫn chung'],
      counterexamples: ['Sở Nội vụ, Sở Tư pháp', 'Phòng Tổng hợp', 'Văn phòng UBND tỉnh', 'Ban Quản lý dự án đầu tư xây dựng tỉnh', 'Ban Chỉ đạo triển khai Đề án 06'],
    },
    partners: {
      summary: 'The agencies a lead works with, after “chủ trì”: “chủ trì, phối hợp với Sở Tư pháp và …”.',
      pattern: String.raw`^chủ\strì,?\s(?:và\s)?phối\shợp(?:\svới|\scùng)?\s(?<who>.+)$`,
      examples: ['chủ trì, phối hợp với Sở Tư pháp và Đài Phát thanh', 'chủ trì phối hợp cùng các sở, ngành'],
      counterexamples: ['chủ trì tham mưu Ủy ban nhân dân tỉnh', 'phối hợp với Sở Tư pháp'],
    },
    noteCoordinating: {
      summary: 'A bracketed note after a lead that names who works with it: “Ban Công tác đại biểu (Văn phòng Quốc hội phối hợp)”, “(Viện X phối hợp chuẩn bị dự thảo)”.',
      pattern: String.raw`\((?<who>[^()]{2,120})\sphối\shợp(?:\s[^()]{0,80})?\)`,
      examples: ['Ban Công tác đại biểu (Văn phòng Quốc hội phối hợp)', 'Sở Y tế (Trung tâm Kiểm soát bệnh tật phối hợp thực hiện)'],
      counterexamples: ['Sở Y tế (chủ trì phần chính sách)', 'Ban soạn thảo (Văn phòng là cơ quan thường trực)', 'Sở Nội vụ (phối hợp)'],
    },
    dutyVerb: {
      summary: 'Verbs that open an agency\'s duty in a sentence of the responsibilities (“Bộ Tài chính bố trí kinh phí …”) but follow a name as a participle in a list (“UBND cấp huyện có công chức bố trí chưa đúng …”), so only the duty reader ends an agency there.',
      words: ['bố trí', 'cân đối', 'phân bổ'],
      anchor: 'any',
      examples: ['Bộ Tài chính bố trí kinh phí thực hiện Kế hoạch', 'Sở Tài chính cân đối, bố trí kinh phí', 'Sở Kế hoạch và Đầu tư phân bổ vốn đầu tư công'],
      counterexamples: ['Sở Tài chính tham mưu'],
    },
    scopeQualifier: {
      summary: 'A scope note after an agency that is no part of its name: “trong phạm vi chức năng, nhiệm vụ của mình”, “theo chức năng, nhiệm vụ được giao”.',
      pattern: String.raw`\s(?:trong\sphạm\svi|theo)\s(?:chức\snăng,\snhiệm\svụ(?:,\squyền\shạn)?|nhiệm\svụ,\squyền\shạn|thẩm\squyền)(?:\s(?:của\smình|được\sgiao))?`,
      examples: ['các sở, ban, ngành trong phạm vi chức năng, nhiệm vụ của mình', 'các cơ quan theo chức năng, nhiệm vụ được giao'],
      counterexamples: ['Sở Nội vụ, Sở Tư pháp', 'trong phạm vi toàn tỉnh'],
    },
    agencyHeading: {
      summary: 'An item headed by one agency and its role, over that agency\'s duties: “Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo”, “Sở Nội vụ:”, “Công an tỉnh”.',
      pattern: String.raw`^(?:Sở|Ban|Văn\sphòng|Ủy\sban\snhân\sdân|UBND|Công\san|Bộ|Đài|Báo|Trung\stâm|Liên\sđoàn|Hội|Đoàn|Mặt\strận|Bảo\shiểm|Kho\sbạc|Ngân\shàng|Cục|Chi\scục|Thanh\stra|Trưởng\sBan|Phó\sTrưởng\sBan|Thành\sviên|Các\ssở|Các\scơ\squan)\s[^.;]{0,160}:?$`,
      examples: ['Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo', 'Sở Nội vụ:', 'Công an tỉnh', 'Trưởng Ban Chỉ đạo'],
      counterexamples: ['Tổ chức tập huấn nghiệp vụ', 'Sở Tài chính chủ trì rà soát các khoản chi; báo cáo kết quả.', 'Nhiệm vụ của thành viên Ban Chỉ đạo'],
    },
    word: {
      summary: 'A word, for comparing the openings of two statements of one task.',
      // Starts only at a word's first letter, so no search restarts inside a word.
      pattern: String.raw`(?<![\p{L}\p{N}])[\p{L}\p{N}]+`,
      examples: ['Rà soát quy chế'],
      counterexamples: [' , ; '],
    },
    sectionNumbers: {
      summary: 'The item numbers a shared attribute line names: “8.4, 8.5”.',
      pattern: String.raw`\d{1,2}(?:\.\d{1,2}){0,3}`,
      examples: ['Mục 8.4, 8.5', 'nhiệm vụ 3'],
      counterexamples: ['các nhiệm vụ'],
    },
    goalPurpose: {
      summary: 'A purpose heading: “Mục đích”.',
      pattern: String.raw`^mục\sđích`,
      flags: 'i',
      examples: ['Mục đích', 'MỤC ĐÍCH, YÊU CẦU'],
      counterexamples: ['Yêu cầu'],
    },
    goalRequirement: {
      summary: 'A requirement heading: “Yêu cầu”.',
      pattern: String.raw`^yêu\scầu`,
      flags: 'i',
      examples: ['Yêu cầu', 'YÊU CẦU'],
      counterexamples: ['Mục đích'],
    },
    goalGeneral: {
      summary: 'A general-goal heading: “Mục tiêu chung”, “Mục tiêu tổng quát”.',
      pattern: String.raw`^mục\stiêu\s(?:chung|tổng\squát)`,
      flags: 'i',
      examples: ['Mục tiêu chung', 'Mục tiêu tổng quát'],
      counterexamples: ['Mục tiêu cụ thể'],
    },
    goalSpecific: {
      summary: 'A specific-goal heading: “Mục tiêu cụ thể”, “Chỉ tiêu”, or a deadline group “Đến năm 2025:”.',
      pattern: String.raw`^(?:mục\stiêu\scụ\sthể|(?:các\s)?chỉ\stiêu|đến\snăm\s(?:19|20)\d{2}|(?:trong\s|giai\sđoạn\s)(?:năm\s)?(?:19|20)\d{2})`,
      flags: 'i',
      examples: ['Mục tiêu cụ thể', 'Chỉ tiêu', 'Đến năm 2025', 'Giai đoạn 2021-2025'],
      counterexamples: ['Mục tiêu chung', 'Nhiệm vụ'],
    },
  },
});
