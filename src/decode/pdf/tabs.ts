import type { TextPiece } from '../from-pdf.js';
import { cellWidth } from './mono.js';
import { joinPieces } from './text.js';

/**
 * Default tab stops, in points: LibreOffice Writer sets one every 1.25 cm
 * (709 twips), Word every 0.5 inch. A plain-text file printed as it is keeps
 * its tabs, and each one advances to the next stop.
 */
const tabIntervals = [709 / 20, 36];
/** How far (in points) a run may start from a tab stop and still stand on it: positions are rounded in the PDF. */
const stopSlack = 0.3;
/** How far (in points) a gap may be off a whole number of letters and still be made of spaces. */
const gridSlack = 0.4;
/** Gaps that end on a stop and are no whole number of letters: the fewest that show a document's tab stops. */
const leastTabs = 2;
/** The share of the gaps that are no whole number of letters that must end on a stop (a tab's); by chance, one in twenty. */
const onStopShare = 0.5;

/** Tab stops from the left edge of the text block, every `interval` points. */
export interface TabStops {
  left: number;
  interval: number;
}

/**
 * The tab stops of a monospaced print, where it has tabs. A word space in a
 * monospaced face is one letter wide, so every gap between runs of a line is
 * a whole number of letters, but for a tab: it reaches the next stop,
 * wherever the text before it ends. Gaps that are no whole number of letters
 * and end on a default stop (counted from the text block's left edge) show
 * the stops; null when there are none.
 */
export function findTabStops(lines: readonly (readonly TextPiece[])[]): TabStops | null {
  const left = usualStart(lines);
  if (left === undefined) return null;
  const gaps: number[] = [];
  for (const line of lines) for (let i = 1; i < line.length; i++) if (offGrid(line[i - 1]!, line[i]!)) gaps.push(line[i]!.x);
  let best: TabStops | null = null;
  // Most such gaps end on a stop, or they are a table's columns, or a stray letter's width, that meet a stop by chance.
  let most = Math.max(leastTabs, gaps.length * onStopShare) - 1;
  for (const interval of tabIntervals) {
    const stops = { left, interval };
    const n = gaps.filter((x) => stopAt(x, stops) > 0).length;
    if (n > most) [best, most] = [stops, n];
  }
  return best;
}

/**
 * A line's pieces as read from the page, cut where a run starts on a tab
 * stop right after the runs before it end: after a gap that is no whole
 * number of letters, or after a run of its own font (a run splits within its
 * font only where something else was set between). Each part is then put
 * together apart (fallback letters into their gaps), so that a tab as narrow
 * as nothing still separates two cells (`xã` | `Phòng Nội vụ`).
 */
export function cellsApart(line: readonly TextPiece[], stops: TabStops): TextPiece[][] {
  const sorted = [...line].sort((a, b) => a.x - b.x);
  const parts: TextPiece[][] = [];
  let end = -Infinity;
  let last: TextPiece | undefined;
  for (const p of sorted) {
    const cut = last !== undefined && p.x >= end - stopSlack && stopAt(p.x, stops) > 0 && (offGrid(last, p) || sameRun(last, p));
    if (cut || parts.length === 0) parts.push([]);
    parts[parts.length - 1]!.push(p);
    if (p.x + p.width >= end) [end, last] = [p.x + p.width, p];
  }
  return parts;
}

/** The most common start of a line: the left edge of the text block. */
function usualStart(lines: readonly (readonly TextPiece[])[]): number | undefined {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const x = Math.round(line[0]!.x * 10) / 10;
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  let best: number | undefined;
  let most = 0;
  for (const [x, n] of counts) if (n > most) [best, most] = [x, n];
  return best;
}

/** The gap between two runs of a monospaced line is no whole number of letters (nor nothing). */
function offGrid(before: TextPiece, after: TextPiece): boolean {
  const advance = cellWidth(after.size);
  const gap = after.x - (before.x + before.width);
  return Math.abs(gap - Math.round(gap / advance) * advance) > gridSlack;
}

/** The number of the stop at `x` (1 for the first after the left edge), or -1 off the stops. */
function stopAt(x: number, stops: TabStops): number {
  const k = Math.round((x - stops.left) / stops.interval);
  return Math.abs(stops.left + k * stops.interval - x) <= stopSlack ? k : -1;
}

/** Where a tab after `x` goes: the first stop past it (one closer than the rounding of positions may be passed over). */
function nextStop(x: number, stops: TabStops): number {
  return stops.left + (Math.floor((x + stopSlack - stops.left) / stops.interval) + 1) * stops.interval;
}

/** A line whose first run stands on a tab stop, not at the left edge: a tab carried over from the line above, or one that opened its line. */
export function startsWithTab(line: readonly TextPiece[], stops: TabStops): boolean {
  return stopAt(line[0]!.x, stops) > 0;
}

/**
 * A line's text with a tab (`\t`) where a gap reaches a stop. A gap that is
 * no whole number of letters is one. On a line of a row (`inRow`: it has such
 * a tab, or continues a paragraph that has one), so is a gap on a stop between
 * two runs of one font, however narrow: a run splits within its font only
 * where something else was set between (a word space after a letter of a
 * fallback font splits two fonts' runs). A line that starts on a stop starts
 * with a tab.
 */
export function tabbedText(line: readonly TextPiece[], stops: TabStops, inRow = false): string {
  const tab = tabsIn(line, stops, inRow);
  // One tab per stop passed: an empty cell of the source is a tab to a stop with nothing set at it.
  let text = '\t'.repeat(Math.max(0, stopAt(line[0]!.x, stops)));
  let from = 0;
  let end = -Infinity;
  for (let i = 1; i <= line.length; i++) {
    end = Math.max(end, line[i - 1]!.x + line[i - 1]!.width);
    if (i < line.length && !tab[i]) continue;
    text += joinPieces(line.slice(from, i));
    if (i < line.length) text += '\t'.repeat(Math.max(1, stopAt(line[i]!.x, stops) - stopAt(nextStop(end, stops), stops) + 1));
    from = i;
  }
  return text;
}

/** Whether a tab comes before each piece of a line. */
function tabsIn(line: readonly TextPiece[], stops: TabStops, inRow: boolean): boolean[] {
  const onStop = line.map((p, i) => i > 0 && stopAt(p.x, stops) > 0);
  const definite = onStop.map((on, i) => on && offGrid(line[i - 1]!, line[i]!));
  const row = inRow || definite.some(Boolean);
  return onStop.map((on, i) => definite[i]! || (row && on && sameRun(line[i - 1]!, line[i]!)));
}

/** A line that opens a row: a label (`1`, `II`, `TT`) at the left edge, then a tab to the first stop. */
export function opensRow(line: readonly TextPiece[], stops: TabStops): boolean {
  const at = tabsIn(line, stops, true).indexOf(true);
  return at > 0 && stopAt(line[0]!.x, stops) === 0 && stopAt(line[at]!.x, stops) === 1;
}

/** Two runs of one font, the second not overlapping the first. */
function sameRun(before: TextPiece, after: TextPiece): boolean {
  return before.font !== undefined && before.font === after.font && after.x >= before.x + before.width - stopSlack;
}

/**
 * How a line continues the one above in a print with tabs, as the text to
 * put between them: a tab that did not fit at the end of the line above was
 * carried to the start of this one (nothing more: the line starts with it);
 * a tab that fit, before a first word that did not, stayed behind (`\t`:
 * after a space the word would have fit). That takes a row still short of
 * its table's cells (`short`): after a full row, the line opens what follows
 * the table. Null where neither tells.
 */
export function tabWrap(above: readonly TextPiece[], line: readonly TextPiece[], stops: TabStops, edge: number, firstWord: number, short: boolean): '' | '\t' | null {
  const last = above[above.length - 1]!;
  const end = last.x + last.width;
  const stop = nextStop(end, stops);
  if (startsWithTab(line, stops)) return stop > edge ? '' : null;
  if (!short) return null;
  const space = cellWidth(line[0]!.size);
  return stop <= edge && stop + firstWord > edge && end + space + firstWord <= edge ? '\t' : null;
}
