import type { Line, NormalizedText } from '../normalize/types.js';

/** The line holding a normalized-text offset (binary search). */
export function lineAt(normalized: NormalizedText, offset: number): Line {
  const lines = normalized.lines;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo] ?? { index: 0, text: '', offset: 0, line: 1, lastLine: 1, blank: true, placeholder: false };
}
