import type { Reporter } from '../core/diagnostic.js';
import { rule, scan } from '../grammar/registry.js';
import { reportLines } from './report-lines.js';
import type { WorkLine } from './types.js';

/** The letters Vietnamese outlines count with, in order (no f, j, w, z). */
const letters = 'abcdđeghiklmnopqrstuvxy';

/**
 * Gives a letter item that a lost paragraph break ran onto the item above it
 * a line of its own:
 *
 *     a. Thời gian thực hiện: Từ tháng 3 đến tháng 11 hàng năm b. Địa điểm
 *                                                              ^ b. starts a line
 *
 * Only the next letter after the one the line opens with, after a lower-case
 * word that cites no label (“tại điểm b. …” is a reference), counts.
 */
export function splitRunOnItems(lines: readonly WorkLine[], reporter: Reporter, _options?: unknown): WorkLine[] {
  const split: number[] = [];
  const out: WorkLine[] = [];
  for (const l of lines) {
    let open = rule('layout.runOnLetterStart').exec(l.text)?.groups?.['label'];
    if (!open) {
      out.push(l);
      continue;
    }
    let from = 0;
    for (const m of scan('layout.runOnLetter', l.text)) {
      const label = m.groups!['label']!;
      if (letters.indexOf(label) !== letters.indexOf(open) + 1 || rule('layout.labelReference').test(l.text.slice(from, m.index))) continue;
      out.push({ ...l, text: l.text.slice(from, m.index) });
      from = m.index + 1;
      open = label;
    }
    if (from > 0) split.push(l.line);
    out.push(from > 0 ? { ...l, text: l.text.slice(from) } : l);
  }
  reportLines(reporter, 'normalize/run-on-item', 'Letter items run onto the item above them were given lines of their own', split);
  return out;
}
