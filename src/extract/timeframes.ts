import { countingWork } from '../grammar/work-counter.js';
import { rule, scan } from '../grammar/registry.js';
import type { z } from 'zod';
import type { Timeframe as TimeframeSchema } from '../schema/document.js';
import { isoDate } from './dates.js';

export type Timeframe = z.infer<typeof TimeframeSchema>;
type Phase = Omit<Timeframe, 'phases'>;

const quarterStart: Record<string, number> = { I: 1, II: 4, III: 7, IV: 10, '1': 1, '2': 4, '3': 7, '4': 10 };

/**
 * A timeframe cell or “Thời gian:” line to ISO dates:
 *
 *     Quý I/2022                  → 2022-01-01 … 2022-03-31
 *     Chậm nhất tháng 2 năm 2024  → … 2024-02-29 (a deadline: no start)
 *     Cả năm, Quý I               → the plan's year, marked inferred
 *     Thường xuyên, Hằng năm      → recurrence, no end
 *     - Ban hành Kế hoạch: Quý I/2021 - Thực hiện: Cả năm   → two phases
 *
 * `planYear` is the year the plan is for, used when the cell writes none.
 */
export function parseTimeframe(text: string, planYear: number | null): Timeframe {
  // While work is counted the rules run every time, so that a count never depends on the rows before.
  if (countingWork()) return readTimeframe(text, planYear);
  if (planYear !== memoYear) {
    memo.clear();
    memoYear = planYear;
  }
  let known = memo.get(text);
  if (known === undefined) {
    known = readTimeframe(text, planYear);
    if (memo.size >= memoSize) memo.clear();
    memo.set(text, known);
  }
  return copyTimeframe(known);
}

// A plan's rows repeat their times (“Quý I/2025”, “Thường xuyên”): each is read once per document, and every
// task gets its own copy (reading it again cost its phases, matches and dates each time). Emptied by
// `forgetTimeframes` before and after each document, so no entry keeps a view of a document's text.
const memo = new Map<string, Timeframe>();
const memoSize = 4096;
let memoYear: number | null = null;

export function forgetTimeframes(): void {
  memo.clear();
}

/** A copy with the same fields in the same order. */
function copyTimeframe(t: Timeframe): Timeframe {
  return { ...t, phases: t.phases.length === 0 ? [] : t.phases.map((p) => ({ ...p })) };
}

function readTimeframe(text: string, planYear: number | null): Timeframe {
  const pieces = splitPhases(text);
  if (pieces.length <= 1) return withPhases(labelledPhase(text, planYear), []);
  return parseTimeframePieces(pieces, planYear, text);
}

/** A timeframe of one phase, its fields written out: a spread and one more field would take a separate property store. */
function withPhases(p: Phase, phases: Timeframe['phases']): Timeframe {
  return { text: p.text, start: p.start, end: p.end, recurrence: p.recurrence, inferred: p.inferred, phases };
}

/** “Thực hiện: Cả năm”: a time after its label, read whole when the label holds the date. */
function labelledPhase(text: string, planYear: number | null): Phase {
  const phase = parsePhase(text, planYear);
  const colon = text.indexOf(':');
  if (colon < 0 || phase.start !== null || phase.end !== null || phase.recurrence !== null) return phase;
  return { ...parsePhase(text.slice(colon + 1).trim(), planYear), text };
}

/** A timeframe written as separate lines, one phase each (“+ Đợt 1: …”, “+ Đợt 2: …”). */
export function parseTimeframePieces(pieces: readonly string[], planYear: number | null, text = pieces.join('; ')): Timeframe {
  if (pieces.length === 1) return withPhases(labelledPhase(pieces[0]!, planYear), []);
  const phases = pieces.map((piece) => {
    const colon = piece.indexOf(':');
    const label = colon > 0 ? piece.slice(0, colon).trim() : leadingLabel(piece);
    // “Giai đoạn 2022-2023: Xây dựng kho dữ liệu” dates the phase in its label.
    let phase = parsePhase(colon > 0 ? piece.slice(colon + 1).trim() : piece, planYear);
    if (colon > 0 && phase.start === null && phase.end === null && phase.recurrence === null) phase = parsePhase(piece, planYear);
    return { label, ...phase, text: piece };
  });
  const starts = phases.map((p) => p.start).filter((d): d is string => d !== null).sort();
  const ends = phases.map((p) => p.end);
  const recurrences = [...new Set(phases.map((p) => p.recurrence).filter((r): r is string => r !== null))];
  return {
    text,
    start: starts[0] ?? null,
    // One open-ended or recurring phase leaves the whole timeframe open.
    end: ends.includes(null) ? null : (ends.filter((d): d is string => d !== null).sort().pop() ?? null),
    recurrence: recurrences.length > 0 ? recurrences.join('; ') : null,
    inferred: phases.some((p) => p.inferred),
    phases,
  };
}

function splitPhases(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  // “Quý IV/2025 - Quý II/2026” is one time with two ends, not two phases.
  const ranges = (['timeframes.dateRange', 'timeframes.quarterRange', 'timeframes.monthRange'] as const).flatMap((id) => scan(id, text).map((m) => [m.index, m.index + m[0].length] as const));
  for (const m of scan('timeframes.phaseLabel', text)) {
    if (ranges.some(([from, to]) => m.index > from && m.index < to)) continue;
    const piece = text.slice(last, m.index).trim();
    if (piece) out.push(piece);
    last = m.index + m[0].length;
  }
  const tail = text.slice(last).trim();
  if (tail) out.push(tail);
  return out;
}

/** “cấp huyện từ ngày 01/12/2022” → “cấp huyện”: the words before the first time expression. */
function leadingLabel(piece: string): string | null {
  const m = rule('timeframes.phaseStart').exec(piece);
  return m ? piece.slice(0, m.index).trim() || null : null;
}

function parsePhase(text: string, planYear: number | null): Phase {
  const base: Phase = { text, start: null, end: null, recurrence: null, inferred: false };
  // “Mỗi tháng 01 lần”, “Hằng quý”: a recurrence names a period, not a date.
  const recurrence = recurrenceOf(text);
  if (recurrence && !rule('timeframes.year').test(text)) return { ...base, recurrence };
  const deadline = rule('timeframes.deadline').test(text);
  const onwards = rule('timeframes.onwards').test(text);
  const open = (range: { start: string | null; end: string | null }) =>
    deadline ? { start: null, end: range.end } : onwards ? { start: range.start, end: null } : range;

  const range = closedRange(text, planYear);
  if (range) return { ...base, start: range.start, end: range.end, inferred: range.inferred, recurrence: recurrenceOf(text) };
  const date = rule('timeframes.date').exec(text)?.groups;
  if (date) {
    const iso = isoDate(Number(date['d1'] ?? date['d2']), Number(date['m1'] ?? date['m2']), Number(date['y1'] ?? date['y2']));
    if (iso) return { ...base, ...open({ start: iso, end: iso }), recurrence: recurrenceOf(text) };
  }
  const day = rule('timeframes.dayMonth').exec(text)?.groups;
  if (day && planYear !== null) {
    const iso = isoDate(Number(day['d1'] ?? day['d2']), Number(day['m1'] ?? day['m2']), planYear);
    if (iso) return { ...base, ...open({ start: iso, end: iso }), inferred: true, recurrence: recurrenceOf(text) };
  }
  const half = rule('timeframes.halfYear').exec(text)?.groups;
  if (half) {
    const year = half['year'] ? Number(half['year']) : planYear;
    const first = half['half']!.toLowerCase() === 'đầu' ? 1 : 7;
    if (year) return { ...base, ...open(monthsRange(year, first, first + 5)), inferred: !half['year'], recurrence: recurrenceOf(text) };
  }
  const span = rule('timeframes.quarterSpan').exec(text)?.groups;
  if (span) {
    const written = span['y1'] ?? span['y2'];
    const year = written ? Number(written) : planYear;
    const first = quarterStart[span['q1']!.toUpperCase()]!;
    const last = quarterStart[span['q2']!.toUpperCase()]!;
    if (year && last >= first) return { ...base, ...open(monthsRange(year, first, last + 2)), inferred: !written, recurrence: recurrenceOf(text) };
  }
  const quarter = rule('timeframes.quarter').exec(text)?.groups;
  if (quarter) {
    const written = quarter['y1'] ?? quarter['y2'];
    const year = written ? Number(written) : planYear;
    const first = quarterStart[quarter['q']!.toUpperCase()]!;
    if (year) return { ...base, ...open(monthsRange(year, first, first + 2)), inferred: !written, recurrence: recurrenceOf(text) };
  }
  const month = rule('timeframes.month').exec(text)?.groups;
  if (month) {
    const m = Number(month['m1'] ?? month['m2']);
    const written = month['y1'] ?? month['y2'] ?? month['y3'];
    const year = written ? Number(written) : planYear;
    if (year && m >= 1 && m <= 12) return { ...base, ...open(monthsRange(year, m, m)), inferred: !written, recurrence: recurrenceOf(text) };
  }
  const period = rule('timeframes.period').exec(text)?.groups;
  if (period) {
    return { ...base, ...open({ start: `${period['from']}-01-01`, end: `${period['to']}-12-31` }), recurrence: recurrenceOf(text) };
  }
  // “từ năm 2026 đến năm 2030” names its end: the “từ” does not leave it open.
  const years = rule('timeframes.yearRange').exec(text)?.groups;
  if (years) return { ...base, start: `${years['from']}-01-01`, end: `${years['to']}-12-31`, recurrence: recurrenceOf(text) };
  const whole = rule('timeframes.wholeYear').exec(text.trim())?.groups;
  if (whole) {
    const year = whole['year'] ? Number(whole['year']) : planYear;
    if (year) return { ...base, start: `${year}-01-01`, end: `${year}-12-31`, inferred: !whole['year'] };
  }
  const year = rule('timeframes.year').exec(text)?.groups;
  if (year) return { ...base, ...open({ start: `${year['year']}-01-01`, end: `${year['year']}-12-31` }), recurrence: recurrenceOf(text) };
  return { ...base, recurrence: recurrenceOf(text) };
}

/**
 * A time written with both ends (“từ ngày 04/02/2026 đến ngày 08/02/2026”,
 * “Từ tháng 3 đến tháng 6 năm 2026”, “Quý IV/2025 - Quý II/2026”): closed even
 * though it says “từ”. A start without its own year takes the end's year, one
 * year earlier when its month comes later (“tháng 11 đến tháng 02/2026”).
 */
function closedRange(text: string, planYear: number | null): { start: string; end: string; inferred: boolean } | null {
  const dates = rule('timeframes.dateRange').exec(text)?.groups;
  if (dates) {
    const start = isoDate(Number(dates['d1']), Number(dates['m1']), Number(dates['y1']));
    const end = isoDate(Number(dates['d2']), Number(dates['m2']), Number(dates['y2']));
    if (start && end && start <= end) return { start, end, inferred: false };
  }
  const quarters = rule('timeframes.quarterRange').exec(text)?.groups;
  if (quarters) {
    const first = quarterStart[quarters['q1']!.toUpperCase()]!;
    const last = quarterStart[quarters['q2']!.toUpperCase()]!;
    const start = monthsRange(Number(quarters['y1']), first, first).start;
    const end = monthsRange(Number(quarters['y2']), last + 2, last + 2).end;
    if (start <= end) return { start, end, inferred: false };
  }
  const months = rule('timeframes.monthRange').exec(text)?.groups;
  if (months) {
    const m1 = Number(months['m1']);
    const m2 = Number(months['m2']);
    const writtenEnd = months['y2'] ?? months['y2b'];
    const writtenStart = months['y1'] ?? months['y1b'];
    const endYear = writtenEnd ? Number(writtenEnd) : writtenStart ? Number(writtenStart) : planYear;
    if (endYear === null || m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return null;
    const startYear = writtenStart ? Number(writtenStart) : m1 > m2 ? endYear - 1 : endYear;
    const start = monthsRange(startYear, m1, m1).start;
    const end = monthsRange(endYear, m2, m2).end;
    if (start <= end) return { start, end, inferred: !writtenEnd && !writtenStart };
  }
  return null;
}

function monthsRange(year: number, first: number, last: number): { start: string; end: string } {
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { start: isoDate(1, first, year)!, end: isoDate(lastDay, last, year)! };
}

function recurrenceOf(text: string): string | null {
  const m = rule('timeframes.recurrence').exec(text);
  return m ? m[0].toLowerCase() : null;
}
