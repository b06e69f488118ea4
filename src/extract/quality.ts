import type { Diagnostic, Reporter } from '../core/diagnostic.js';
import { rule } from '../grammar/registry.js';
import type { Metadata, OutlineNode, Quality, QualityReason, Responsibility, Table, Task } from '../schema/document.js';

/** The fields a researcher filters on; `place` and `signer` are reported but do not call for review alone. */
const metadataFields = ['documentType', 'documentNumber', 'issuedDate', 'place', 'issuer', 'title', 'signer'] as const;
const coreFields = new Set<string>(['documentType', 'documentNumber', 'issuedDate', 'issuer', 'title']);

export interface QualityInput {
  metadata: Metadata;
  outline: readonly OutlineNode[];
  tables: readonly Table[];
  tasks: readonly Task[];
  responsibilities: readonly Responsibility[];
}

/**
 * Whether the document was understood well enough to count its figures, and
 * why not. Reports a warning for each finding no earlier stage reported, and
 * one `quality/needs-review` naming the reasons (not for a refused input, whose
 * error already says everything).
 */
export function assessQuality(input: QualityInput, reporter: Reporter, options: { announce?: boolean } = {}): Quality {
  const { metadata, outline, tables, tasks, responsibilities } = input;
  const found: string[] = [];
  const missing: string[] = [];
  for (const field of metadataFields) (isFound(metadata, field) ? found : missing).push(field);

  const assigned = tasks.filter((t) => t.source !== 'section');
  const withoutLead = tasks.filter(lacksLead);
  for (const task of withoutLead.slice(0, 1)) {
    reporter.report('quality/tasks-without-lead', `${withoutLead.length} of ${assigned.length} table or list tasks name no lead agency (first: “${clip(task.text)}”).`, { span: task.span });
  }

  let tableRows = 0;
  let raggedRows = 0;
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.kind !== 'row') continue;
      tableRows++;
      if (row.cells.length !== table.columns.length) raggedRows++;
    }
  }

  const empty = emptyAssignmentSections(outline, tasks, responsibilities);
  for (const node of empty) {
    reporter.report('quality/empty-assignment-section', `The section “${clip(node.heading ?? node.text)}” assigns tasks or duties, but none were extracted from it.`, { span: node.span });
  }

  const reasons: QualityReason[] = [];
  const errors = reporter.diagnostics.some((d: Diagnostic) => d.severity === 'error');
  if (errors) reasons.push('errors');
  if (!errors && !looksLikePlan(metadata, outline, tasks)) {
    reasons.push('not-a-plan');
    if (options.announce !== false) {
      reporter.report('quality/not-a-plan', 'This does not look like a plan or decision: no letterhead (issuer, number, date), no document type and no plan sections (mục tiêu, nhiệm vụ, tổ chức thực hiện) were found.');
    }
  }
  if (missing.some((f) => coreFields.has(f))) reasons.push('missing-metadata');
  if (outline.every((n) => n.kind === 'paragraph' || n.kind === 'table')) reasons.push('no-structure');
  if (withoutLead.length > 0) reasons.push('tasks-without-lead');
  if (raggedRows > 0) reasons.push('ragged-rows');
  if (empty.length > 0) reasons.push('empty-assignment-section');
  if (reasons.length > 0 && options.announce !== false) reporter.report('quality/needs-review', `This document needs review: ${reasons.join(', ')}.`);

  return {
    needsReview: reasons.length > 0,
    reasons,
    metadataFound: found,
    metadataMissing: missing,
    tasks: tasks.length,
    tasksWithLead: tasks.length - tasks.filter((t) => t.lead.length === 0).length,
    tasksWithoutLead: withoutLead.length,
    tableRows,
    raggedRows,
    emptyAssignmentSections: empty.map((n) => n.id),
  };
}

/** Any evidence of an administrative document: a letterhead field, a type, a plan section, an assigned task. */
function looksLikePlan(metadata: Metadata, outline: readonly OutlineNode[], tasks: readonly Task[]): boolean {
  if (metadata.documentType || metadata.issuer || metadata.documentSymbol || metadata.issuedDateText) return true;
  if (tasks.some((t) => t.lead.length > 0)) return true;
  const stack = [...outline];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.role !== null && node.role !== 'closing') return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

/** A task from a table row or a labelled list item that names no lead: its lead was there to read and was not. */
export function lacksLead(task: Pick<Task, 'lead' | 'source'>): boolean {
  return task.source !== 'section' && task.lead.length === 0;
}

function isFound(metadata: Metadata, field: (typeof metadataFields)[number]): boolean {
  // A number or day left blank in the document (“Số: /QĐ-UBND”, “ngày tháng 12 năm 2020”) was read, not missed.
  if (field === 'documentNumber') return metadata.documentNumber !== null || metadata.documentSymbol !== null;
  if (field === 'issuedDate') return metadata.issuedDate !== null || metadata.issuedDateText !== null;
  return metadata[field] !== null;
}

/** The outermost task or implementation sections none of whose nodes or tables gave a task or responsibility. */
function emptyAssignmentSections(outline: readonly OutlineNode[], tasks: readonly Task[], responsibilities: readonly Responsibility[]): OutlineNode[] {
  // A table's tasks carry the outline id of the node the table sits under.
  const productive = new Set<string>();
  for (const task of tasks) if (task.nodeId) productive.add(task.nodeId);
  // A section that hands its tasks to an appendix (“nêu tại Phụ lục kèm theo”) gave them there.
  const appendixTasks = tasks.some((t) => t.source === 'table');
  for (const r of responsibilities) productive.add(r.nodeId);

  const empty: OutlineNode[] = [];
  // Iterative: outlines of hostile inputs can be deep.
  const stack: OutlineNode[] = [...outline].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.role === 'tasks' || node.role === 'implementation') {
      if (!gaveSomething(node, productive) && !(appendixTasks && refersToAppendix(node))) empty.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return empty;
}

function gaveSomething(section: OutlineNode, productive: ReadonlySet<string>): boolean {
  const stack: OutlineNode[] = [section];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (productive.has(node.id)) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

function refersToAppendix(section: OutlineNode): boolean {
  const stack: OutlineNode[] = [section];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (rule('sections.refersToAppendix').test(node.text)) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
