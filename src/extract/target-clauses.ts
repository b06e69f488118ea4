import { isoDate } from './dates.js';
import { rule, scan } from '../grammar/registry.js';

/** A clause of a target's source: where one statement of figures ends (“;”, a sentence end, a later deadline). */
export interface Clause {
  text: string;
  offset: number;
  /** What ended it: “; ”, “. ”, a comma before a later deadline, or '' at the end of its source. */
  end: string;
}

export function* clauses(source: { text: string; offset: number }): Generator<Clause> {
  let last = 0;
  const emit = (end: number, by: string): Clause | null => {
    const raw = source.text.slice(last, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    return text ? { text, offset: source.offset + last + lead, end: by } : null;
  };
  for (const m of scan('targets.clauseEnd', source.text)) {
    // “Cơ cấu kinh tế: A chiếm 27%; B chiếm 28%; …”: the parts of an enumeration after a colon are one clause.
    if (m[0].startsWith(';') && rule('targets.enumerationLead').test(source.text.slice(last, m.index))) continue;
    // “A ở cấp tỉnh đạt 100%; cấp huyện đạt 90%”: a part naming only a level goes on A.
    // “A đạt 80%; trong đó ít nhất 30% …”: a part that narrows A goes on A.
    const next = m[0].startsWith(';') ? source.text.slice(m.index + m[0].length, m.index + m[0].length + 80) : '';
    if (next && (rule('targets.levelLead').test(next) || rule('targets.subPartLead').test(next))) continue;
    const c = emit(m.index, m[0]);
    if (c) yield c;
    last = m.index + m[0].length;
  }
  const tail = emit(source.text.length, '');
  if (tail) yield tail;
}

/** A date (“trước ngày 30/4/2024” → 2024-04-30), a month (“đến hết tháng 9/2026” → 2026-09-30) or a year (“đến năm 2025”) written in the clause. */
export function statedDeadline(text: string): string | null {
  const date = rule('targets.deadlineDate').exec(text)?.groups;
  const month = date ? undefined : rule('targets.deadlineMonth').exec(text)?.groups;
  // The last day of a month: day 0 of the next one.
  const monthEnd = month ? new Date(Date.UTC(Number(month['year']), Number(month['month']), 0)).getUTCDate() : 0;
  const iso = date ? isoDate(Number(date['day']), Number(date['month']), Number(date['year'])) : month ? isoDate(monthEnd, Number(month['month']), Number(month['year'])) : null;
  const year = rule('targets.deadline').exec(text)?.groups;
  return iso ?? year?.['year'] ?? year?.['after'] ?? null;
}
