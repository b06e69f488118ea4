import { rule, scan } from '../grammar/registry.js';
import type { Row, Table, Target } from '../schema/document.js';
import { toNumber } from './target-mentions.js';

/** A target before it is numbered (its id empty). */
type Draft = Target;

interface Layout {
  indicator: number | null;
  /** The unit column; -1 for a table of indicators by year whose cells or headers carry their “%”. */
  unit: number;
  values: number[];
}

/**
 * An indicator table (Chỉ tiêu | Đơn vị | Kết quả / Mục tiêu, or Chỉ tiêu |
 * Năm 2025 | Năm 2030 with no unit column): one target per value cell whose
 * unit is a percentage, the indicator cell as its subject. Null otherwise
 * (its cells are read as text).
 */
export function indicatorLayout(table: Table, planYear: number | null): Layout | null {
  const headers = table.columns.map((c) => c.header.trim());
  const unit = headers.findIndex((h) => rule('targets.unitHeader').test(h));
  // Without a unit column, only a table of indicators and figures: a column of tasks, agencies or times makes it a task table.
  if (unit < 0 && table.columns.some((c) => c.role !== 'number' && c.role !== 'unknown' && c.role !== 'note')) return null;
  const found = headers.findIndex((h) => rule('targets.indicatorHeader').test(h));
  // Without a column naming indicators (Chỉ tiêu, Tiêu chí) a table of figures by unit is data — a budget's
  // estimates and projections by year — not a list of commitments.
  if (found < 0) return null;
  const indicator: number | null = found;
  // Agencies, numbers and dates are never values. A unit header (“Đơn vị”) is never a lead column: tables.lead tells “Đơn vị chủ trì” from it.
  const values = table.columns.flatMap((c, i) =>
    i === unit || i === indicator || c.role === 'number' || c.role === 'lead' || c.role === 'coordinating' || c.role === 'timeframe' || c.role === 'note' || isResultColumn(c.header, planYear) ? [] : [i],
  );
  return { indicator, unit, values };
}

export function tableTargets(table: Table, layout: Layout, planYear: number | null): Draft[] {
  const out: Draft[] = [];
  let year: string | null = null;
  let previous: Row | null = null;
  for (const row of table.rows) {
    const governs = row.cells.map((c) => rule('targets.deadlineHeading').exec(c.text.trim())?.groups?.['year']).find((y) => y);
    if (governs) {
      year = governs;
      previous = row;
      continue;
    }
    const unitText = (layout.unit < 0 ? null : row.cells[layout.unit]?.text.trim()) ?? '';
    let found = false;
    for (const i of layout.values) {
      const cell = row.cells[i];
      const v = cell ? rule('targets.cellValue').exec(cell.text.trim()) : null;
      if (!cell || !v) continue;
      const g = v.groups!;
      if (!g['pct'] && !rule('targets.percentUnit').test(unitText) && !rule('targets.percentHeader').test(table.columns[i]!.header)) continue;
      found = true;
      const subject = labelOf(row, layout, true, table) ?? (previous && !hasValue(previous, layout) ? labelOf(previous, layout, false, table) : null);
      const headerYear = columnYear(table.columns[i]!.header);
      const deadline = headerYear ?? year ?? (planYear === null ? null : String(planYear));
      const min = toNumber(g['min']!);
      const max = g['max'] === undefined ? null : toNumber(g['max']);
      out.push({
        // Numbered by extractTargets.
        id: '',
        text: cell.text.trim(),
        subject,
        ...bounds(g['cmp'] ?? g['after'] ?? null, min, max),
        unit: unitText || '%',
        direction: 'reach',
        scope: null,
        deadline,
        deadlineSource: headerYear ? 'stated' : year ? 'heading' : planYear === null ? null : 'plan',
        baseline: null,
        nodeId: table.nodeId,
        rowId: row.id,
        span: cell.span,
      });
    }
    if (!found || row.kind === 'group') previous = row;
  }
  return out;
}

/** A column of results or comparisons (“Thực hiện năm 2024”, “So sánh (%)”), or of a year before the plan's. */
function isResultColumn(header: string, planYear: number | null): boolean {
  const year = columnYear(header);
  return rule('nonTargets.resultColumn').test(header.trim()) || (year !== null && planYear !== null && Number(year) < planYear);
}

/** The year a column is for: the last year its header names (“Năm 2030”, “Giai đoạn 2026 - 2030”). */
function columnYear(header: string): string | null {
  return [...scan('targets.columnYear', header)].pop()?.groups?.['year'] ?? null;
}

/** A row with a unit and a value; a row number in a value column (a label row split from its values) is none. */
function hasValue(row: Row, layout: Layout): boolean {
  return (layout.unit < 0 || (row.cells[layout.unit]?.text.trim() ?? '') !== '') && layout.values.some((i) => rule('targets.cellValue').test(row.cells[i]?.text.trim() ?? ''));
}

/**
 * The indicator cell; without an indicator column, the longest cell that is
 * neither a value, the unit nor a row number, and in the value's own row not
 * an agency (a label row split from its values gives the label instead).
 */
function labelOf(row: Row, layout: Layout, own: boolean, table: Table): string | null {
  if (layout.indicator !== null) return row.cells[layout.indicator]?.text.trim() || null;
  const texts = row.cells
    .filter((c, i) => i !== layout.unit && !layout.values.includes(i) && !(own && isAgencyColumn(table, i)) && rule('targets.wordCell').test(c.text))
    .map((c) => c.text.trim());
  return texts.sort((a, b) => b.length - a.length)[0] ?? null;
}

function isAgencyColumn(table: Table, i: number): boolean {
  const role = table.columns[i]?.role;
  return role === 'lead' || role === 'coordinating';
}

function bounds(word: string | null, min: number, max: number | null): Pick<Draft, 'comparator' | 'min' | 'max' | 'value'> {
  if (max !== null && max > min) return { comparator: 'range', min, max, value: null };
  const w = word === null ? '' : `${word} `;
  if (w === '≥ ' || w === '>= ' || rule('targets.atLeastBefore').test(w) || rule('targets.atLeastAfter').test(w)) return { comparator: '>=', min, max: null, value: min };
  if (w === '> ' || rule('targets.aboveBefore').test(w)) return { comparator: '>', min, max: null, value: min };
  if (w === '≤ ' || w === '<= ' || rule('targets.atMostBefore').test(w) || rule('targets.atMostAfter').test(w)) return { comparator: '<=', min: null, max: min, value: min };
  if (w === '< ' || rule('targets.belowBefore').test(w)) return { comparator: '<', min: null, max: min, value: min };
  return { comparator: '=', min, max: min, value: min };
}
