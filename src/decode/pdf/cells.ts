import { rule } from '../../grammar/registry.js';
import type { TextPiece } from '../from-pdf.js';
import { isMonoWidth, monoEm } from './mono.js';

/**
 * How far a measured cell (the mean advance of a line's long runs, or a host's width over its cells) may be from
 * 0.6 em (mono.ts): tighter than one short run's slack, since it is measured over many letters (DejaVu Sans Mono's
 * 0.602 is within).
 */
const cellTolerance = 0.008;
/** A run that holds mark glyphs is judged loosely: a mark glyph's advance may differ from a letter's. */
const markRunTolerance = 0.05;
/** Characters needed to tell a monospaced run from a proportional one by its width. */
const minimumCells = 8;
/** How far a guest may sit from a cell boundary, in cells, and still be read as filling that cell. */
const cellSlack = 0.25;

/**
 * A run with its unmapped mark glyphs taken out (their tone was put on the
 * letter by `ToneMarks`). A monospaced fallback face gives a mark glyph a
 * letter's advance but draws it back over the letter before, so the run
 * covers only its letters' cells: its width is cut to those.
 */
export function withoutMarkGlyphs(p: TextPiece): TextPiece {
  const unmapped = rule('layout.unmappedGlyph');
  const letter = rule('layout.letter');
  const glyphs = [...p.text];
  // Marks close a cluster (`ể` + mark); an unmapped glyph between letters (`th\u0003cải`) is a space that lost its mapping.
  let end = glyphs.length;
  while (end > 0 && unmapped.test(glyphs[end - 1]!)) end--;
  if (end === glyphs.length || end === 0 || !letter.test(glyphs[end - 1]!)) return p;
  const kept = glyphs.slice(0, end);
  const each = p.width / glyphs.length;
  const mono = isMonoWidth(each, p.size, markRunTolerance);
  return { ...p, text: kept.join(''), width: mono ? each * kept.length : p.width };
}

/** Whether the line's runs that hold no guests are set in a monospaced face; undefined when none is long enough to tell. */
export function monospacedLine(runs: readonly TextPiece[]): boolean | undefined {
  const long = runs.filter((r) => [...r.text].length >= minimumCells);
  if (long.length === 0) return undefined;
  const width = long.reduce((a, r) => a + r.width / r.size, 0);
  const length = long.reduce((a, r) => a + [...r.text].length, 0);
  return isMonoWidth(width / length, 1, cellTolerance);
}

/**
 * The host's text with each guest in the cell it fills, when the host is
 * monospaced; undefined when the guests do not fall on its cells (a
 * proportional face: the caller estimates).
 *
 * Every character of a monospaced run advances by one cell, except a gap the
 * renderer left for letters of a fallback face (read as one space), which is
 * as wide as the letters drawn into it. Walking the host's characters from
 * its left edge, a guest starting where the walk stands fills the gap there;
 * the walk goes on from the guest's right edge, so that fallback letters of
 * another width do not shift the cells after them. A guest that is not at a
 * cell boundary means the host is not monospaced.
 */
export function fillCells(host: TextPiece, guests: readonly TextPiece[], monospaced?: boolean): string | undefined {
  if (monospaced === false) return undefined;
  const chars = [...host.text];
  const marks = rule('layout.marksOnly');
  const spacing = [...guests].filter((g) => !marks.test(g.text)).sort((a, b) => a.x - b.x);
  // With nothing else on the line to tell, a few letters could fit cells by chance.
  if (monospaced === undefined && chars.length - spacing.length < minimumCells) return undefined;
  const cell = hostCellWidth(host, chars.length, spacing, monospaced === true);
  if (cell === undefined) return undefined;
  const near = (x: number, at: number) => Math.abs(x - at) <= cell * cellSlack;
  // Each character or guest with where the walk found it starts: marks are placed by them afterwards.
  const parts: Part[] = [];
  let cursor = host.x;
  let next = 0;
  const fill = (): void => {
    while (next < spacing.length && near(spacing[next]!.x, cursor)) {
      const g = spacing[next++]!;
      parts.push({ text: g.text, start: g.x });
      cursor = g.x + gapWidth(g, cell, spacing[next]?.x ?? host.x + host.width);
    }
  };
  for (const c of chars) {
    if (next < spacing.length && spacing[next]!.x < cursor - cell * cellSlack) return undefined;
    const before = next;
    fill();
    // The gap read as a space is the guests' cell: taken by them.
    if (next > before && c === ' ') continue;
    parts.push({ text: c, start: cursor });
    cursor += cell;
  }
  fill();
  if (next < spacing.length || !near(cursor, host.x + host.width)) return undefined;
  return placeMarks(parts, guests.filter((g) => marks.test(g.text)), cell);
}

/**
 * How far the host goes on after a guest: the guest's own width, or the
 * whole cells it covers (a renderer may keep a narrow fallback letter such as
 * `ị` in a full cell). Which one is told by the next place known to be a cell
 * boundary (the next guest, or the host's end): whole cells away from it.
 */
function gapWidth(guest: TextPiece, cell: number, anchor: number): number {
  const cells = Math.max(1, Math.round(guest.width / cell)) * cell;
  const offGrid = (width: number) => {
    const steps = (anchor - guest.x - width) / cell;
    return Math.abs(steps - Math.round(steps));
  };
  return offGrid(cells) < offGrid(guest.width) ? cells : guest.width;
}

/**
 * The cell width of a monospaced host: its width less the gaps its guests
 * fill (each run of touching guests one gap, read as one character), over its
 * other characters; undefined when that is not a monospaced face's advance.
 * A gap is as wide as its guests, or, on a line known to be monospaced, as
 * the whole cells they cover.
 */
function hostCellWidth(host: TextPiece, length: number, spacing: readonly TextPiece[], lineIsMono: boolean): number | undefined {
  const advance = host.size * monoEm;
  let gaps = 0;
  let filled = 0;
  let cells = 0;
  let end = -Infinity;
  for (const g of spacing) {
    if (Math.abs(g.x - end) > advance * cellSlack) gaps++;
    filled += g.width;
    cells += Math.max(1, Math.round(g.width / advance)) * advance;
    end = g.x + g.width;
  }
  if (length - gaps <= 0) return undefined;
  const candidates = [(host.width - filled) / (length - gaps), ...(lineIsMono ? [(host.width - cells) / (length - gaps)] : [])];
  return candidates.find((cell) => isMonoWidth(cell, host.size, cellTolerance));
}

/** Each mark after the character (of the host or a guest) whose cell holds its middle. */
function placeMarks(parts: readonly Part[], marks: readonly TextPiece[], cell: number): string {
  const texts = parts.map((p) => p.text);
  for (const m of marks) {
    const middle = m.x + Math.min(m.width, cell) / 2;
    let i = 0;
    while (i + 1 < parts.length && parts[i + 1]!.start <= middle) i++;
    if (texts.length > 0) texts[i] += m.text;
  }
  return texts.join('');
}

interface Part {
  text: string;
  /** Where it starts on the page. */
  start: number;
}

/**
 * The face most of the line's letters are set in, where fonts are known: its
 * runs are hosts, never fallback letters, even where one is as short as the
 * fallback run over it (`t ch` under `ủ ị` of `Chủ tịch`).
 */
export function mainFace(line: readonly TextPiece[]): string | undefined {
  const letters = new Map<string, number>();
  for (const p of line) if (p.font !== undefined) letters.set(p.font, (letters.get(p.font) ?? 0) + [...p.text].length);
  let best: string | undefined;
  for (const [font, n] of letters) if (best === undefined || n > letters.get(best)!) best = font;
  return best;
}

/** Letters of a fallback face at most, standing apart: a piece this short without a space. */
export const fallbackLetters = 3;

/**
 * Fallback letters of two words read as one run (`ử ỉ`, a gap between them
 * taken for a space) and drawn over a wider run: each word a guest of its
 * own, the first where the run starts, the last where it ends, any between
 * placed by typical letter widths, scaled to the last word's measured width
 * where a host's letters end where it starts.
 */
export function splitGuestRun(p: TextPiece, line: readonly TextPiece[], main?: string): TextPiece[] {
  const words = p.text.trim().split(' ').filter((w) => w !== '');
  if (words.length < 2 || words.some((w) => [...w].length > fallbackLetters)) return [p];
  // A run of the main face is a host however short; elsewhere the wider run is.
  const host = (h: TextPiece) => h !== p && (main !== undefined && p.font !== undefined ? h.font === main : h.width > p.width);
  const over = line.some((h) => host(h) && Math.min(p.x + p.width, h.x + h.width) - Math.max(p.x, h.x) > p.size * 0.2);
  if (!over) return [p];
  const ems = (text: string) => [...text].reduce((a, c) => a + typicalWidth(c), 0);
  const end = p.x + p.width;
  const lastEms = ems(words[words.length - 1]!);
  let scale = p.width / (ems(words.join(' ')) || 1);
  // The last word starts where the host letters before it end (`r` + `ừ`): its width measured gives the face's scale.
  const anchor = line.find((h) => host(h) && Math.abs(h.x + h.width - (end - lastEms * scale)) < p.size * 0.15);
  if (anchor && lastEms > 0 && end > anchor.x + anchor.width) scale = (end - (anchor.x + anchor.width)) / lastEms;
  let x = p.x;
  return words.map((w, i) => {
    const width = ems(w) * scale;
    const start = i === words.length - 1 ? end - width : x;
    x += width + ems(' ') * scale;
    return { ...p, text: w, x: start, width };
  });
}

/** A character's width in ems, roughly, for a proportional or monospaced face: only ratios matter. */
export function typicalWidth(c: string): number {
  const base = c.normalize('NFD')[0] ?? c;
  if (base === ' ') return 0.28;
  if (rule('layout.combiningMark').test(base)) return 0;
  if ('iljtfrI.,;:\'!|()[]/-'.includes(base)) return 0.33;
  if ('mwMW'.includes(base)) return 0.85;
  if (rule('layout.capitalLetter').test(base)) return 0.68;
  return 0.5;
}
