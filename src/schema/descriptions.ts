/**
 * Descriptions for the fields the zod schema leaves undescribed, by
 * definition ($defs name, or "KehoachDocument") and property. Merged into the
 * published JSON Schema, so every field of the contract is documented; a test
 * fails when a field has no description in either place.
 */
export const fieldDescriptions: Record<string, Record<string, string>> = {
  KehoachDocument: {
    source: 'What was read: path, format, encoding, hash, size, and with --text the normalized text every span points into.',
    metadata: 'The letterhead, title, signature, legal bases and recipients.',
    outline: 'The body as a tree of numbered headings and items (I. → 1. → 1.1. → a) → -), in document order.',
    tables: 'Every table found (appendix tables, task tables), with its column roles and rows.',
    goals: 'Statements of purpose, requirements and objectives from the goal sections (Mục đích, Yêu cầu, Mục tiêu).',
    targets: 'Percentage commitments: a share to reach by a date (“Phấn đấu 100% …”, “2% GDP”, “10%/năm”). Counted ones are in countTargets (since schema 3.0.0).',
    tasks: 'Tasks the document assigns: appendix rows, items with “Cơ quan chủ trì:” lines, and leaves of task sections.',
    responsibilities: 'Duties assigned per agency in the implementation section (Tổ chức thực hiện).',
    citations: 'References to other legal documents (Luật, Nghị định, Quyết định …), in text order.',
    diagnostics: 'Problems and repairs, in line order: never thrown, always here.',
  },
  Source: {
    path: 'The input file as given; null for stdin or a string passed to parse().',
    encoding: 'The encoding the bytes were read with: utf-8, utf-16le, utf-16be, windows-1258, windows-1252, tcvn3, vni.',
    sha256: 'SHA-256 of the input bytes (hex): the same input always gives the same document.',
    bytes: 'Size of the input in bytes.',
    'converter.name': 'Its name (mammoth, unpdf, libreoffice+mammoth, tesseract).',
    'converter.version': 'Its version.',
    'pages.count': 'Number of pages.',
    'pages.starts': 'For each page, the 1-based line of source.text where it starts.',
  },
  Metadata: {
    documentType: 'The type of the document as a whole, as its first title states it, sentence case: "Kế hoạch", "Quyết định", "Nghị quyết", "Chương trình".',
    issuedDateText: 'The place-and-date line as written ("Hải Dương, ngày 24 tháng 12 năm 2021"), also when the day is blank.',
    place: 'The place on the date line ("Hải Dương").',
    issuer: 'The issuing body, from the letterhead.',
    title: 'The title under the document type, lines joined; for a decision, its own title ("Ban hành Kế hoạch …").',
    signer: 'Who signed, from the signature block; null when absent.',
    legalBases: 'The legal bases of the preamble (“Căn cứ …”), each with the citations it names.',
    recipients: 'The recipients (“Nơi nhận:”).',
    attachedInstrument: 'For a decision or resolution: the plan or programme it issues or approves.',
  },
  Issuer: {
    locality: 'The province, district or commune named ("Cà Mau"); null for central bodies.',
    level: 'central, province, district or commune; null when unknown.',
  },
  Span: { length: 'Length of the item in UTF-16 code units.' },
  Signer: {
    name: 'The person’s full name.',
    text: 'The signature block as written.',
  },
  LegalBasis: {
    text: 'The clause as written, after “Căn cứ”.',
    citationIds: 'Ids of the citations inside the clause (see citations[]).',
  },
  Recipient: {
    text: 'The recipient as written, without its bullet.',
    note: 'A note after it, such as "(b/c)" or "(để thực hiện)".',
  },
  Instrument: { title: 'Its title, lines joined.' },
  OutlineNode: {
    kind: 'What the label is: roman (I.), arabic (1.), decimal (1.1.), letter (a)), bullet (-, +), article (Điều 1.), appendix, instrument (a plan attached to a decision), paragraph (unlabelled text), table (where a table sits).',
    role: 'The section’s role when its heading says it: goals, purpose, tasks, implementation, funding, reporting, closing.',
    tableId: 'For a table node: the id of the table in tables[].',
    children: 'Nodes under this one.',
  },
  Table: {
    id: 'Stable id, "t1", "t2" … in document order.',
    layout: 'How the table was written: pipe-cells (one cell per line between |), paragraph-cells, tab-separated (also tables from HTML and Word), pipe-rows (markdown pipe rows).',
    nodeId: 'The outline node the table sits under.',
    columns: 'One entry per column: its header text and the role read from it.',
    header: 'The header cells as written.',
    rows: 'Data rows and group rows, in order.',
    'columns.header': 'The column header as written.',
    'columns.role': 'What the column holds: number, task, output, lead, coordinating, timeframe, note, unknown.',
  },
  Row: {
    id: 'The table id and the row ("t1.r3"); group rows "t1.g2".',
    kind: 'row for a data row; group for a heading row that groups the rows below it ("I. CẢI CÁCH THỂ CHẾ").',
    cells: 'One cell per column (fewer when the row is ragged).',
  },
  Goal: {
    id: 'Stable id within the document.',
    kind: 'purpose (Mục đích), requirement (Yêu cầu), general or specific objective (Mục tiêu chung / cụ thể).',
    text: 'The goal as written.',
    nodeId: 'The outline node it comes from.',
  },
  Target: {
    id: 'Id within the document, in text order: target1, target2, … among targets; count1, count2, … among countTargets (since 3.0.0; in 2.x one sequence ran over both, so a target after a count had a higher number).',
    text: 'The part of the clause that states this target.',
    subject: 'What is measured ("hồ sơ thủ tục hành chính được giải quyết đúng hạn"), as written; null when not found.',
    value: 'The figure (100 for "100%"); null for a range.',
    min: 'Lower bound of a range ("95 - 100%" → 95), or the bound of "từ 80% trở lên".',
    max: 'Upper bound of a range, or the bound of "không quá 5%".',
    comparator: 'How the value binds: >= (tối thiểu, trở lên, ít nhất), <= (tối đa, không quá), > (trên), < (dưới), = (đạt), range.',
    unit: '"%", or as written with what it is a share of ("% GDP", "%/năm"); in countTargets the counted unit as written ("mô hình", "bậc").',
    direction: 'increase (tăng), decrease (giảm) or reach (đạt).',
    scope: 'The levels or places it applies to ("cấp tỉnh", "cấp huyện"), when named.',
    nodeId: 'The outline node of the clause; null for a table row.',
    rowId: 'The table row it comes from; null for text.',
  },
  Task: {
    id: 'Stable id within the document.',
    text: 'What is to be done, as written.',
    lead: 'The lead agencies (chủ trì).',
    coordinating: 'The coordinating agencies (phối hợp).',
    timeframe: 'When: the time cell or line, read into dates; null when none is given.',
    output: 'The product or result (Sản phẩm, Kết quả), as written; null when none.',
    note: 'The note column, as written; null when none.',
    group: 'The group row or heading the task falls under.',
    nodeId: 'The outline node it comes from (for a table row, the node the table sits under).',
    rowId: 'The table row it comes from; null for text.',
  },
  Agency: { level: 'central, province, district or commune when the name says it; null otherwise.' },
  Responsibility: {
    id: 'Stable id within the document.',
    duties: 'Its duties, in order: the rest of the lead-in sentence, then the items under it.',
    agency: 'The agency the duties are assigned to.',
    nodeId: 'The outline node of the lead-in or agency heading.',
  },
  AgencyIndexEntry: {
    canonical: 'The agency’s canonical name (abbreviations expanded, sentence case).',
    level: 'central, province, district or commune; null when unknown.',
    leadTaskIds: 'Tasks it leads.',
    coordinatingTaskIds: 'Tasks it coordinates.',
    responsibilityIds: 'Responsibilities assigned to it.',
  },
  Citation: { id: 'Stable id within the document (legal bases refer to it).', text: 'The citation as written.', date: 'Date of the cited document (ISO), when given.', issuer: 'The body that issued the cited document, when given.' },
  Diagnostic: {
    severity: 'error: part of the output cannot be trusted; warning: produced with a repair or a doubt; info: a fact worth knowing.',
    code: 'Stable code, "stage/what" (see the diagnostics list in the README).',
    message: 'What happened, for a person.',
    line: '1-based line of the input; null when the whole file is meant.',
    span: 'Where in source.text, when the problem has a place.',
  },
  Timeframe: {},
  TimeframePhase: {},
  Cell: {},
  Quality: {},
};

/** The URI that names this contract (a URN: it identifies, it is not fetched). */
export function schemaId(version: string): string {
  return `urn:kehoach:schema:${version}`;
}

interface SchemaNode {
  properties?: Record<string, SchemaNode & { description?: string }>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  $defs?: Record<string, SchemaNode>;
  description?: string;
  [key: string]: unknown;
}

/** Fills missing property descriptions from the table; nested anonymous objects take "Def.prop.sub" keys. */
export function describeFields(schema: SchemaNode): void {
  const fill = (node: SchemaNode | undefined, def: string, path: string) => {
    if (!node || typeof node !== 'object') return;
    for (const [name, prop] of Object.entries(node.properties ?? {})) {
      const key = path ? `${path}.${name}` : name;
      if (!prop.description) {
        const text = fieldDescriptions[def]?.[key] ?? (name === 'span' ? 'Where it is in source.text.' : undefined);
        if (text) prop.description = text;
      }
      fill(prop, def, key);
      fill(prop.items, def, key);
      for (const alt of prop.anyOf ?? []) fill(alt, def, key);
    }
  };
  fill(schema, 'KehoachDocument', '');
  for (const [name, def] of Object.entries(schema.$defs ?? {})) fill(def, name, '');
}
