import { rule, scan } from '../grammar/registry.js';

/** A number (or list of numbers) in a clause that states a commitment. */
export interface Mention {
  kind: 'list' | 'range' | 'single' | 'count';
  start: number;
  end: number;
  values: number[];
  min: number | null;
  max: number | null;
  unit: string;
  /** Where the count's unit starts (its subject begins there). */
  unitStart: number | null;
  comparatorWord: string | null;
}

/** “1,23” → 1.23 */
export function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

/** Every mention in a clause, longest readings first (a list is not three singles, a range not two). */
export function findMentions(clause: string): Mention[] {
  const out: Mention[] = [];
  // Every reading starts with a digit; most clauses have none.
  if (!hasDigit(clause)) return out;
  // Characters already read as part of a longer mention: one bitmap keeps the overlap test constant-time.
  const taken = new Uint8Array(clause.length + 1);
  const free = (a: number, b: number) => taken[a] === 0 && taken[Math.max(a, b - 1)] === 0;
  const take = (a: number, b: number) => taken.fill(1, a, b);
  for (const m of scan('targets.percentList', clause)) {
    const values = [...scan('targets.percent', m[0])].map((p) => toNumber(p.groups!['value']!));
    out.push({ kind: 'list', start: m.index, end: m.index + m[0].length, values, min: null, max: null, unit: '%', unitStart: null, comparatorWord: null });
    take(m.index, m.index + m[0].length);
  }
  for (const m of scan('targets.percentRange', clause)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const min = toNumber(m.groups!['min']!);
    const max = toNumber(m.groups!['max']!);
    if (min >= max) continue;
    out.push({ kind: 'range', start: m.index, end: m.index + m[0].length, values: [], min, max, unit: '%', unitStart: null, comparatorWord: null });
    take(m.index, m.index + m[0].length);
  }
  for (const m of scan('targets.percent', clause)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    out.push({ kind: 'single', start: m.index, end: m.index + m[0].length, values: [toNumber(m.groups!['value']!)], min: null, max: null, unit: `%${m.groups!['per'] ?? ''}`, unitStart: null, comparatorWord: null });
    take(m.index, m.index + m[0].length);
  }
  for (const m of scan('targets.count', clause)) {
    const g = m.groups!;
    const value = g['value'] ?? g['rateValue']!;
    const end = m.index + m[0].length;
    // The value and unit close the match; “ít nhất 05 bậc” → value at 8, unit “bậc” up to the end.
    const unitStart = end - (g['unit'] !== undefined ? m[0].length - m[0].lastIndexOf(g['unit']) : g['rateUnit']!.length);
    const start = unitStart - 1 - value.length;
    if (!free(start, end)) continue;
    out.push({ kind: 'count', start, end, values: [Number(value)], min: null, max: null, unit: clause.slice(unitStart, end), unitStart, comparatorWord: g['cmp'] ?? null });
  }
  return out.sort((a, b) => a.start - b.start);
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Comparator from the words right before and after a mention. */
export function comparatorOf(clause: string, m: Mention): { comparator: '>=' | '<=' | '=' | '>' | '<' | 'range'; min: number | null; max: number | null; value: number | null } {
  if (m.kind === 'range') return { comparator: 'range', min: m.min, max: m.max, value: null };
  const value = m.values[0] ?? null;
  const before = clause.slice(Math.max(0, m.start - 40), m.start);
  const after = clause.slice(m.end, m.end + 20);
  const word = m.comparatorWord;
  if (rule('targets.atLeastAfter').test(after) || rule('targets.atLeastBefore').test(before) || word === 'ít nhất' || word === 'tối thiểu' || word === 'không dưới') return { comparator: '>=', min: value, max: null, value };
  if (rule('targets.atMostAfter').test(after) || rule('targets.atMostBefore').test(before) || word === 'tối đa' || word === 'không quá') return { comparator: '<=', min: null, max: value, value };
  if (rule('targets.aboveBefore').test(before) || word === 'trên') return { comparator: '>', min: value, max: null, value };
  if (rule('targets.belowBefore').test(before)) return { comparator: '<', min: null, max: value, value };
  return { comparator: '=', min: value, max: value, value };
}
