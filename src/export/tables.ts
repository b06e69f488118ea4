/**
 * The export tables: one definition drives the CSV headers, the SQLite DDL
 * and the README's schema, so they cannot drift apart.
 */
export type ColumnType = 'TEXT' | 'INTEGER' | 'REAL';
export type Value = string | number | null;

export interface ExportTable {
  name: 'documents' | 'targets' | 'tasks' | 'agencies' | 'responsibilities' | 'failures';
  description: string;
  columns: ReadonlyArray<readonly [name: string, type: ColumnType, description: string]>;
  /** Columns worth an index for the questions researchers ask (by agency, by year). */
  indexes: readonly string[];
}

const span = [
  ['span_offset', 'INTEGER', 'UTF-16 offset into the normalized text (source.text)'],
  ['span_length', 'INTEGER', 'length of the item in the normalized text'],
  ['span_line', 'INTEGER', '1-based line in the input file'],
] as const;

export const exportTables: readonly ExportTable[] = [
  {
    name: 'documents',
    description: 'one row per document',
    columns: [
      ['document_id', 'TEXT', 'the JSON file under the export folder, without .json (line number appended for JSONL)'],
      ['source_path', 'TEXT', 'the input file the JSON was made from'],
      ['sha256', 'TEXT', 'SHA-256 of the input bytes'],
      ['schema_version', 'TEXT', 'kehoach schema version of the JSON'],
      ['kehoach_version', 'TEXT', 'version of the kehoach that exported the row (the JSON records its schema version, not the program\'s)'],
      ['format', 'TEXT', 'text, markdown or html'],
      ['document_type', 'TEXT', 'Kế hoạch, Quyết định, …'],
      ['document_number', 'TEXT', '50/KH-UBND; empty when left blank'],
      ['issued_date', 'TEXT', 'ISO date'],
      ['year', 'INTEGER', 'year of issued_date'],
      ['place', 'TEXT', 'place of issue'],
      ['issuer', 'TEXT', 'Ủy ban nhân dân tỉnh Cà Mau'],
      ['issuer_level', 'TEXT', 'central, province, district or commune'],
      ['issuer_locality', 'TEXT', 'Cà Mau'],
      ['title', 'TEXT', 'the document title'],
      ['attached_type', 'TEXT', 'for a decision: the type of the plan it issues'],
      ['attached_title', 'TEXT', 'for a decision: the title of the plan it issues'],
      ['signer_name', 'TEXT', ''],
      ['signer_position', 'TEXT', ''],
      ['goals', 'INTEGER', 'number of goals'],
      ['targets', 'INTEGER', 'number of targets, percentages and counts (rows of the targets table)'],
      ['tasks', 'INTEGER', 'number of tasks'],
      ['responsibilities', 'INTEGER', 'number of responsibilities'],
      ['error_diagnostics', 'INTEGER', 'number of error diagnostics'],
      ['warning_diagnostics', 'INTEGER', 'number of warning diagnostics'],
      ['needs_review', 'INTEGER', '1 when the document was not fully understood (quality.needsReview), 0 when it was; empty for JSON older than schema 2.0.0'],
      ['review_reasons', 'TEXT', 'quality.reasons, space-separated: errors, missing-metadata, no-structure, tasks-without-lead, ragged-rows, empty-assignment-section'],
      ['metadata_missing', 'TEXT', 'metadata fields not found, space-separated'],
      ['tasks_without_lead', 'INTEGER', 'table or list tasks that name no lead agency'],
      ['ragged_rows', 'INTEGER', 'table rows that do not fit their header'],
      ['converter', 'TEXT', 'the library or program that turned a Word file, PDF or scan into text, with its version'],
    ],
    indexes: ['year', 'issuer', 'issuer_level', 'needs_review'],
  },
  {
    name: 'targets',
    description: 'one row per quantitative target: the document\'s targets (percentages), then its countTargets (target_id count1, …)',
    columns: [
      ['document_id', 'TEXT', ''],
      ['target_id', 'TEXT', 'id within the document (target1 … for percentages, count1 … for counts)'],
      ['text', 'TEXT', 'the clause'],
      ['subject', 'TEXT', 'what is measured'],
      ['value', 'REAL', 'the number (for a range, its upper end)'],
      ['min', 'REAL', ''],
      ['max', 'REAL', ''],
      ['comparator', 'TEXT', '>=, <=, =, >, < or range'],
      ['unit', 'TEXT', '% or the counted unit'],
      ['direction', 'TEXT', 'increase, decrease or reach'],
      ['scope', 'TEXT', 'cấp tỉnh, cấp huyện, …'],
      ['deadline', 'TEXT', 'a year or an ISO date'],
      ['deadline_year', 'INTEGER', 'the year of deadline'],
      ['deadline_source', 'TEXT', 'stated, heading or plan'],
      ['baseline', 'TEXT', 'what a change is measured against'],
      ['node_id', 'TEXT', 'outline node'],
      ['row_id', 'TEXT', 'table row'],
      ...span,
    ],
    indexes: ['document_id', 'deadline_year'],
  },
  {
    name: 'tasks',
    description: 'one row per task',
    columns: [
      ['document_id', 'TEXT', ''],
      ['task_id', 'TEXT', 'id within the document'],
      ['text', 'TEXT', 'the task'],
      ['lead', 'TEXT', 'lead agencies (canonical), joined by "; "'],
      ['coordinating', 'TEXT', 'coordinating agencies (canonical), joined by "; "'],
      ['timeframe', 'TEXT', 'as written'],
      ['start_date', 'TEXT', 'ISO'],
      ['end_date', 'TEXT', 'ISO'],
      ['end_year', 'INTEGER', 'year of end_date'],
      ['recurrence', 'TEXT', 'thường xuyên, hằng năm, …'],
      ['output', 'TEXT', 'product or result'],
      ['note', 'TEXT', ''],
      ['group_name', 'TEXT', 'the table group the row falls under'],
      ['task_source', 'TEXT', 'table, list or section'],
      ['node_id', 'TEXT', ''],
      ['row_id', 'TEXT', ''],
      ...span,
    ],
    indexes: ['document_id', 'end_year'],
  },
  {
    name: 'agencies',
    description: 'one row per agency named as lead, coordinating or responsible',
    columns: [
      ['document_id', 'TEXT', ''],
      ['agency', 'TEXT', 'canonical name, abbreviations expanded'],
      ['name', 'TEXT', 'as written'],
      ['level', 'TEXT', 'central, province, district or commune'],
      ['role', 'TEXT', 'lead, coordinating or responsible'],
      ['item_id', 'TEXT', 'the task or responsibility id'],
      ...span,
    ],
    indexes: ['agency', 'document_id'],
  },
  {
    name: 'responsibilities',
    description: 'one row per agency with duties in the implementation section',
    columns: [
      ['document_id', 'TEXT', ''],
      ['responsibility_id', 'TEXT', ''],
      ['agency', 'TEXT', 'canonical name'],
      ['name', 'TEXT', 'as written'],
      ['level', 'TEXT', ''],
      ['duties', 'TEXT', 'the duties, one per line'],
      ['duty_count', 'INTEGER', ''],
      ['node_id', 'TEXT', ''],
      ...span,
    ],
    indexes: ['agency', 'document_id'],
  },
  {
    name: 'failures',
    description: 'one row per input that gave no document: files a parse batch could not read (its _errors.jsonl) and JSON files the export skipped',
    columns: [
      ['path', 'TEXT', 'the input file (stage parse) or the JSON file (stage export)'],
      ['line', 'INTEGER', 'line of the input, or of the JSONL file, where known'],
      ['stage', 'TEXT', 'parse or export'],
      ['code', 'TEXT', 'diagnostic or error code, e.g. decode/binary, ENOENT, invalid-json'],
      ['message', 'TEXT', 'why'],
    ],
    indexes: [],
  },
];
