import { countAtOrBefore } from '../core/arrays.js';
import type { Line, NormalizedText } from '../normalize/types.js';

/** The line holding a normalized-text offset (binary search). */
export function lineAt(normalized: NormalizedText, offset: number): Line {
  const lines = normalized.lines;
  const at = Math.max(0, countAtOrBefore(lines.length, (i) => lines[i]!.offset, offset) - 1);
  return lines[at] ?? { index: 0, text: '', offset: 0, line: 1, lastLine: 1, blank: true, placeholder: false };
}

/**
 * What the item readers need of the normalized text: the text, and where each line starts with its input line
 * number, 8 bytes a line. The pipeline drops the `Line` objects (a hundred bytes and a string each) before the
 * items are read, the stage that allocates most.
 */
export interface LineIndex {
  text: string;
  offsets: Uint32Array;
  lines: Uint32Array;
}

export function indexLines(normalized: NormalizedText): LineIndex {
  const offsets = new Uint32Array(normalized.lines.length);
  const lines = new Uint32Array(normalized.lines.length);
  normalized.lines.forEach((l, i) => {
    offsets[i] = l.offset;
    lines[i] = l.line;
  });
  return { text: normalized.text, offsets, lines };
}

/** The input line number of a normalized-text offset (as `lineAt(…).line`). */
export function lineNumberAt(index: LineIndex, offset: number): number {
  const { offsets } = index;
  if (offsets.length === 0) return 1;
  return index.lines[Math.max(0, countAtOrBefore(offsets.length, (i) => offsets[i]!, offset) - 1)]!;
}
