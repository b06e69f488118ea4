import type { Reporter } from '../core/diagnostic.js';
import { scan } from '../grammar/registry.js';
import { reportLines } from './report-lines.js';
import type { WorkLine } from './types.js';

/** Removes markdown-style emphasis markers left in plain text (`*(Ban hành kèm theo …)*`). */
export function stripEmphasis(lines: readonly WorkLine[], reporter: Reporter, _options?: unknown): WorkLine[] {
  const touched: number[] = [];
  const out = lines.map((l) => {
    if (!l.text.includes('*')) return l;
    let text = '';
    let last = 0;
    for (const m of scan('layout.emphasis', l.text)) {
      text += l.text.slice(last, m.index);
      last = m.index + m[0].length;
    }
    if (last === 0) return l;
    touched.push(l.line);
    return { ...l, text: (text + l.text.slice(last)).trim() };
  });
  reportLines(reporter, 'normalize/emphasis-markers', 'Emphasis markers were removed', touched);
  return out;
}
