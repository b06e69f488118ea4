import { rule } from '../grammar/registry.js';
import type { Metadata } from '../schema/document.js';

/**
 * The year a plan is for, used when a timeframe writes none (“Quý I”, “Cả
 * năm”): the single year in the plan's title (the attached instrument's title
 * for a decision), else the year after the issue date when issued in December
 * for the next year, else the issue year. Null when nothing says.
 */
export function planYear(metadata: Metadata): number | null {
  for (const title of [metadata.attachedInstrument?.title, metadata.title]) {
    if (!title || rule('timeframes.period').test(title)) continue;
    const y = rule('timeframes.year').exec(title)?.groups?.['year'];
    if (y) return Number(y);
  }
  const issued = metadata.issuedDate ?? metadata.issuedDateText;
  const y = issued ? rule('timeframes.year').exec(issued)?.groups?.['year'] : undefined;
  return y ? Number(y) : null;
}
