import { defineGrammar } from '../src/grammar/define-grammar.js';

/**
 * Semantic roles of headings, matched against a heading's text (label
 * removed). Used to tag outline nodes so later stages know where goals, tasks
 * and the assignment of duties are.
 */
export const sections = defineGrammar({
  name: 'sections',
  summary: 'What a heading is about: goals, tasks, implementation, funding, reporting.',
  rules: {
    goals: {
      summary: 'Goals: “MỤC TIÊU”, “Mục tiêu chung”, “Mục tiêu cụ thể”, “Mục tiêu tổng quát”, “MỤC TIÊU, YÊU CẦU”.',
      pattern: String.raw`^(?:mục\stiêu|chỉ\stiêu) {{wordEnd}}`,
      flags: 'i',
      examples: ['MỤC TIÊU', 'Mục tiêu chung', 'Mục tiêu tổng quát', 'Chỉ tiêu', 'MỤC TIÊU, YÊU CẦU'],
      counterexamples: ['Mục đích', 'Nhiệm vụ'],
    },
    purpose: {
      summary: 'Purpose and requirements: “MỤC ĐÍCH, YÊU CẦU”, “Mục đích”, “Yêu cầu”.',
      pattern: String.raw`^(?:mục\sđích|yêu\scầu|quan\sđiểm) {{wordEnd}}`,
      flags: 'i',
      examples: ['MỤC ĐÍCH, YÊU CẦU', 'Mục đích', 'Yêu cầu'],
      counterexamples: ['Mục tiêu', 'Nhiệm vụ và giải pháp'],
    },
    tasks: {
      summary: 'Tasks: “NHIỆM VỤ”, “Nhiệm vụ và giải pháp”, “CÁC CHỈ TIÊU, NHIỆM VỤ CHỦ YẾU”, “NỘI DUNG, NHIỆM VỤ”, “GIẢI PHÁP”.',
      pattern: String.raw`^(?:các\s)? (?: (?:chỉ\stiêu|nội\sdung|mục\stiêu) ,? \s (?:và\s)? )? (?:nhiệm\svụ|giải\spháp|hoạt\sđộng) {{wordEnd}}`,
      flags: 'i',
      examples: ['NHIỆM VỤ, GIẢI PHÁP', 'Nhiệm vụ và giải pháp', 'CÁC CHỈ TIÊU, NHIỆM VỤ CHỦ YẾU', 'NỘI DUNG, NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN', 'Giải pháp thực hiện Chương trình'],
      counterexamples: ['Mục tiêu', 'TỔ CHỨC THỰC HIỆN'],
    },
    implementation: {
      summary: 'Assignment of duties: “TỔ CHỨC THỰC HIỆN”, “Phân công trách nhiệm thực hiện”, “Trách nhiệm thực hiện”.',
      pattern: String.raw`^(?:tổ\schức\sthực\shiện|(?:phân\scông\s)?trách\snhiệm\sthực\shiện|phân\scông\s(?:thực\shiện|trách\snhiệm|nhiệm\svụ)) (?: \s (?:kế\shoạch|chương\strình|đề\sán|quyết\sđịnh) (?:\snày)? )? [.:]? $`,
      flags: 'i',
      examples: ['TỔ CHỨC THỰC HIỆN', 'Phân công trách nhiệm thực hiện', 'Trách nhiệm thực hiện'],
      counterexamples: ['Tổ chức thực hiện cơ chế một cửa, một cửa liên thông và chuyển đổi số'],
    },
    funding: {
      summary: 'Funding: “KINH PHÍ”, “Kinh phí thực hiện Chương trình”.',
      pattern: String.raw`^(?:kinh\sphí|nguồn\skinh\sphí) {{wordEnd}}`,
      flags: 'i',
      examples: ['KINH PHÍ', 'Kinh phí thực hiện Chương trình'],
      counterexamples: ['Tổ chức thực hiện'],
    },
    reporting: {
      summary: 'Reporting: “CHẾ ĐỘ BÁO CÁO”, “Chế độ thông tin, báo cáo”.',
      pattern: String.raw`^chế\sđộ\s(?:thông\stin,?\s)?báo\scáo {{wordEnd}}`,
      flags: 'i',
      examples: ['CHẾ ĐỘ BÁO CÁO', 'Chế độ thông tin, báo cáo'],
      counterexamples: ['Báo cáo kết quả'],
    },
    closing: {
      summary: 'The closing paragraph of a plan: “Trên đây là Kế hoạch …”.',
      pattern: String.raw`^Trên\sđây\slà {{wordEnd}}`,
      examples: ['Trên đây là Kế hoạch CCHC nhà nước của tỉnh Hải Dương năm 2022;'],
      counterexamples: ['Trên cơ sở đó'],
    },
    refersToAppendix: {
      summary: 'A section that hands its content to an appendix: “nêu tại Phụ lục kèm theo”, “(Đính kèm Phụ lục nhiệm vụ)”, “theo Phụ lục I”.',
      pattern: String.raw`(?:tại|theo|trong|kèm\stheo|Đính\skèm|đính\skèm)\sPhụ\slục|^\(?Phụ\slục\s(?:kèm\stheo|đính\skèm)`,
      examples: ['hoàn thành những nhiệm vụ nêu tại Phụ lục kèm theo.', '(Đính kèm Phụ lục nhiệm vụ cụ thể của Chương trình).', 'Chi tiết theo Phụ lục I', 'Phụ lục kèm theo.'],
      counterexamples: ['Phụ lục', 'Các sở xây dựng phụ lục báo cáo', 'Phụ lục I: Danh mục nhiệm vụ'],
    },
  },
});
