import type { Reporter } from '../core/diagnostic.js';
import { rule, type RuleId } from '../grammar/registry.js';
import { countingWork } from '../grammar/work-counter.js';
import type { Line } from '../normalize/types.js';
import type { Cell, ColumnRole, Row, Table } from './types.js';
import { minOf, maxOf } from '../core/arrays.js';
import { ownCopy } from '../core/strings.js';

const roleRules: readonly [ColumnRole, RuleId][] = [
  ['number', 'tables.number'],
  ['coordinating', 'tables.coordinating'],
  ['lead', 'tables.lead'],
  ['timeframe', 'tables.timeframe'],
  ['output', 'tables.output'],
  ['task', 'tables.task'],
  ['note', 'tables.note'],
];

/** Header cells are short: a paragraph that merely mentions “phối hợp” is no header. */
const maxHeaderWords = 8;
const maxHeaderLength = 80;

/** More words than `maxHeaderWords`, counted without splitting the text. */
function tooManyWords(text: string): boolean {
  let spaces = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) if (++spaces >= maxHeaderWords) return true;
  return false;
}

// Every table finder asks about the same short lines (a line is a header candidate for each layout), and
// flattened tables repeat their cells: answers are kept per text, and the memo is emptied when full.
const roleMemo = new Map<string, ColumnRole | null>();
const roleMemoSize = 4096;


export function columnRole(header: string): ColumnRole | null {
  if (header.length > maxHeaderLength) return null;
  // While work is counted the rules run every time, so that a count never depends on the documents before.
  const counting = countingWork();
  const known = counting ? undefined : roleMemo.get(header);
  if (known !== undefined) return known;
  let role: ColumnRole | null = null;
  if (!tooManyWords(header)) {
    for (const [r, id] of roleRules) {
      if (rule(id).test(header)) {
        role = r;
        break;
      }
    }
  }
  if (counting) return role;
  if (roleMemo.size >= roleMemoSize) roleMemo.clear();
  // A copy for the key: a line's text is a slice of its document's, and a kept slice would keep the whole document.
  roleMemo.set(ownCopy(header), role);
  return role;
}

/** A cell covering `text` at `offset` of a line. */
export function cellAt(line: Line, start: number, text: string): Cell {
  return { text, span: { offset: line.offset + start, length: text.length, line: line.line } };
}

/** An empty cell placed at the start of a line. */
export function emptyCell(line: Line): Cell {
  return { text: '', span: { offset: line.offset, length: 0, line: line.line } };
}

/** The cell made of consecutive lines (one cell per line, or paragraphs of one cell). */
export function cellOfLines(lines: readonly Line[]): Cell {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const end = last.offset + last.text.length;
  return { text: '', span: { offset: first.offset, length: end - first.offset, line: first.line } };
}

/** Fills `text` from the normalized text so it is exactly the span's slice. */
export function sliceCell(cell: Cell, text: string): Cell {
  return { ...cell, text: text.slice(cell.span.offset, cell.span.offset + cell.span.length) };
}

export function spanOfCells(cells: readonly Cell[], fallback: Line) {
  const real = cells.filter((c) => c.span.length > 0);
  if (real.length === 0) return { offset: fallback.offset, length: fallback.text.length, line: fallback.line };
  const start = minOf(real.map((c) => c.span.offset));
  const end = maxOf(real.map((c) => c.span.offset + c.span.length));
  const line = real.find((c) => c.span.offset === start)!.span.line;
  return { offset: start, length: end - start, line };
}

/** Splits a group row's text "I. CẢI CÁCH THỂ CHẾ" into its label and text, or null when it is no group row. */
export function readGroup(text: string): { label: string; text: string } | null {
  const m = rule('tables.groupRow').exec(text);
  if (!m?.groups) return null;
  return { label: m.groups['label'] ?? '', text: m.groups['text'] ?? '' };
}

export interface TableBuilder {
  columns: Table['columns'];
  header: Cell[];
  rows: Row[];
  group: string | null;
  groups: number;
  /** Rows of kind 'row' so far. */
  count: number;
}

export function startTable(headerCells: readonly Cell[], reporter: Reporter): TableBuilder {
  const columns = headerCells.map((cell) => {
    const role = columnRole(cell.text);
    if (!role) reporter.report('tables/unknown-column', `The column header “${cell.text}” has no known role.`, { span: cell.span });
    return { header: cell.text, role: role ?? ('unknown' as const) };
  });
  return { columns, header: [...headerCells], rows: [], group: null, groups: 0, count: 0 };
}

export function addGroupRow(builder: TableBuilder, tableId: string, cells: Cell[], label: string, text: string, at: Line): void {
  builder.groups++;
  builder.group = text || label;
  builder.rows.push({ id: `${tableId}.g${builder.groups}`, kind: 'group', number: label, group: null, cells, span: spanOfCells(cells, at) });
}

export function addRow(builder: TableBuilder, tableId: string, cells: Cell[], at: Line, reporter: Reporter): void {
  const numberColumn = builder.columns.findIndex((c) => c.role === 'number');
  // Without an STT column the number leads the task cell: "1. Kế hoạch …".
  const number = numberColumn >= 0 ? (cells[numberColumn]?.text || null) : (rule('headings.arabic').exec(cells[0]?.text ?? '')?.groups?.['num'] ?? null);
  const index = ++builder.count;
  const span = spanOfCells(cells, at);
  if (cells.length !== builder.columns.length) {
    reporter.report('tables/ragged-row', `Row ${number ?? index} has ${cells.length} cells; the header has ${builder.columns.length}.`, { span });
  }
  builder.rows.push({ id: `${tableId}.r${index}`, kind: 'row', number, group: builder.group, cells, span });
}

/**
 * Without a lead or coordinating column a table assigns nothing (budget
 * figures, criteria with points): its text column is no task column.
 */
export function demoteWithoutAgency(columns: { header: string; role: string }[]): void {
  if (columns.some((c) => c.role === 'lead' || c.role === 'coordinating')) return;
  for (const c of columns) if (c.role === 'task' || c.role === 'output' || c.role === 'timeframe') c.role = 'unknown';
}
