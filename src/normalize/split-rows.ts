import type { Reporter } from '../core/diagnostic.js';
import { rule, type RuleId } from '../grammar/registry.js';
import { reportLines } from './report-lines.js';
import type { WorkLine } from './types.js';

/** Header and signature cells: a flattened row holding one of these is a layout, not a table. */
const layoutCells: readonly RuleId[] = [
  'metadata.issuerBody',
  'metadata.issuerLocality',
  'metadata.nationalMotto',
  'metadata.documentNumber',
  'metadata.dateline',
  'metadata.signatureCapacity',
  'metadata.signaturePosition',
  'metadata.recipientsHead',
];

/**
 * Undoes header and signature blocks flattened into one row:
 *
 *     ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
 *     ^ becomes two lines, one per cell
 *
 * Rows of real tables (no header or signature cell) are left alone.
 */
export function splitLayoutRows(lines: readonly WorkLine[], reporter: Reporter, _options?: unknown): WorkLine[] {
  const split: number[] = [];
  const out: WorkLine[] = [];
  for (const l of lines) {
    const hasPipe = l.text.includes('|') && l.text !== '|';
    const hasTab = l.text.includes('\t');
    if (!hasPipe && !hasTab) {
      out.push(l);
      continue;
    }
    const cells = (hasPipe ? l.text.split(rule('layout.cellSeparator')) : l.text.split('\t')).map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length > 0 && cells.some((cell) => layoutCells.some((id) => rule(id).test(cell)))) {
      split.push(l.line);
      for (const cell of cells) out.push({ ...l, text: cell });
    } else {
      out.push(l);
    }
  }
  reportLines(reporter, 'normalize/pipe-separators', 'Header or signature cells flattened into one row were split into lines', split);
  return out;
}
