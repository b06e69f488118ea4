import { rule, scan } from '../grammar/registry.js';
import { comparatorOf, type Mention } from './target-mentions.js';
import { blanks, trimEndOf, trimStartOf } from '../core/strings.js';

/**
 * Whether a value is committed to. Not: a frequency of activities (“02
 * đợt/tháng”), a share of a plan or a past period (“đạt 97% kế hoạch”), a tax
 * rate, a cost share, a strength, a vote threshold, a figure of a past year
 * (“năm 2024 đạt 85%”), or a bare number beside a noun with no word that
 * commits to it (“hóa chất Chlorine 70%”).
 *
 * `commits`: the clause commits (a word such as “phấn đấu”, or a goals
 * section without an estimate), so figures against a plan or last year count;
 * `explicit`: it says so in words, so no other word must link the value;
 * `listed`: the value continues an enumeration of targets; `funding`: it
 * stands under a funding heading.
 */
export function isCommitment(clause: string, window: string, m: Mention, how: { commits: boolean; explicit: boolean; listed: boolean; funding: boolean }, planYear: number | null): boolean {
  const { commits, explicit, listed } = how;
  if (m.kind === 'count' && m.comparatorWord === null) return false;
  const before = clause.slice(Math.max(0, m.start - 80), m.start);
  const after = clause.slice(m.end, m.end + 120);
  const comparator = comparatorOf(clause, m).comparator;
  // “ngân sách tỉnh bảo đảm 70%; các xã bố trí 30% còn lại” under Kinh phí: shares of cost; “bố trí tối thiểu 3% ngân sách” is a floor.
  if (how.funding && comparator === '=') return false;
  // “đạt tối thiểu 50% kế hoạch vốn”: a floor against the plan is committed to; a result is no floor.
  if (!commits && comparator !== '>=' && rule('nonTargets.resultRatioAfter').test(after)) return false;
  if (!commits && rule('nonTargets.shareOfCountBefore').test(before)) return false;
  // “kinh phí … khoảng 10% kinh phí quan trắc” splits a budget; “bố trí tối thiểu 03% ngân sách” commits to a floor, “thu ngân sách đạt 100% dự toán” to a level.
  const bounded = comparator !== '=';
  if (!bounded && rule('nonTargets.budgetAfter').test(after) && rule('nonTargets.budgetWord').test(window) && !rule('targets.reachBefore').test(before)) return false;
  if (rule('nonTargets.costShareSubject').test(window.slice(-200))) return false;
  if (rule('nonTargets.nonTargetBefore').test(before) || rule('nonTargets.quorumBefore').test(before) || rule('nonTargets.quorumAfter').test(after)) return false;
  // “không quá 15% tổng số cá nhân đạt danh hiệu …”: a cap on awards.
  if (rule('nonTargets.awardQuotaAfter').test(after) && rule('targets.atMostBefore').test(before)) return false;
  if (isPastFigure(clause, m, planYear) || inReportAside(before)) return false;
  if (listed || explicit || m.kind === 'list' || m.comparatorWord !== null) return true;
  const lead = clean(window);
  return (
    lead === null ||
    rule('targets.linking').test(window) ||
    rule('targets.atLeastBefore').test(before) ||
    rule('targets.atMostBefore').test(before) ||
    rule('targets.aboveBefore').test(before) ||
    rule('targets.belowBefore').test(before) ||
    rule('targets.atLeastAfter').test(after) ||
    rule('targets.atMostAfter').test(after) ||
    rule('targets.rateWord').test(window) ||
    rule('targets.deadline').test(clause) ||
    rule('targets.increase').test(window) ||
    rule('targets.decrease').test(window) ||
    // “kiểm tra … đối với 70% UBND cấp xã”: the value quantifies the object that follows it.
    rule('targets.objectAfter').test(after)
  );
}

/**
 * A figure of a year before the plan's (“năm 2024 đạt 85%”), the year anywhere
 * earlier in the clause (“Năm 2024, A đạt 62%, tăng 8% …”) unless a word
 * commits after it (“…, phấn đấu đạt 90%”).
 */
function isPastFigure(clause: string, m: Mention, planYear: number | null): boolean {
  if (planYear === null) return false;
  const from = Math.max(0, m.start - 200);
  const before = clause.slice(from, m.start);
  const year = [...scan('nonTargets.pastYear', before)].pop();
  if (!year || Number(year.groups!['year']) >= planYear) return false;
  return !rule('targets.commitment').test(before.slice(year.index));
}

/** A value inside an aside that reports, in a clause that commits: “Phấn đấu 100% … (hiện nay mới đạt 65%)”. */
function inReportAside(before: string): boolean {
  const open = before.lastIndexOf('(');
  if (open < 0 || before.includes(')', open)) return false;
  return rule('nonTargets.estimate').test(before.slice(open));
}

/** A subject without the words that open or trail a target sentence (“Phấn đấu”, “… phấn đấu”) and its punctuation. */
export function clean(text: string): string | null {
  const lead = rule('targets.subjectLead').exec(text.trim());
  let out = trimEndOf(trimStartOf(lead ? text.trim().slice(lead[0].length) : text.trim(), `${blanks},;:(`), `${blanks},;:(`);
  const trail = rule('targets.subjectTrail').exec(out);
  if (trail) out = out.slice(0, trail.index);
  return out === '' ? null : out;
}
