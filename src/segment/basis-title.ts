import { rule } from '../grammar/registry.js';
import { isOutlineLabel } from './classify-line.js';

/** Words that name the document a title and its basis both cite: “Thực hiện Nghị quyết số 66-NQ/TW”. */
const citedWords = 4;

/**
 * Whether the line under the type line is the title though it opens like a
 * legal basis (“Thực hiện Chỉ thị số 35-CT/TW …”): a mixed-case line with no
 * date and no closing punctuation, followed by the basis clauses or the first
 * heading of the body; or, dated, one that the basis below restates
 * (“Thực hiện Nghị quyết số 66-NQ/TW ngày … của Bộ Chính trị, Ủy ban nhân dân
 * tỉnh ban hành …”).
 */
export function isBasisTitle(text: string, after: string | undefined): boolean {
  if (after === undefined || !rule('metadata.preamble').test(text) || rule('layout.endsSentence').test(text)) return false;
  if (rule('metadata.basisTitle').test(text)) return rule('metadata.preamble').test(after) || rule('metadata.opening').test(after) || isOutlineLabel(after);
  const cited = text.split(' ').slice(0, citedWords).join(' ');
  return cited.split(' ').length === citedWords && after.startsWith(`${cited} `) && after.length > text.length;
}
