import type { Reporter } from '../core/diagnostic.js';
import { rule } from '../grammar/registry.js';
import { reportLines } from './report-lines.js';
import type { WorkLine } from './types.js';

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
  let end = lines.findIndex((l, i) => i >= lines.length / 2 && rule('noise.portalTail').test(l.text));
  if (end < 0) end = lines.length;
  else {
    let card = end - 1;
    while (card >= 0 && lines[card]!.text.trim() === '') card--;
    if (card >= 0 && rule('noise.portalCard').test(lines[card]!.text)) end = card;
    for (const l of lines.slice(end)) if (l.text.trim() !== '') boilerplate.push(l.line);
  }
  const kept = lines.slice(0, end).filter((l) => {
    if (rule('noise.boilerplate').test(l.text) || rule('noise.portalBanner').test(l.text) || rule('noise.portalTail').test(l.text)) return void boilerplate.push(l.line), false;
    if (rule('noise.relatedDocument').test(l.text)) return void related.push(l.line), false;
    if (rule('noise.separator').test(l.text)) return void separators.push(l.line), false;
    return true;
  });
  reportLines(reporter, 'normalize/boilerplate', 'Web-page boilerplate lines were removed', boilerplate.sort((a, b) => a - b));
  reportLines(reporter, 'normalize/related-documents', 'A legal portal’s list of related documents was removed', related);
  reportLines(reporter, 'normalize/rule-lines', 'Rule lines under the header were removed', separators);
  return kept;
}
