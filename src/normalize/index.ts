import type { Reporter } from '../core/diagnostic.js';
import { splitLayoutRows } from './split-rows.js';
import { splitRunOnItems } from './split-run-on.js';
import { stripEmphasis } from './strip-emphasis.js';
import { stripNoise } from './strip-noise.js';
import type { Line, NormalizedText, WorkLine } from './types.js';
import { toCleanLines } from './unicode.js';
import { unwrapLines } from './unwrap-lines.js';

export type { Line, NormalizedText } from './types.js';

/** The named repair steps, in order. Each reports a diagnostic when it changes something. */
export const repairSteps = [stripNoise, stripEmphasis, splitLayoutRows, unwrapLines, splitRunOnItems] as const;

/** Decoded text to the normalized text every span points into (see `NormalizedText`). */
export interface NormalizeOptions {
  /** Adjacent lines are soft breaks in one paragraph (markdown). */
  softBreaks?: boolean;
}

export function normalize(decoded: string, reporter: Reporter, options: NormalizeOptions = {}): NormalizedText {
  let work: WorkLine[] = toCleanLines(decoded, reporter);
  for (const step of repairSteps) work = step(work, reporter, options);
  work = trimBlankEdges(work);
  const text = work.map((w) => w.text).join('\n');
  const lines: Line[] = [];
  let offset = 0;
  for (const w of work) {
    lines.push({
      index: lines.length,
      // Cut again from the joined text: a repair step's string is a view of the decoded text (or of a copy of a
      // line), and every line, outline node and cell kept as such a view would keep the decoded text too.
      text: w.text === '' ? '' : text.slice(offset, offset + w.text.length),
      offset,
      line: w.line,
      lastLine: w.lastLine,
      blank: w.text === '',
      placeholder: w.placeholder,
    });
    offset += w.text.length + 1;
  }
  return { text, lines };
}

function trimBlankEdges(lines: WorkLine[]): WorkLine[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.text === '') start++;
  while (end > start && lines[end - 1]!.text === '') end--;
  return lines.slice(start, end);
}
