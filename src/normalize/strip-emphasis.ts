import type { Reporter } from '../core/diagnostic.js';
import { scan } from '../grammar/registry.js';
import { reportLines } from './report-lines.js';
import type { WorkLine } from './types.js';

/** A line of markers only: bold split across lines leaves `**` or `** **` on a line of its own. */
// A star and blanks only: one class run anchored both ends, then the star (two runs around a star backtrack).
const markersOnly = (text: string): boolean => text.includes('*') && /^[\s*]+$/.test(text);
/** A marker cut off from its words by a space (`ỦY BAN NHÂN DÂN **`, `năm 2025; *`, `** Thuận lợi`); one `*` opening a line is a bullet. */
const looseMarkers = /^\*{2,3}\s|\s\*{1,3}$/g;

/**
 * Removes markdown-style emphasis markers left in plain text
 * (`*(Ban hành kèm theo …)*`), including the ones web captures leave when bold
 * wraps across lines, so they never hide a label or stop a heading from joining.
 */
export function stripEmphasis(lines: readonly WorkLine[], reporter: Reporter, _options?: unknown): WorkLine[] {
  const touched: number[] = [];
  const out = lines.map((l) => {
    if (!l.text.includes('*')) return l;
    if (markersOnly(l.text)) {
      touched.push(l.line);
      // `** **` is an empty bold cell; a lone `**` only closes a wrapped bold.
      return { ...l, text: '', placeholder: /\s/.test(l.text) };
    }
    const loose = l.text.replace(looseMarkers, ' ');
    let text = '';
    let last = 0;
    for (const m of scan('layout.emphasis', loose)) {
      text += loose.slice(last, m.index);
      last = m.index + m[0].length;
    }
    if (last === 0 && loose === l.text) return l;
    touched.push(l.line);
    return { ...l, text: (text + loose.slice(last)).trim() };
  });
  reportLines(reporter, 'normalize/emphasis-markers', 'Emphasis markers were removed', touched);
  return out;
}
