import type { Reporter } from '../core/diagnostic.js';
import { rule, type RuleId } from '../grammar/registry.js';
import { anyRule } from '../grammar/any-rule.js';
import { reportLines } from './report-lines.js';
import type { WorkLine } from './types.js';

/** The rules a line is dropped by, each with the list it is reported in. */
const boilerplateRules: readonly RuleId[] = ['noise.boilerplate', 'noise.portalBanner', 'noise.portalTail'];
// Most lines are none of these: one test says so (grammar/any-rule.ts).
const isNoise = anyRule([...boilerplateRules, 'noise.relatedDocument', 'noise.separator']);

/**
 * Removes portal boilerplate (banners, the trailing document card, attachments
 * and account notices), portal related-document lists and rule lines under header blocks.
 */
export function stripNoise(lines: readonly WorkLine[], reporter: Reporter, _options?: unknown): WorkLine[] {
  const boilerplate: number[] = [];
  const related: number[] = [];
  const separators: number[] = [];
  // The portal's trailing apparatus follows the document: only a marker in the second half of the text cuts
  // the rest off (the first such); one earlier is a stray line, dropped alone (see noise.boilerplate below).
  let end = lines.length;
  for (let i = Math.ceil(lines.length / 2); i < lines.length; i++) {
    if (rule('noise.portalTail').test(lines[i]!.text)) {
      end = i;
      break;
    }
  }
  if (end < lines.length) {
    let card = end - 1;
    while (card >= 0 && lines[card]!.text.trim() === '') card--;
    if (card >= 0 && rule('noise.portalCard').test(lines[card]!.text)) end = card;
    for (let i = end; i < lines.length; i++) if (lines[i]!.text.trim() !== '') boilerplate.push(lines[i]!.line);
  }
  // A site's footer (copyright, address and telephone) closes the page: dropped only in the run of such lines,
  // blanks and noise that ends the text, for a plan may give an address and a telephone number itself.
  const footer = new Set<number>();
  for (let i = end - 1; i >= 0; i--) {
    const text = lines[i]!.text;
    if (rule('noise.siteFooter').test(text)) footer.add(i);
    else if (text.trim() !== '' && !isNoise(text)) break;
  }
  for (const i of footer) boilerplate.push(lines[i]!.line);
  const kept: WorkLine[] = [];
  for (let i = 0; i < end; i++) {
    if (footer.has(i)) continue;
    const l = lines[i]!;
    if (!isNoise(l.text)) kept.push(l);
    else if (boilerplateRules.some((id) => rule(id).test(l.text))) boilerplate.push(l.line);
    else if (rule('noise.relatedDocument').test(l.text)) related.push(l.line);
    else if (rule('noise.separator').test(l.text)) separators.push(l.line);
    else kept.push(l);
  }
  reportLines(reporter, 'normalize/boilerplate', 'Web-page boilerplate lines were removed', boilerplate.sort((a, b) => a - b));
  reportLines(reporter, 'normalize/related-documents', 'A legal portal’s list of related documents was removed', related);
  reportLines(reporter, 'normalize/rule-lines', 'Rule lines under the header were removed', separators);
  return kept;
}
