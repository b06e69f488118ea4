import { rule, scan } from '../grammar/registry.js';
import type { Citation, OutlineNode, Table, Target } from '../schema/document.js';
import { clauses, statedDeadline, type Clause } from './target-clauses.js';
import { clean, isCommitment } from './target-commitment.js';
import { comparatorOf, findMentions, type Mention } from './target-mentions.js';
import { isScoringTable, namesOwnYear, opensReport, reportingSections, type SectionKind } from './target-sections.js';
import { indicatorLayout, tableTargets } from './target-tables.js';
import { isLabelled } from './walk.js';
import { pushAll, minOf } from '../core/arrays.js';

interface Source {
  text: string;
  offset: number;
  line: number;
  nodeId: string | null;
  rowId: string | null;
  /** A year set by a governing line above (“- Đến năm 2025:”). */
  headingYear: string | null;
  /** Under a goals heading (Mục tiêu, Chỉ tiêu): its figures are commitments unless they are estimates. */
  goals: boolean;
  /** Under a heading of results (Kết quả thực hiện, Đánh giá tình hình): its figures are reported unless a clause commits in words. */
  reported: boolean;
  /** Under a funding heading: a figure without a bound is a share of cost. */
  funding: boolean;
}

/** A target before it is numbered (its id empty). */
type Draft = Target;

/** What the targets of one value share; `clauseSpan` null when the target holds its whole clause. */
interface Base extends Pick<Target, 'text' | 'unit' | 'direction' | 'deadline' | 'deadlineSource' | 'baseline' | 'nodeId' | 'rowId' | 'span' | 'subject'> {
  clauseSpan: Target['span'] | null;
}

// The two builders below write every field out, in the order targets have always had (the order of their JSON):
// a spread with fields after it would add those fields one by one, past the first few in a separate store.

/** A value of a list (“cấp tỉnh, cấp huyện … 90%, 80%”): exactly that value. */
function listed(b: Base, value: number, scope: string | null): Draft {
  return b.clauseSpan
    ? { id: '', text: b.text, unit: b.unit, direction: b.direction, deadline: b.deadline, deadlineSource: b.deadlineSource, baseline: b.baseline, nodeId: b.nodeId, rowId: b.rowId, span: b.span, clauseSpan: b.clauseSpan, subject: b.subject, value, min: value, max: value, comparator: '=', scope }
    : { id: '', text: b.text, unit: b.unit, direction: b.direction, deadline: b.deadline, deadlineSource: b.deadlineSource, baseline: b.baseline, nodeId: b.nodeId, rowId: b.rowId, span: b.span, subject: b.subject, value, min: value, max: value, comparator: '=', scope };
}

/** A value with its comparator (“tối thiểu 90%”, “từ 80% đến 90%”). */
function bounded(b: Base, c: ReturnType<typeof comparatorOf>, scope: string | null): Draft {
  return b.clauseSpan
    ? { id: '', text: b.text, unit: b.unit, direction: b.direction, deadline: b.deadline, deadlineSource: b.deadlineSource, baseline: b.baseline, nodeId: b.nodeId, rowId: b.rowId, span: b.span, clauseSpan: b.clauseSpan, subject: b.subject, comparator: c.comparator, min: c.min, max: c.max, value: c.value, scope }
    : { id: '', text: b.text, unit: b.unit, direction: b.direction, deadline: b.deadline, deadlineSource: b.deadlineSource, baseline: b.baseline, nodeId: b.nodeId, rowId: b.rowId, span: b.span, subject: b.subject, comparator: c.comparator, min: c.min, max: c.max, value: c.value, scope };
}

/** How many characters of clause copies one clause may put into its targets before they share it by span. */
const maxCopied = 20_000;
/** How far around a value its subject, direction and levels are looked for: keeps long clauses linear. */
const reach = 400;

/**
 * Every quantitative commitment, wherever it stands: goal sections, task
 * items, table cells. A percentage inside a citation (or a cited document's
 * title) is not a target.
 */
export function extractTargets(outline: readonly OutlineNode[], tables: readonly Table[], citations: readonly Citation[], planYear: number | null): Target[] {
  const drafts: Draft[] = [];
  // Which tables are indicator tables, decided once: they are read by their columns, the others cell by cell.
  const sections = reportingSections(outline);
  // A scoring table, or a table under results, scoring rules or funding, holds no target (a commitment in words is not written in a cell).
  const read = tables.filter((t) => !isScoringTable(t) && !sections.has(t.nodeId ?? ''));
  const layouts = new Map(read.map((t) => [t, indicatorLayout(t, planYear)] as const));
  for (const source of sources(outline, read, layouts, sections)) {
    let previous: Draft | undefined;
    // “Đến nay, A đạt 90%; B đạt 85%.”: the sentence's lead reports every clause of it.
    let reportedSentence = false;
    for (const clause of clauses(source)) {
      // “…; năm 2025 đạt 90%”: a clause with a year of its own is not the report's.
      const inherits: boolean = reportedSentence && !namesOwnYear(clause.text, planYear);
      const found = clauseTargets(clause, { ...source, reported: source.reported || inherits }, citations, planYear);
      reportedSentence = clause.end.startsWith(';') && (inherits || opensReport(clause.text, planYear));
      // “…, đến năm 2030 đạt 50%”: a later figure of the same subject does not repeat it.
      if (previous?.subject) for (const d of found) if (d.subject === null && rule('targets.deadlineLead').test(clause.text)) d.subject = previous.subject;
      pushAll(drafts, found);
      previous = found.at(-1) ?? previous;
    }
  }
  for (const [table, layout] of layouts) if (layout) pushAll(drafts, tableTargets(table, layout, planYear));
  drafts.sort((a, b) => a.span.offset - b.span.offset);
  // Numbered in place: drafts carry an empty id first, so a copy with the id in front is not needed.
  drafts.forEach((d, i) => {
    d.id = `target${i + 1}`;
  });
  return drafts;
}

function* sources(outline: readonly OutlineNode[], tables: readonly Table[], layouts: ReadonlyMap<Table, unknown>, sections: ReadonlyMap<string, SectionKind>): Generator<Source> {
  function* visit(nodes: readonly OutlineNode[], headingYear: string | null, goals: boolean): Generator<Source> {
    for (const node of nodes) {
      const governs = rule('targets.deadlineHeading').exec(node.text)?.groups?.['year'] ?? null;
      const kind = sections.get(node.id);
      if (node.text && (node.kind === 'paragraph' || isLabelled(node)) && !governs && !kind?.scoring) {
        yield { text: node.text, offset: node.span.offset, line: node.span.line, nodeId: node.id, rowId: null, headingYear, goals, reported: kind?.reported ?? false, funding: kind?.funding ?? false };
      }
      yield* visit(node.children, governs ?? headingYear, node.role === 'goals' || (goals && node.role === null));
    }
  }
  yield* visit(outline, null, false);
  for (const table of tables) {
    // An indicator table is read by its columns (tableTargets), not cell by cell.
    if (layouts.get(table)) continue;
    const skip = new Set(table.columns.flatMap((c, i) => (c.role === 'number' || c.role === 'lead' || c.role === 'coordinating' || c.role === 'timeframe' ? [i] : [])));
    for (const row of table.rows) {
      if (row.kind !== 'row') continue;
      for (const [i, cell] of row.cells.entries()) {
        if (skip.has(i) || cell.text === '' || cell.parts) continue;
        yield { text: cell.text, offset: cell.span.offset, line: cell.span.line, nodeId: table.nodeId, rowId: row.id, headingYear: null, goals: false, reported: false, funding: false };
      }
    }
  }
}

function clauseTargets(clause: Clause, source: Source, citations: readonly Citation[], planYear: number | null): Draft[] {
  const mentions = findMentions(clause.text).filter((m) => !inCitation(clause, m, citations));
  if (mentions.length === 0) return [];
  const explicit = rule('targets.commitment').test(clause.text);
  // Results and the situation so far are reported, goals or not, unless the clause commits in words.
  if (source.reported && !explicit) return [];
  const commits = explicit || (source.goals && !rule('nonTargets.estimate').test(clause.text));
  // An estimate or a result already reached is reported, not committed to; a scoring rule awards points, it sets no target.
  if ((!commits && rule('nonTargets.reported').test(clause.text)) || rule('nonTargets.scoring').test(clause.text)) return [];
  const stated = statedDeadline(clause.text);
  const deadline = stated ?? source.headingYear ?? (planYear === null ? null : String(planYear));
  const deadlineSource = stated ? 'stated' : source.headingYear ? 'heading' : planYear === null ? null : 'plan';
  const baseline = rule('targets.baseline').exec(clause.text)?.groups?.['baseline'] ?? null;
  const span = { offset: clause.offset, length: clause.text.length, line: source.line };
  // Each target repeats its clause while the copies stay small; past that, each holds its own part and points at the clause, so output stays linear.
  const shared = mentions.length > 1 && clause.text.length * mentions.length > maxCopied;
  const out: Draft[] = [];
  let previousEnd = 0;
  let carried: ReturnType<typeof comparatorOf> | null = null;
  for (const [k, m] of mentions.entries()) {
    const window = clause.text.slice(previousEnd, m.start);
    const byLevel = carried !== null && rule('targets.levelLead').test(clause.text.slice(previousEnd, m.end));
    const continues = byLevel || (carried !== null && isEnumeration(window));
    if (!isCommitment(clause.text, window, m, { commits, explicit, listed: continues, funding: source.funding }, planYear)) {
      previousEnd = m.end;
      continue;
    }
    // “…, cấp huyện 90%”: a level alone names the subject of its value.
    const subject = (byLevel && !rule('targets.linking').test(window) ? clean(laterWindow(window)) : null) ?? subjectOf(clause.text, k === 0 ? window : laterWindow(window), m);
    const direction = directionOf(clause.text.slice(Math.max(0, m.start - reach), m.start));
    const own = shared ? partOf(clause, mentions, k, source.line) : null;
    const base: Base = { text: own?.text ?? clause.text, unit: m.unit, direction, deadline, deadlineSource, baseline, nodeId: source.nodeId, rowId: source.rowId, span: own?.span ?? span, clauseSpan: own ? span : null, subject };
    if (m.kind === 'list') {
      const levels = scopesBefore(clause.text, m.start);
      m.values.forEach((value, k) => {
        out.push(listed(base, value, levels.length === m.values.length ? levels[k]! : null));
      });
    } else {
      let cmp = comparatorOf(clause.text, m);
      // “Giảm tối thiểu 1,23% …, 3% …, 2,05% …”: the first bound governs the enumeration.
      if (cmp.comparator === '=' && carried && carried.comparator !== '=' && isEnumeration(window)) cmp = rebound(carried.comparator, cmp.value);
      carried = cmp;
      out.push(bounded(base, cmp, scopeOf(subject ?? window)));
    }
    previousEnd = m.end;
  }
  return out;
}

/** A target's own part of a shared clause: from the end of the value before it to the start of the value after it. */
function partOf(clause: Clause, mentions: readonly Mention[], k: number, line: number): { text: string; span: Draft['span'] } {
  const from = k === 0 ? 0 : mentions[k - 1]!.end;
  const to = k === mentions.length - 1 ? clause.text.length : mentions[k + 1]!.start;
  const raw = clause.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { text, span: { offset: clause.offset + from + lead, length: text.length, line } };
}

/**
 * The subject: before a linking word (“Tỷ lệ … đạt tối thiểu 50%”), else
 * after the value (“100% văn bản … được …”), up to a predicate word.
 */
function subjectOf(clause: string, window: string, m: Mention): string | null {
  const link = rule('targets.linking').exec(window.length > reach ? window.slice(-reach) : window);
  if (link && window.length > reach) link.index += window.length - reach;
  if (link) {
    const subject = clean(window.slice(0, link.index));
    if (subject) return subject;
  }
  const classifier = m.kind === 'count' && rule('targets.classifierUnit').test(m.unit);
  let from = m.kind === 'count' && !classifier ? m.unitStart! : m.end;
  // “90% trở lên người dân …”: the bound is not part of the subject.
  const bound = rule('targets.atLeastAfter').exec(clause.slice(from)) ?? rule('targets.atMostAfter').exec(clause.slice(from));
  if (bound) from += bound[0].length;
  let after = clause.slice(from, from + reach);
  // A stop word never leaves a one-word subject (“15% chi trực tiếp từ ngân sách …”).
  const weak = [...scan('targets.subjectEndWeak', after)].map((v) => v.index).filter((i) => after.slice(0, i).trim().split(' ').length >= 2);
  const stops = [rule('targets.subjectEnd').exec(after)?.index, weak[0], after.indexOf('('), after.indexOf(';'), findNextNumber(after)].filter((n): n is number => n !== undefined && n >= 0);
  if (stops.length > 0) after = after.slice(0, minOf(stops));
  return clean(after);
}

/** Where the next value in a list of targets starts: “…, 95% …”, “… và 80% …”. */
function findNextNumber(text: string): number {
  const m = rule('targets.percent').exec(text);
  if (!m) return -1;
  const before = text.slice(0, m.index);
  return before.endsWith(', ') ? m.index - 2 : before.endsWith(' và ') ? m.index - 4 : -1;
}

/** For a later value, its subject starts after the previous target's words: after “trong số đó,” or the last comma. */
function laterWindow(window: string): string {
  const last = [...scan('targets.subjectBreak', window)].pop();
  return last ? window.slice(last.index + last[0].length) : window;
}

/** The text between two values of an enumeration: the previous subject, then “, ” or “ và ”. */
function isEnumeration(window: string): boolean {
  return !rule('targets.linking').test(window) && (window.endsWith(', ') || window.endsWith(' và '));
}

function rebound(comparator: ReturnType<typeof comparatorOf>['comparator'], value: number | null): ReturnType<typeof comparatorOf> {
  if (comparator === '>=' || comparator === '>') return { comparator, min: value, max: null, value };
  if (comparator === '<=' || comparator === '<') return { comparator, min: null, max: value, value };
  return { comparator: '=', min: value, max: value, value };
}

function directionOf(before: string): Target['direction'] {
  const dec = [...scan('targets.decrease', before)].pop()?.index ?? -1;
  const inc = [...scan('targets.increase', before)].pop()?.index ?? -1;
  return dec < 0 && inc < 0 ? 'reach' : dec > inc ? 'decrease' : 'increase';
}

/** Every level the subject names, in order: “cấp huyện và cấp xã” → “cấp huyện, cấp xã”. */
function scopeOf(text: string): string | null {
  const levels = [...new Set([...scan('targets.scope', text)].map((m) => `cấp ${m.groups!['level']}`))];
  return levels.length > 0 ? levels.join(', ') : null;
}

/** The levels a list of values is matched to, in order: “cấp tỉnh, huyện, xã … 90%, 80%, 75%”. */
function scopesBefore(clause: string, at: number): string[] {
  const list = [...scan('targets.scopeList', clause.slice(Math.max(0, at - reach), at))].pop();
  return list ? [...scan('targets.level', list[0])].map((l) => `cấp ${l[0]}`) : [];
}

/** Citations (sorted by offset) that start in [from, to): found by binary search. */
function citationsIn(citations: readonly Citation[], from: number, to: number): readonly Citation[] {
  let lo = 0;
  let hi = citations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (citations[mid]!.span.offset < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < citations.length && citations[end]!.span.offset < to) end++;
  return citations.slice(lo, end);
}

/** A value inside a citation, or inside the cited document's title that follows it (“… về …”), is no target. */
function inCitation(clause: Clause, m: Mention, citations: readonly Citation[]): boolean {
  const at = clause.offset + m.start;
  for (const c of citationsIn(citations, clause.offset, at + 1)) {
    const end = c.span.offset + c.span.length;
    if (at >= c.span.offset && at < end) return true;
    if (c.span.offset >= clause.offset && end <= at && rule('nonTargets.citedTitle').test(clause.text.slice(end - clause.offset, m.start))) return true;
  }
  return false;
}
