import type { KehoachDocument, Span } from '../schema/document.js';
import { packageVersion } from '../schema/version.js';
import { exportTables, type ExportTable, type Value } from './tables.js';
import { everyTarget } from '../extract/count-targets.js';

export type TableName = ExportTable['name'];
export type TableRows = Record<TableName, Value[][]>;

type Record_ = Record<string, Value | undefined>;

/** The export rows of one document, each in its table's column order. */
export function documentRows(doc: KehoachDocument, documentId: string): TableRows {
  const m = doc.metadata;
  const severity = (s: string) => doc.diagnostics.filter((d) => d.severity === s).length;
  const records: Record<TableName, Record_[]> = {
    documents: [
      {
        document_id: documentId, source_path: doc.source.path, sha256: doc.source.sha256, schema_version: doc.schemaVersion, kehoach_version: packageVersion, format: doc.source.format,
        document_type: m.documentType, document_number: m.documentNumber, issued_date: m.issuedDate, year: yearOf(m.issuedDate), place: m.place,
        issuer: m.issuer?.name, issuer_level: m.issuer?.level, issuer_locality: m.issuer?.locality, title: m.title,
        attached_type: m.attachedInstrument?.documentType, attached_title: m.attachedInstrument?.title,
        signer_name: m.signer?.name, signer_position: m.signer?.position,
        goals: doc.goals.length, targets: doc.targets.length + (doc.countTargets?.length ?? 0), tasks: doc.tasks.length, responsibilities: doc.responsibilities.length,
        error_diagnostics: severity('error'), warning_diagnostics: severity('warning'),
        // JSON from before schema 2.0.0 has no quality summary: leave its columns empty.
        needs_review: doc.quality ? Number(doc.quality.needsReview) : null, review_reasons: doc.quality?.reasons.join(' '),
        metadata_missing: doc.quality?.metadataMissing.join(' '), tasks_without_lead: doc.quality?.tasksWithoutLead,
        ragged_rows: doc.quality?.raggedRows, converter: doc.source.converter ? `${doc.source.converter.name} ${doc.source.converter.version}` : null,
      },
    ],
    // One table of commitments: the unit tells a percentage from a count, as before schema 3.0.0 split them.
    targets: everyTarget(doc).map((t) => ({
      document_id: documentId, target_id: t.id, text: t.text, subject: t.subject, value: t.value, min: t.min, max: t.max, comparator: t.comparator,
      unit: t.unit, direction: t.direction, scope: t.scope, deadline: t.deadline, deadline_year: yearOf(t.deadline), deadline_source: t.deadlineSource,
      baseline: t.baseline, node_id: t.nodeId, row_id: t.rowId, ...spanColumns(t.span),
    })),
    tasks: doc.tasks.map((t) => ({
      document_id: documentId, task_id: t.id, text: t.text, lead: names(t.lead), coordinating: names(t.coordinating),
      timeframe: t.timeframe?.text, start_date: t.timeframe?.start, end_date: t.timeframe?.end, end_year: yearOf(t.timeframe?.end ?? null),
      recurrence: t.timeframe?.recurrence, output: t.output, note: t.note, group_name: t.group, task_source: t.source,
      node_id: t.nodeId, row_id: t.rowId, ...spanColumns(t.span),
    })),
    agencies: [
      ...doc.tasks.flatMap((t) => [
        ...t.lead.map((a) => ({ ...agency(a), role: 'lead', item_id: t.id })),
        ...t.coordinating.map((a) => ({ ...agency(a), role: 'coordinating', item_id: t.id })),
      ]),
      ...doc.responsibilities.map((r) => ({ ...agency(r.agency), role: 'responsible', item_id: r.id })),
    ].map((a) => ({ document_id: documentId, ...a })),
    responsibilities: doc.responsibilities.map((r) => ({
      document_id: documentId, responsibility_id: r.id, agency: r.agency.canonical, name: r.agency.name, level: r.agency.level,
      duties: r.duties.join('\n'), duty_count: r.duties.length, node_id: r.nodeId, ...spanColumns(r.span),
    })),
    failures: [],
  };
  return toRows(records);
}

/** An input that gave no document, as a row of the failures table (every other table empty). */
export interface Failure {
  path: string;
  line: number | null;
  stage: 'parse' | 'export';
  code: string;
  message: string;
}

export function failureRows(failure: Failure): TableRows {
  return toRows({ documents: [], targets: [], tasks: [], agencies: [], responsibilities: [], failures: [{ ...failure }] });
}

function toRows(records: Record<TableName, Record_[]>): TableRows {
  const out = {} as TableRows;
  for (const table of exportTables) out[table.name] = records[table.name].map((r) => table.columns.map(([c]) => r[c] ?? null));
  return out;
}

function agency(a: KehoachDocument['tasks'][number]['lead'][number]): Record_ {
  return { agency: a.canonical, name: a.name, level: a.level, ...spanColumns(a.span) };
}

function names(agencies: ReadonlyArray<{ canonical: string }>): string | null {
  return agencies.length > 0 ? agencies.map((a) => a.canonical).join('; ') : null;
}

function spanColumns(span: Span): Record_ {
  return { span_offset: span.offset, span_length: span.length, span_line: span.line };
}

/** "2025" or "2025-12-31" → 2025. */
function yearOf(value: string | null | undefined): number | null {
  if (!value) return null;
  const year = Number(value.slice(0, 4));
  return Number.isInteger(year) ? year : null;
}
