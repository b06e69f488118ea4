import { describe, expect, it } from 'vitest';
import type { TextPiece } from '../src/decode/from-pdf.js';
import { emptyLinesAtTop, emptyParagraphHeight, usualLeading } from '../src/decode/pdf/paragraphs.js';

const line = (y: number, size = 13): TextPiece[] => [{ text: 'Nội dung', x: 72, y, width: 50, size }];
/** Lines down a page from `top`, each `steps[i]` below the one before. */
function page(top: number, steps: number[]): TextPiece[][] {
  const ys = steps.reduce((acc, s) => [...acc, acc[acc.length - 1]! - s], [top]);
  return ys.map((y) => line(y));
}

describe('empty paragraphs in a print', () => {
  it('measures an empty paragraph as a line and the space after it, where every paragraph is followed by an empty one', () => {
    // Lines 15 pt apart inside paragraphs; paragraphs 36 pt apart: each a line and 3 pt, and an empty one as high.
    const pages = [page(770, [15, 15, 36, 15, 36, 36, 15, 36, 72])];
    expect(usualLeading(pages)).toBe(15);
    expect(emptyParagraphHeight(pages)).toBe(18);
  });

  it('takes the usual distance of paragraphs that follow one another, and the line height where none is spaced', () => {
    expect(emptyParagraphHeight([page(770, [15, 15, 21, 15, 21, 15, 21, 42])])).toBe(21);
    expect(emptyParagraphHeight([page(770, [15, 15, 15, 30, 15, 15, 30])])).toBe(15);
  });

  it('finds empty paragraphs pushed to the top of a page by the page break before them', () => {
    // Pages usually start at 773; one starts 18 pt lower (one empty paragraph), one 4 pt lower (a heading's space before).
    expect(emptyLinesAtTop([undefined, 773.1, 755.1, 773, 769, undefined], 18)).toEqual([0, 0, 1, 0, 0, 0]);
    expect(emptyLinesAtTop([773, 737], 18)).toEqual([0, 2]);
    // Far lower, something the text layer does not hold stands above: no empty paragraphs are made up.
    expect(emptyLinesAtTop([773, 773, 421], 18)).toEqual([0, 0, 0]);
    // Nothing to compare with: no page is read as lower.
    expect(emptyLinesAtTop([undefined, 700], 18)).toEqual([0, 0]);
  });
});
