import type { Reporter } from '../core/diagnostic.js';
import { rule } from '../grammar/registry.js';
import { reportLines } from './report-lines.js';
import type { WorkLine } from './types.js';

/** Removes portal boilerplate, portal related-document lists and rule lines under header blocks. */
export function stripNoise(lines: readonly WorkLine[], reporter: Reporter, _options?: unknown): WorkLine[] {
  const boilerplate: number[] = [];
  const related: number[] = [];
  const separators: number[] = [];
  const kept = lines.filter((l) => {
    if (rule('noise.boilerplate').test(l.text)) return void boilerplate.push(l.line), false;
    if (rule('noise.relatedDocument').test(l.text)) return void related.push(l.line), false;
    if (rule('noise.separator').test(l.text)) return void separators.push(l.line), false;
    return true;
  });
  reportLines(reporter, 'normalize/boilerplate', 'Web-page boilerplate lines were removed', boilerplate);
  reportLines(reporter, 'normalize/related-documents', 'A legal portal’s list of related documents was removed', related);
  reportLines(reporter, 'normalize/rule-lines', 'Rule lines under the header were removed', separators);
  return kept;
}
