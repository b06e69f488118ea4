import { rule } from '../grammar/registry.js';
import type { Metadata } from '../schema/document.js';

/**
 * The year a plan is for, used when a timeframe writes none (“Quý I”, “Cả
 * năm”): the single year in the plan's title (the attached instrument's title
 * for a decision); null for a multi-year programme (“giai đoạn 2023-2025”);
 * the issue year when no title names a year. Null when nothing says.
 */
export function planYear(metadata: Metadata): number | null {
  for (const title of [metadata.attachedInstrument?.title, metadata.title]) {
    if (!title) continue;
    // A programme “giai đoạn 2023-2025” has no single year: its issue year is not its deadline.
    if (rule('timeframes.period').test(title)) return null;
    const y = rule('timeframes.year').exec(title)?.groups?.['year'];
    if (y) return Number(y);
  }
  const issued = metadata.issuedDate ?? metadata.issuedDateText;
  const y = issued ? rule('timeframes.year').exec(issued)?.groups?.['year'] : undefined;
  return y ? Number(y) : null;
}
