import { rule } from '../grammar/registry.js';
import type { OutlineNode, Table } from '../schema/document.js';

/** What a section's heading says its figures are, when they are no commitments. */
export interface SectionKind {
  /** Under a heading of results or of the situation so far: figures are reported unless a clause commits in words. */
  reported: boolean;
  /** Under a heading of an emulation scheme's scoring rules: figures are points and thresholds. */
  scoring: boolean;
  /** Under a funding heading (Kinh phí): a figure without a bound is a share of cost. */
  funding: boolean;
}

/**
 * The nodes (by id) under a heading of results (“KẾT QUẢ THỰC HIỆN NĂM
 * 2024”), of scoring rules (“TIÊU CHÍ CHẤM ĐIỂM”) or of funding, with what
 * they are under; a heading with a role of its own (Mục tiêu, Nhiệm vụ) ends it.
 */
export function reportingSections(outline: readonly OutlineNode[]): Map<string, SectionKind> {
  const out = new Map<string, SectionKind>();
  const visit = (nodes: readonly OutlineNode[], above: SectionKind | null): void => {
    for (const node of nodes) {
      const heading = node.heading ?? '';
      const reported = heading !== '' && rule('nonTargets.resultsHeading').test(heading) && !rule('nonTargets.plansAhead').test(heading);
      const scoring = heading !== '' && rule('nonTargets.scoringHeading').test(heading);
      const funding = node.role === 'funding';
      const inherited = node.role === null ? above : null;
      const kind = reported || scoring || funding ? { reported: reported || (inherited?.reported ?? false), scoring: scoring || (inherited?.scoring ?? false), funding: funding || (inherited?.funding ?? false) } : inherited;
      if (kind) out.set(node.id, kind);
      visit(node.children, kind);
    }
  };
  visit(outline, null);
  return out;
}

/** A table with a column of points (“Điểm chuẩn”, “Điểm tối đa”) scores an emulation scheme: its figures are no targets. */
export function isScoringTable(table: Table): boolean {
  return table.columns.some((c) => rule('nonTargets.pointsHeader').test(c.header.trim()));
}

/**
 * Whether a clause opens a sentence that reports (“Đến nay, …”, “Năm 2024,
 * …” before the plan's year) without committing in words: the clauses after
 * its “;” report too.
 */
export function opensReport(clause: string, planYear: number | null): boolean {
  if (rule('targets.commitment').test(clause)) return false;
  const lead = clause.slice(0, 40);
  if (rule('nonTargets.estimate').exec(lead)?.index === 0) return true;
  const year = rule('nonTargets.pastYear').exec(lead);
  return year !== null && year.index === 0 && planYear !== null && Number(year.groups!['year']) < planYear;
}

/** A clause with a deadline or a year of the plan or later (“năm 2025 đạt 90%”, “đến năm 2030 …”). */
export function namesOwnYear(clause: string, planYear: number | null): boolean {
  if (rule('targets.deadline').test(clause)) return true;
  const year = rule('nonTargets.pastYear').exec(clause);
  return year !== null && (planYear === null || Number(year.groups!['year']) >= planYear);
}
