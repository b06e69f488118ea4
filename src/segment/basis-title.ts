import { rule } from '../grammar/registry.js';
import { isOutlineLabel } from './classify-line.js';

/**
 * Whether the line under the type line is the title though it opens like a
 * legal basis (“Thực hiện Chỉ thị số 35-CT/TW …”): a mixed-case line with no
 * date and no closing punctuation, followed by the basis clauses or the first heading of the body.
 */
export function isBasisTitle(text: string, after: string | undefined): boolean {
  if (!rule('metadata.basisTitle').test(text) || after === undefined) return false;
  return rule('metadata.preamble').test(after) || rule('metadata.opening').test(after) || isOutlineLabel(after);
}
