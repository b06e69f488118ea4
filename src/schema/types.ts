// Generated from schemas/kehoach.schema.json by scripts/schema-types.js (npm run schema:write); do not edit.
// The public types of kehoach documents: plain interfaces, no zod.

/** A Vietnamese plan decree as structured data. */
export interface KehoachDocument {
  /** The output contract's version (this schema: 3.0.0). Minor versions only add; 2.0.0 changed what bullet and appendix labels hold (see OutlineNode.label), 3.0.0 moved counted commitments from targets to countTargets; the shape only grew, so a 1.x or 2.x document still validates against this schema. */
  schemaVersion: string;
  /** What was read: path, format, encoding, hash, size, and with --text the normalized text every span points into. */
  source: Source;
  /** The letterhead, title, signature, legal bases and recipients. */
  metadata: Metadata;
  /** The body as a tree of numbered headings and items (I. → 1. → 1.1. → a) → -), in document order. */
  outline: OutlineNode[];
  /** Every table found (appendix tables, task tables), with its column roles and rows. */
  tables: Table[];
  /** Statements of purpose, requirements and objectives from the goal sections (Mục đích, Yêu cầu, Mục tiêu). */
  goals: Goal[];
  /** Percentage commitments: a share to reach by a date (“Phấn đấu 100% …”, “2% GDP”, “10%/năm”). Counted ones are in countTargets (since schema 3.0.0). */
  targets: Target[];
  /** Counted commitments (“ít nhất 20 mô hình”, “05 bậc”): the same fields as a target, with the counted unit; ids count1, count2, … (since schema 3.0.0, always present from kehoach; before it they were among targets). */
  countTargets?: Target[] | undefined;
  /** Tasks the document assigns: appendix rows, items with “Cơ quan chủ trì:” lines, and leaves of task sections. */
  tasks: Task[];
  /** Duties assigned per agency in the implementation section (Tổ chức thực hiện). */
  responsibilities: Responsibility[];
  /** Every agency named in tasks and responsibilities, by canonical name. */
  agencies: AgencyIndexEntry[];
  /** References to other legal documents (Luật, Nghị định, Quyết định …), in text order. */
  citations: Citation[];
  /** Problems and repairs, in line order: never thrown, always here. */
  diagnostics: Diagnostic[];
  /** Whether the document needs a look before its figures are counted (since schema 2.0.0; always present from kehoach). */
  quality?: Quality | undefined;
}

export interface Source {
  /** The input file as given; null for stdin or a string passed to parse(). */
  path: string | null;
  /** docx, doc, pdf and image (OCR) since schema 1.1.0. */
  format: "text" | "markdown" | "html" | "docx" | "doc" | "pdf" | "image";
  /** The encoding the bytes were read with: utf-8, utf-16le, utf-16be, windows-1258, windows-1252, tcvn3, vni. */
  encoding: string;
  /** The libraries or programs that turned a Word file, a PDF or a scan into text, and its version (since schema 1.1.0). */
  converter?: {
    /** Its name (mammoth, unpdf, libreoffice+mammoth, tesseract). */
    name: string;
    /** Its version. */
    version: string;
  } | undefined;
  /** PDF: the page count, and the line of source.text where each page starts, so a span’s line tells its page (since schema 1.1.0). */
  pages?: {
    /** Number of pages. */
    count: number;
    /** For each page, the 1-based line of source.text where it starts. */
    starts: number[];
  } | undefined;
  /** SHA-256 of the input bytes (hex): the same input always gives the same document. */
  sha256: string;
  /** Size of the input in bytes. */
  bytes: number;
  /** The normalized text all spans point into (with --text). */
  text?: string | undefined;
}

export interface Metadata {
  /** The type of the document as a whole, as its first title states it, sentence case: "Kế hoạch", "Quyết định", "Nghị quyết", "Chương trình". */
  documentType: string | null;
  /** "137/QĐ-UBND"; null when the number is left blank. */
  documentNumber: string | null;
  /** "QĐ-UBND", even when the number is blank. */
  documentSymbol: string | null;
  /** Null when the day or month is left blank. */
  issuedDate: string | null;
  /** The place-and-date line as written ("Hải Dương, ngày 24 tháng 12 năm 2021"), also when the day is blank. */
  issuedDateText: string | null;
  /** The place on the date line ("Hải Dương"). */
  place: string | null;
  /** The issuing body, from the letterhead. */
  issuer: Issuer | null;
  /** The title under the document type, lines joined; for a decision, its own title ("Ban hành Kế hoạch …"). */
  title: string | null;
  /** Who signed, from the signature block; null when absent. */
  signer: Signer | null;
  /** The legal bases of the preamble (“Căn cứ …”), each with the citations it names. */
  legalBases: LegalBasis[];
  /** The recipients (“Nơi nhận:”). */
  recipients: Recipient[];
  /** For a decision or resolution: the plan or programme it issues or approves. */
  attachedInstrument: Instrument | null;
  /** Where each scalar field above was read, by field name; the value itself may be normalized (sentence case, ISO date). */
  fieldSpans: Record<string, Span>;
}

export interface Issuer {
  /** Sentence case, e.g. "Ủy ban nhân dân tỉnh Cà Mau". */
  name: string;
  /** "Ủy ban nhân dân", "Hội đồng nhân dân", … */
  body: string;
  /** "tỉnh", "thành phố", "thị xã", "huyện", "xã", … */
  unit: string | null;
  /** The province, district or commune named ("Cà Mau"); null for central bodies. */
  locality: string | null;
  /** central, province, district or commune; null when unknown. */
  level: "central" | "province" | "district" | "commune" | null;
  /** True when the unit or locality was not in the header and was inferred. */
  inferred: boolean;
  /** Where it is in source.text. */
  span: Span;
}

/** Where an item is: text.slice(offset, offset + length) is its text. */
export interface Span {
  /** UTF-16 offset into source.text (the normalized text). */
  offset: number;
  /** Length of the item in UTF-16 code units. */
  length: number;
  /** 1-based line where the item starts: of the input file for text; of the rendered text for HTML and markdown. */
  line: number;
}

export interface Signer {
  /** The person’s full name. */
  name: string | null;
  /** Sentence case: "Phó Chủ tịch". */
  position: string | null;
  /** The innermost signing capacity. */
  capacity: "TM." | "KT." | "Q." | "TL." | "TUQ." | null;
  /** What the capacity is for, sentence case: "Chủ tịch", "Ủy ban nhân dân". */
  onBehalfOf: string | null;
  /** The signature block as written. */
  text: string;
  /** Where it is in source.text. */
  span: Span;
}

export interface LegalBasis {
  /** Căn cứ = basis; Thực hiện/Quán triệt = implementation; Theo/Xét đề nghị = proposal. */
  kind: "basis" | "implementation" | "proposal" | "other";
  /** The clause as written, after “Căn cứ”. */
  text: string;
  /** Ids of the citations inside the clause (see citations[]). */
  citationIds: string[];
  /** Where it is in source.text. */
  span: Span;
}

export interface Recipient {
  /** The recipient as written, without its bullet. */
  text: string;
  /** A note after it, such as "(b/c)" or "(để thực hiện)". */
  note: string | null;
  /** Where it is in source.text. */
  span: Span;
}

export interface Instrument {
  /** Sentence case: "Kế hoạch", "Chương trình". */
  documentType: string;
  /** Its title, lines joined. */
  title: string | null;
  /** The outline node that holds the instrument. */
  nodeId: string | null;
  /** Where it is in source.text. */
  span: Span;
}

export interface OutlineNode {
  /** Stable path id, e.g. "II.3.b"; a repeated label gets "~2". */
  id: string;
  /** What the label is: roman (I.), arabic (1.), decimal (1.1.), letter (a)), bullet (-, +), article (Điều 1.), appendix, instrument (a plan attached to a decision), paragraph (unlabelled text), table (where a table sits). */
  kind: "part" | "chapter" | "section" | "article" | "appendix" | "upperLetter" | "roman" | "decimal" | "arabic" | "letter" | "bullet" | "instrument" | "paragraph" | "table";
  /** As written: "II.", "đ)", "Điều 1."; "-" for every bullet, whatever its glyph (see marker); null for paragraphs, tables, attached instruments and appendices, whose “PHỤ LỤC I” is their heading (since 2.0.0: in 1.x, bullets kept their glyph and appendices had “PHỤ LỤC” as label). */
  label: string | null;
  /** For a bullet: its glyph as written ("-", "+", "*", "•") (since 2.0.0). */
  marker?: string | undefined;
  /** The heading text when the item is a heading. */
  heading: string | null;
  /** The item’s own line after its label. */
  text: string;
  /** The section’s role when its heading says it: goals, purpose, tasks, implementation, funding, reporting, closing. */
  role: "goals" | "purpose" | "tasks" | "implementation" | "funding" | "reporting" | "closing" | null;
  /** For a table node: the id of the table in tables[]. */
  tableId: string | null;
  /** Where it is in source.text. */
  span: Span;
  /** Nodes under this one. */
  children: OutlineNode[];
}

export interface Table {
  /** Stable id, "t1", "t2" … in document order. */
  id: string;
  /** How the table was written: pipe-cells (one cell per line between |), paragraph-cells, tab-separated (also tables from HTML and Word), pipe-rows (markdown pipe rows). */
  layout: "pipe-cells" | "paragraph-cells" | "tab-separated" | "pipe-rows";
  /** The outline node the table sits under. */
  nodeId: string | null;
  /** One entry per column: its header text and the role read from it. */
  columns: Array<{
    /** The column header as written. */
    header: string;
    /** What the column holds: number, task, output, lead, coordinating, timeframe, note, unknown. */
    role: "number" | "task" | "output" | "lead" | "coordinating" | "timeframe" | "note" | "unknown";
  }>;
  /** The header cells as written. */
  header: Cell[];
  /** Data rows and group rows, in order. */
  rows: Row[];
  /** Where it is in source.text. */
  span: Span;
}

export interface Cell {
  /** The cell text; when `parts` is present, the parts’ slices joined by one space. */
  text: string;
  /** Where it is in source.text. */
  span: Span;
  /** Present when a row continues across a page break: one span per piece. */
  parts?: Span[] | undefined;
}

export interface Row {
  /** The table id and the row ("t1.r3"); group rows "t1.g2". */
  id: string;
  /** row for a data row; group for a heading row that groups the rows below it ("I. CẢI CÁCH THỂ CHẾ"). */
  kind: "row" | "group";
  /** The row number (STT) or group label as written. */
  number: string | null;
  /** Text of the group row this row falls under. */
  group: string | null;
  /** One cell per column (fewer when the row is ragged). */
  cells: Cell[];
  /** Where it is in source.text. */
  span: Span;
}

export interface Goal {
  /** Stable id within the document. */
  id: string;
  /** purpose (Mục đích), requirement (Yêu cầu), general or specific objective (Mục tiêu chung / cụ thể). */
  kind: "purpose" | "requirement" | "general" | "specific";
  /** The goal as written. */
  text: string;
  /** The outline node it comes from. */
  nodeId: string;
  /** Where it is in source.text. */
  span: Span;
}

export interface Target {
  /** Id within the document, in text order: target1, target2, … among targets; count1, count2, … among countTargets (since 3.0.0; in 2.x one sequence ran over both, so a target after a count had a higher number). */
  id: string;
  /** The part of the clause that states this target. */
  text: string;
  /** What is measured ("hồ sơ thủ tục hành chính được giải quyết đúng hạn"), as written; null when not found. */
  subject: string | null;
  /** The figure (100 for "100%"); null for a range. */
  value: number | null;
  /** Lower bound of a range ("95 - 100%" → 95), or the bound of "từ 80% trở lên". */
  min: number | null;
  /** Upper bound of a range, or the bound of "không quá 5%". */
  max: number | null;
  /** How the value binds: >= (tối thiểu, trở lên, ít nhất), <= (tối đa, không quá), > (trên), < (dưới), = (đạt), range. */
  comparator: ">=" | "<=" | "=" | ">" | "<" | "range";
  /** "%", or as written with what it is a share of ("% GDP", "%/năm"); in countTargets the counted unit as written ("mô hình", "bậc"). */
  unit: string;
  /** increase (tăng), decrease (giảm) or reach (đạt). */
  direction: "increase" | "decrease" | "reach";
  /** The levels or places it applies to ("cấp tỉnh", "cấp huyện"), when named. */
  scope: string | null;
  /** A year (“2025”) or an ISO date. */
  deadline: string | null;
  /** Stated in the sentence; from a governing line such as “Đến năm 2025:”; or the year of the plan itself. */
  deadlineSource: "stated" | "heading" | "plan" | null;
  /** What the change is measured against: “năm 2023”. */
  baseline: string | null;
  /** The outline node of the clause; null for a table row. */
  nodeId: string | null;
  /** The table row it comes from; null for text. */
  rowId: string | null;
  /** Where it is in source.text. */
  span: Span;
  /** Present when several targets share one long clause: `text` and `span` are then this target’s own part of it, and this span is the whole clause (in source.text), so the clause is not repeated in each target. */
  clauseSpan?: Span | undefined;
}

export interface Task {
  /** Stable id within the document. */
  id: string;
  /** What is to be done, as written. */
  text: string;
  /** The lead agencies (chủ trì). */
  lead: Agency[];
  /** The coordinating agencies (phối hợp). */
  coordinating: Agency[];
  /** When: the time cell or line, read into dates; null when none is given. */
  timeframe: Timeframe | null;
  /** The product or result (Sản phẩm, Kết quả), as written; null when none. */
  output: string | null;
  /** The note column, as written; null when none. */
  note: string | null;
  /** The group row or heading the task falls under. */
  group: string | null;
  /** An appendix row; a list item with “Cơ quan chủ trì:” lines; a leaf of a task section (no agencies given). */
  source: "table" | "list" | "section";
  /** When agencies and timeframe come from a block shared by several items (“Cơ quan chủ trì các nhiệm vụ: …”), the outline id of that block’s first line. */
  attributesFrom: string | null;
  /** The outline node it comes from (for a table row, the node the table sits under). */
  nodeId: string | null;
  /** The table row it comes from; null for text. */
  rowId: string | null;
  /** Where it is in source.text. */
  span: Span;
  /** Present when the task’s row continues across a page break: `text` is the parts’ slices joined by one space. */
  parts?: Span[] | undefined;
}

export interface Agency {
  /** As written. */
  name: string;
  /** Abbreviations expanded, sentence case. */
  canonical: string;
  /** central, province, district or commune when the name says it; null otherwise. */
  level: "central" | "province" | "district" | "commune" | null;
  /** A role note written with the name, in brackets or after a dash: “cơ quan thường trực”, “chủ trì phần chính sách”. */
  note?: string | undefined;
  /** Where it is in source.text. */
  span: Span;
}

export interface Timeframe {
  /** As written. */
  text: string;
  /** First day; null when open or unknown. */
  start: string | null;
  /** Last day; null when open-ended or recurring. */
  end: string | null;
  /** “thường xuyên”, “hằng năm”, “mỗi tháng 01 lần”, “khi có yêu cầu”, “theo lộ trình”, … */
  recurrence: string | null;
  /** True when the year was not written and the plan’s year was used (“Quý I”, “Cả năm”). */
  inferred: boolean;
  /** Present (non-empty) when one cell holds several phases; start/end then span all of them. */
  phases: TimeframePhase[];
}

export interface TimeframePhase {
  /** “Ban hành Kế hoạch”, “cấp huyện”, … */
  label: string | null;
  /** As written. */
  text: string;
  /** First day; null when open or unknown. */
  start: string | null;
  /** Last day; null when open-ended or recurring. */
  end: string | null;
  /** “thường xuyên”, “hằng năm”, “mỗi tháng 01 lần”, “khi có yêu cầu”, “theo lộ trình”, … */
  recurrence: string | null;
  /** True when the year was not written and the plan’s year was used (“Quý I”, “Cả năm”). */
  inferred: boolean;
}

export interface Responsibility {
  /** Stable id within the document. */
  id: string;
  /** The agency the duties are assigned to. */
  agency: Agency;
  /** Its duties, in order: the rest of the lead-in sentence, then the items under it. */
  duties: string[];
  /** The outline node of the lead-in or agency heading. */
  nodeId: string;
  /** Where it is in source.text. */
  span: Span;
}

export interface AgencyIndexEntry {
  /** The agency’s canonical name (abbreviations expanded, sentence case). */
  canonical: string;
  /** central, province, district or commune; null when unknown. */
  level: "central" | "province" | "district" | "commune" | null;
  /** Every way the document writes it. */
  names: string[];
  /** Tasks it leads. */
  leadTaskIds: string[];
  /** Tasks it coordinates. */
  coordinatingTaskIds: string[];
  /** Responsibilities assigned to it. */
  responsibilityIds: string[];
}

export interface Citation {
  /** Stable id within the document (legal bases refer to it). */
  id: string;
  /** Document type as written in the citation, sentence case: "Nghị định", "Luật". */
  type: string;
  /** Number and symbol, e.g. "107/2020/NĐ-CP"; null for a law cited by name. */
  number: string | null;
  /** A law’s name when cited by name. */
  title: string | null;
  /** Date of the cited document (ISO), when given. */
  date: string | null;
  /** The body that issued the cited document, when given. */
  issuer: string | null;
  /** True when the issuer is named once after a chain: “Nghị định số 107/2020/NĐ-CP và Nghị định số 108/2020/NĐ-CP của Chính phủ”. */
  issuerInferred: boolean;
  /** The citation as written. */
  text: string;
  /** Where it is in source.text. */
  span: Span;
}

export interface Diagnostic {
  /** error: part of the output cannot be trusted; warning: produced with a repair or a doubt; info: a fact worth knowing. */
  severity: "error" | "warning" | "info";
  /** Stable code, "stage/what" (see the diagnostics list in the README). */
  code: string;
  /** What happened, for a person. */
  message: string;
  /** 1-based line of the input; null when the whole file is meant. */
  line: number | null;
  /** Where in source.text, when the problem has a place. */
  span: Span | null;
}

/** Whether the document was understood well enough to count its figures (since schema 2.0.0). */
export interface Quality {
  /** True when any reason applies: a person should look at the document before its figures are counted. */
  needsReview: boolean;
  /** Why it needs review: error diagnostics; nothing of a plan or decision found (no letterhead, type or plan sections: a README, a letter); a core metadata field (type, number, date, issuer, title) not found; no outline; table or list tasks without a lead agency; table rows that do not fit their header; a section that assigns tasks or duties from which nothing was extracted. */
  reasons: Array<"errors" | "not-a-plan" | "missing-metadata" | "no-structure" | "tasks-without-lead" | "ragged-rows" | "empty-assignment-section">;
  /** Metadata fields found (a field left blank in the document, “Số: /QĐ-UBND”, counts as found). */
  metadataFound: string[];
  /** Metadata fields not found, among documentType, documentNumber, issuedDate, place, issuer, title, signer. */
  metadataMissing: string[];
  /** Number of tasks. */
  tasks: number;
  /** Tasks that name a lead agency. */
  tasksWithLead: number;
  /** Tasks from a table row or a labelled list item that name no lead agency (leaves of a task section without agencies are not counted). */
  tasksWithoutLead: number;
  /** Data rows of all tables. */
  tableRows: number;
  /** Table rows whose cells do not fit the header (see the tables/ragged-row diagnostics). */
  raggedRows: number;
  /** Outline ids of sections that assign tasks or duties (“Nhiệm vụ”, “Tổ chức thực hiện”) from which no task or responsibility was extracted. */
  emptyAssignmentSections: string[];
}
