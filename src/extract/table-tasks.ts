import { rule } from '../grammar/registry.js';
import type { Agency, Cell, Table, Task } from '../schema/document.js';
import { agenciesOf } from './assignment.js';
import { attributeFields } from './attribute-fields.js';
import { lineNumberAt, type LineIndex } from './line-at.js';
import { parseTimeframe } from './timeframes.js';
import { exact, pushAll } from '../core/arrays.js';

export type TaskDraft = Omit<Task, 'id'>;

/** One task per appendix row that states one, with the agencies, time and product of its row. */
export function tableTasks(normalized: LineIndex, table: Table, planYear: number | null): TaskDraft[] {
  const { task, output, lead, coordinating, timeframe, note } = taskColumns(table);
  // Budget figures and criteria lists have no agency column, so src/tables gave them no task column.
  if (task < 0) return [];
  const split = splitTime(table);
  const out: TaskDraft[] = [];
  let above: { group: string | null; lead: Cell } | null = null;
  for (const row of table.rows) {
    if (row.kind !== 'row') continue;
    const cell = row.cells[task];
    if (!cell || cell.text.trim() === '' || rule('tables.labelOnly').test(cell.text.trim())) continue;
    const at = (i: number) => (i >= 0 && row.cells[i]?.text.trim() ? row.cells[i] : undefined);
    const others = row.cells.filter((c, i) => i !== task && table.columns[i]?.role !== 'number' && c.text.trim() !== '');
    // A sub-heading row (“11. Chỉ tiêu về …” over 11.1, 11.2) assigns nothing itself.
    if (others.length === 0) continue;
    // A row numbered “IV.” or “B” heads a group of rows, whatever stray text its other cells hold.
    const number = row.number?.replace(/[*_]/gu, '').trim();
    if (number && rule('tables.groupNumber').test(number)) continue;
    // A lead cell merged with the row above comes out empty: the row takes that lead.
    let leadCell = at(lead);
    if (!leadCell && lead >= 0 && above && above.group === row.group) leadCell = above.lead;
    if (leadCell) above = { group: row.group, lead: leadCell };
    const text = withoutLabel(cell);
    const time = (split ? spannedTime(at(split.start)?.text.trim(), at(split.end)?.text.trim()) : at(timeframe)?.text.trim()) ?? groupTime(row.group);
    // A lead cell may be a sentence too: “Sở Nội vụ chủ trì, phối hợp với …”.
    const assigned = agenciesIn(normalized, leadCell);
    out.push({
      text: text.text,
      lead: assigned.lead,
      coordinating: [...assigned.coordinating, ...agenciesIn(normalized, at(coordinating)).lead],
      timeframe: time ? parseTimeframe(time, planYear) : null,
      output: at(output)?.text.trim() || null,
      note: at(note)?.text.trim() || null,
      group: row.group,
      source: 'table',
      attributesFrom: null,
      nodeId: table.nodeId,
      rowId: row.id,
      span: text.span,
      ...(text.parts ? { parts: text.parts } : {}),
    });
  }
  return out;
}

type TaskColumns = Record<'task' | 'output' | 'lead' | 'coordinating' | 'timeframe' | 'note', number>;

/**
 * Which column holds what: the first column of each role. Roles are decided
 * once, from the headers, when the table is read (src/tables), and a table
 * without an agency column has no task column by then.
 */
function taskColumns(table: Table): TaskColumns {
  const byRole = (role: Table['columns'][number]['role']) => table.columns.findIndex((c) => c.role === role);
  return { task: byRole('task'), output: byRole('output'), lead: byRole('lead'), coordinating: byRole('coordinating'), timeframe: byRole('timeframe'), note: byRole('note') };
}

/**
 * A time column that a second header row splits into its start and end
 * (“Thời gian thực hiện” over “Bắt đầu | Hoàn thành”): where both are.
 */
function splitTime(table: Table): { start: number; end: number } | null {
  const first = table.rows.find((r) => r.kind === 'row');
  if (!first || first.number) return null;
  const start = first.cells.findIndex((c) => rule('tables.timeStart').test(c.text.trim()));
  const end = first.cells.findIndex((c) => rule('tables.timeEnd').test(c.text.trim()));
  return start >= 0 && end > start ? { start, end } : null;
}

/** The two cells of a split time column as one span of time: “Quý IV/2025 - Quý IV/2027”. */
function spannedTime(start: string | undefined, end: string | undefined): string | undefined {
  return start && end ? `${start} - ${end}` : (end ?? start);
}

/** A row group that is a time (“Đến năm 2030”, “Giai đoạn 2025-2027”) dates the rows under it, by the rule that dates targets under such a line. */
function groupTime(group: string | null): string | null {
  if (!group) return null;
  return rule('targets.deadlineHeading').test(group.trim()) ? group.trim() : null;
}

/** A task cell without its own "1. " label; the span moves past the label too. */
function withoutLabel(cell: Cell): { text: string; span: Task['span']; parts?: Task['span'][] } {
  if (cell.parts) return { text: cell.text, span: cell.span, parts: cell.parts };
  const label = rule('headings.arabic').exec(cell.text) ?? rule('headings.letter').exec(cell.text);
  const rest = label?.groups?.['text'];
  if (!rest) return { text: cell.text, span: cell.span };
  const skip = cell.text.length - rest.length;
  return { text: rest, span: { ...cell.span, offset: cell.span.offset + skip, length: rest.length } };
}

/** Agencies of a cell, line by line (a cell may hold several “- ” lines) and part by part. */
function agenciesIn(normalized: LineIndex, cell: Cell | undefined): { lead: Agency[]; coordinating: Agency[] } {
  const out = { lead: [] as Agency[], coordinating: [] as Agency[] };
  if (!cell || cell.text.trim() === '') return out;
  const pieces = cell.parts ?? [cell.span];
  for (const span of pieces) {
    const text = normalized.text.slice(span.offset, span.offset + span.length);
    // Line by line without a list of them: a cell of one line is read as it is (no copy, no array).
    for (let from = 0; from <= text.length; ) {
      const newline = text.indexOf('\n', from);
      const end = newline < 0 ? text.length : newline;
      const line = text.slice(from, end);
      const offset = span.offset + from;
      from = end + 1;
      if (line.trim()) {
        const at = lineNumberAt(normalized, offset);
        // “Chủ trì: Sở Giáo dục và Đào tạo; phối hợp: Tỉnh đoàn”: a cell labelled like the attribute lines of a list.
        const fields = attributeFields(line, offset).filter((f) => f.field === 'lead' || f.field === 'coordinating');
        for (const f of fields) {
          const found = agenciesOf(f.raw, f.offset, at);
          pushAll(f.field === 'lead' ? out.lead : out.coordinating, found.lead);
          pushAll(out.coordinating, found.coordinating);
        }
        if (fields.length === 0) {
          const found = agenciesOf(line, offset, at);
          pushAll(out.lead, found.lead);
          pushAll(out.coordinating, found.coordinating);
        }
      }
    }
  }
  for (const agency of out.lead) shareSpan(agency, cell);
  for (const agency of out.coordinating) shareSpan(agency, cell);
  return { lead: exact(out.lead), coordinating: exact(out.coordinating) };
}

/** An agency that fills its cell takes the cell's span object: equal in the JSON, one object less per row. */
function shareSpan(agency: Agency, cell: Cell): void {
  const a = agency.span;
  const c = cell.span;
  if (a !== c && a.offset === c.offset && a.length === c.length && a.line === c.line) agency.span = c;
}
