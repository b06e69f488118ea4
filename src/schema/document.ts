import { z } from 'zod';
import { inputFormats } from '../decode/types.js';

/**
 * The output contract, and the source of `schemas/kehoach.schema.json`.
 * Changing anything here changes the published schema: bump
 * `schemaVersion` (semver: new optional data = minor, any other change = major).
 */
import { AgencyIndexEntry, Agency, Goal, Responsibility, Target, Task } from './items.js';
import { Level, Span } from './span.js';
import { schemaVersion } from './version.js';

export { Agency, AgencyIndexEntry, Goal, Responsibility, Target, Task, Timeframe, TimeframePhase } from './items.js';
export { Span } from './span.js';

export { schemaVersion };

export const Citation = z
  .object({
    id: z.string(),
    type: z.string().describe('Document type as written in the citation, sentence case: "Nghị định", "Luật".'),
    number: z.string().nullable().describe('Number and symbol, e.g. "107/2020/NĐ-CP"; null for a law cited by name.'),
    title: z.string().nullable().describe('A law\u2019s name when cited by name.'),
    date: z.iso.date().nullable(),
    issuer: z.string().nullable(),
    issuerInferred: z.boolean().describe('True when the issuer is named once after a chain: “Nghị định số 107/2020/NĐ-CP và Nghị định số 108/2020/NĐ-CP của Chính phủ”.'),
    text: z.string(),
    span: Span,
  })
  .meta({ id: 'Citation' });

export const Issuer = z
  .object({
    name: z.string().describe('Sentence case, e.g. "Ủy ban nhân dân tỉnh Cà Mau".'),
    body: z.string().describe('"Ủy ban nhân dân", "Hội đồng nhân dân", …'),
    unit: z.string().nullable().describe('"tỉnh", "thành phố", "thị xã", "huyện", "xã", …'),
    locality: z.string().nullable(),
    level: Level,
    inferred: z.boolean().describe('True when the unit or locality was not in the header and was inferred.'),
    span: Span,
  })
  .meta({ id: 'Issuer' });

export const Signer = z
  .object({
    name: z.string().nullable(),
    position: z.string().nullable().describe('Sentence case: "Phó Chủ tịch".'),
    capacity: z.enum(['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.']).nullable().describe('The innermost signing capacity.'),
    onBehalfOf: z.string().nullable().describe('What the capacity is for, sentence case: "Chủ tịch", "Ủy ban nhân dân".'),
    text: z.string(),
    span: Span,
  })
  .meta({ id: 'Signer' });

export const LegalBasis = z
  .object({
    kind: z.enum(['basis', 'implementation', 'proposal', 'other']).describe('Căn cứ = basis; Thực hiện/Quán triệt = implementation; Theo/Xét đề nghị = proposal.'),
    text: z.string(),
    citationIds: z.array(z.string()),
    span: Span,
  })
  .meta({ id: 'LegalBasis' });

export const Recipient = z.object({ text: z.string(), note: z.string().nullable(), span: Span }).meta({ id: 'Recipient' });

export const Instrument = z
  .object({
    documentType: z.string().describe('Sentence case: "Kế hoạch", "Chương trình".'),
    title: z.string().nullable(),
    nodeId: z.string().nullable().describe('The outline node that holds the instrument.'),
    span: Span,
  })
  .meta({ id: 'Instrument' });

export const Metadata = z
  .object({
    documentType: z.string().nullable(),
    documentNumber: z.string().nullable().describe('"137/QĐ-UBND"; null when the number is left blank.'),
    documentSymbol: z.string().nullable().describe('"QĐ-UBND", even when the number is blank.'),
    issuedDate: z.iso.date().nullable().describe('Null when the day or month is left blank.'),
    issuedDateText: z.string().nullable(),
    place: z.string().nullable(),
    issuer: Issuer.nullable(),
    title: z.string().nullable(),
    signer: Signer.nullable(),
    legalBases: z.array(LegalBasis),
    recipients: z.array(Recipient),
    attachedInstrument: Instrument.nullable(),
    fieldSpans: z.record(z.string(), Span).describe('Where each scalar field above was read, by field name; the value itself may be normalized (sentence case, ISO date).'),
  })
  .meta({ id: 'Metadata' });

export const OutlineKind = z.enum([
  'part', 'chapter', 'section', 'article', 'appendix', 'upperLetter', 'roman', 'decimal', 'arabic', 'letter', 'bullet',
  'instrument', 'paragraph', 'table',
]);

export const SectionRole = z.enum(['goals', 'purpose', 'tasks', 'implementation', 'funding', 'reporting', 'closing']).nullable();

export interface OutlineNodeShape {
  id: string;
  kind: z.infer<typeof OutlineKind>;
  label: string | null;
  marker?: string | undefined;
  heading: string | null;
  text: string;
  role: z.infer<typeof SectionRole>;
  tableId: string | null;
  span: z.infer<typeof Span>;
  children: OutlineNodeShape[];
}

export const OutlineNode: z.ZodType<OutlineNodeShape> = z
  .object({
    id: z.string().describe('Stable path id, e.g. "II.3.b"; a repeated label gets "~2".'),
    kind: OutlineKind,
    label: z
      .string()
      .nullable()
      .describe('As written: "II.", "đ)", "Điều 1."; "-" for every bullet, whatever its glyph (see marker); null for paragraphs, tables, attached instruments and appendices, whose “PHỤ LỤC I” is their heading (since 2.0.0: in 1.x, bullets kept their glyph and appendices had “PHỤ LỤC” as label).'),
    marker: z.string().optional().describe('For a bullet: its glyph as written ("-", "+", "*", "•") (since 2.0.0).'),
    heading: z.string().nullable().describe('The heading text when the item is a heading.'),
    text: z.string().describe('The item\u2019s own line after its label.'),
    role: SectionRole,
    tableId: z.string().nullable(),
    span: Span,
    get children() {
      return z.array(OutlineNode);
    },
  })
  .meta({ id: 'OutlineNode' });

export const ColumnRole = z.enum(['number', 'task', 'output', 'lead', 'coordinating', 'timeframe', 'note', 'unknown']);

export const Cell = z
  .object({
    text: z.string().describe('The cell text; when `parts` is present, the parts\u2019 slices joined by one space.'),
    span: Span,
    parts: z.array(Span).optional().describe('Present when a row continues across a page break: one span per piece.'),
  })
  .meta({ id: 'Cell' });

export const Row = z
  .object({
    id: z.string(),
    kind: z.enum(['row', 'group']),
    number: z.string().nullable().describe('The row number (STT) or group label as written.'),
    group: z.string().nullable().describe('Text of the group row this row falls under.'),
    cells: z.array(Cell),
    span: Span,
  })
  .meta({ id: 'Row' });

export const Table = z
  .object({
    id: z.string(),
    layout: z.enum(['pipe-cells', 'paragraph-cells', 'tab-separated', 'pipe-rows']),
    nodeId: z.string().nullable(),
    columns: z.array(z.object({ header: z.string(), role: ColumnRole })),
    header: z.array(Cell),
    rows: z.array(Row),
    span: Span,
  })
  .meta({ id: 'Table' });

export const Diagnostic = z
  .object({
    severity: z.enum(['error', 'warning', 'info']),
    code: z.string(),
    message: z.string(),
    line: z.int().min(1).nullable(),
    span: Span.nullable(),
  })
  .meta({ id: 'Diagnostic' });

export const Source = z
  .object({
    path: z.string().nullable(),
    format: z.enum(inputFormats).describe('docx, doc, pdf and image (OCR) since schema 1.1.0.'),
    encoding: z.string(),
    converter: z
      .object({ name: z.string(), version: z.string() })
      .optional()
      .describe('The libraries or programs that turned a Word file, a PDF or a scan into text, and its version (since schema 1.1.0).'),
    pages: z
      .object({ count: z.int().min(0), starts: z.array(z.int().min(1)) })
      .optional()
      .describe('PDF: the page count, and the line of source.text where each page starts, so a span’s line tells its page (since schema 1.1.0).'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.int().min(0),
    text: z.string().optional().describe('The normalized text all spans point into (with --text).'),
  })
  .meta({ id: 'Source' });

export const QualityReason = z.enum(['errors', 'not-a-plan', 'missing-metadata', 'no-structure', 'tasks-without-lead', 'ragged-rows', 'empty-assignment-section']);

export const Quality = z
  .object({
    needsReview: z.boolean().describe('True when any reason applies: a person should look at the document before its figures are counted.'),
    reasons: z
      .array(QualityReason)
      .describe(
        'Why it needs review: error diagnostics; nothing of a plan or decision found (no letterhead, type or plan sections: a README, a letter); a core metadata field (type, number, date, issuer, title) not found; no outline; table or list tasks without a lead agency; table rows that do not fit their header; a section that assigns tasks or duties from which nothing was extracted.',
      ),
    metadataFound: z.array(z.string()).describe('Metadata fields found (a field left blank in the document, “Số: /QĐ-UBND”, counts as found).'),
    metadataMissing: z.array(z.string()).describe('Metadata fields not found, among documentType, documentNumber, issuedDate, place, issuer, title, signer.'),
    tasks: z.int().min(0).describe('Number of tasks.'),
    tasksWithLead: z.int().min(0).describe('Tasks that name a lead agency.'),
    tasksWithoutLead: z.int().min(0).describe('Tasks from a table row or a labelled list item that name no lead agency (leaves of a task section without agencies are not counted).'),
    tableRows: z.int().min(0).describe('Data rows of all tables.'),
    raggedRows: z.int().min(0).describe('Table rows whose cells do not fit the header (see the tables/ragged-row diagnostics).'),
    emptyAssignmentSections: z.array(z.string()).describe('Outline ids of sections that assign tasks or duties (“Nhiệm vụ”, “Tổ chức thực hiện”) from which no task or responsibility was extracted.'),
  })
  .meta({ id: 'Quality', description: 'Whether the document was understood well enough to count its figures (since schema 2.0.0).' });

export const KehoachDocument = z
  .object({
    schemaVersion: z
      .string()
      .regex(/^[123]\.\d+\.\d+$/)
      .describe(`The output contract's version (this schema: ${schemaVersion}). Minor versions only add; 2.0.0 changed what bullet and appendix labels hold (see OutlineNode.label), 3.0.0 moved counted commitments from targets to countTargets; the shape only grew, so a 1.x or 2.x document still validates against this schema.`),
    source: Source,
    metadata: Metadata,
    outline: z.array(OutlineNode),
    tables: z.array(Table),
    goals: z.array(Goal),
    targets: z.array(Target),
    countTargets: z
      .array(Target)
      .optional()
      .describe('Counted commitments (“ít nhất 20 mô hình”, “05 bậc”): the same fields as a target, with the counted unit; ids count1, count2, … (since schema 3.0.0, always present from kehoach; before it they were among targets).'),
    tasks: z.array(Task),
    responsibilities: z.array(Responsibility),
    agencies: z.array(AgencyIndexEntry).describe('Every agency named in tasks and responsibilities, by canonical name.'),
    citations: z.array(Citation),
    diagnostics: z.array(Diagnostic),
    quality: Quality.optional().describe('Whether the document needs a look before its figures are counted (since schema 2.0.0; always present from kehoach).'),
  })
  .meta({ id: 'KehoachDocument', title: 'kehoach document', description: 'A Vietnamese plan decree as structured data.' });

export type KehoachDocument = z.infer<typeof KehoachDocument>;
export type Span = z.infer<typeof Span>;
export type Metadata = z.infer<typeof Metadata>;
export type Citation = z.infer<typeof Citation>;
export type Issuer = z.infer<typeof Issuer>;
export type Signer = z.infer<typeof Signer>;
export type LegalBasis = z.infer<typeof LegalBasis>;
export type Recipient = z.infer<typeof Recipient>;
export type Instrument = z.infer<typeof Instrument>;
export type OutlineNode = OutlineNodeShape;
export type Table = z.infer<typeof Table>;
export type Row = z.infer<typeof Row>;
export type Cell = z.infer<typeof Cell>;
export type ColumnRole = z.infer<typeof ColumnRole>;
export type Agency = z.infer<typeof Agency>;
export type Task = z.infer<typeof Task>;
export type Goal = z.infer<typeof Goal>;
export type Target = z.infer<typeof Target>;
export type Responsibility = z.infer<typeof Responsibility>;
export type AgencyIndexEntry = z.infer<typeof AgencyIndexEntry>;
export type SectionRole = z.infer<typeof SectionRole>;
export type Quality = z.infer<typeof Quality>;
export type QualityReason = z.infer<typeof QualityReason>;
