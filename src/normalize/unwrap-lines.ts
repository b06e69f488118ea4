import { layout as layoutGrammar } from '../../grammars/layout.js';
import type { Reporter } from '../core/diagnostic.js';
import { rule, type RuleId } from '../grammar/registry.js';
import { classifyLine, isOutlineLabel } from '../segment/classify-line.js';
import { reportLines } from './report-lines.js';
import type { WorkLine } from './types.js';
import { maxOf } from '../core/arrays.js';

/** Lines between two `|` lines at most this far apart are cells of a flattened table or block. */
const maxCellLines = 8;
/** A document is hard-wrapped when at least this share of its lines continue on the next. */
const wrappedShare = 0.12;
/** A line is "full" (wrapped at the margin) when it is at least this share of the usual line length. */
const fullLineShare = 0.6;
/** A line cut mid-sentence by the wrap runs this close to the usual line length (words are short). */
const atMarginShare = 0.85;
/** Page breaks are only mended inside paragraphs at least this long. */
const minBrokenParagraph = 60;

interface Layout {
  wrapped: boolean;
  /** Markdown: adjacent lines are soft breaks of one paragraph. */
  softBreaks: boolean;
  width: number;
  inCell: boolean[];
  /** The line right before a table's first `|`: its first cell. */
  cellStart: boolean[];
  /** Whether line i starts a new line whatever precedes it; filled on first use (it runs every heading rule). */
  boundary: Array<boolean | undefined>;
}

function boundaryAt(layout: Layout, lines: readonly WorkLine[], i: number): boolean {
  return (layout.boundary[i] ??= isBoundary(lines[i]!.text));
}

/**
 * Rejoins sentences split by the layout:
 *
 *     1. Mục            ← hard wrap (Cà Mau)
 *     tiêu chung
 *
 *     … ngày 25/10/2017 của
 *                       ← page break (Hoài Nhơn)
 *     Ban chấp hành Trung ương …
 *
 * Joined lines are separated by one space. Outline labels, bullets, header
 * and signature lines, table rows and `|` separators always start a new line.
 */
export function unwrapLines(lines: readonly WorkLine[], reporter: Reporter, options: { softBreaks?: boolean } = {}): WorkLine[] {
  const layout = measure(lines, options.softBreaks ?? false);
  const wraps: number[] = [];
  const breaks: number[] = [];
  const out: WorkLine[] = [];
  // What the rules need of the last line out, kept as lines join so no rule reads the whole paragraph again.
  let last: Paragraph | null = null;
  // The blank lines since the last line out: always the ones right before line i, so counted, not collected.
  let blanks = 0;
  const flushBlanks = (i: number) => {
    for (let k = i - blanks; k < i; k++) out.push(lines[k]!);
    blanks = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.text === '') {
      blanks++;
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && prev.text !== '' && last) {
      const adjacent = blanks === 0;
      if (adjacent && joinsWrapped(last, l.text, boundaryAt(layout, lines, i), layout, layout.inCell[i] ?? false, layout.cellStart[i] ?? false)) {
        wraps.push(l.line);
        out[out.length - 1] = join(prev, l);
        last = joined(last, out[out.length - 1]!.text, l.text);
        continue;
      }
      if (!adjacent && joinsBroken(last, l.text, boundaryAt(layout, lines, i))) {
        breaks.push(l.line);
        out[out.length - 1] = join(prev, l);
        last = joined(last, out[out.length - 1]!.text, l.text);
        blanks = 0;
        continue;
      }
    }
    flushBlanks(i);
    out.push(l);
    last = paragraph(l.text);
  }
  flushBlanks(lines.length);
  reportLines(reporter, 'normalize/hard-wrap', layout.softBreaks ? 'Soft line breaks inside paragraphs were joined' : 'Lines hard-wrapped mid-sentence were rejoined', wraps);
  reportLines(reporter, 'normalize/page-break', 'Paragraphs broken by a page break were rejoined', breaks);
  return out;
}

/**
 * A line out, as the joining rules see it. `layout.endsSentence` and
 * `layout.connectiveEnd` only look at a line's last few characters, so they
 * read `tail`; the rest is carried over as lines join. Testing the whole
 * joined paragraph once per joined line was quadratic in its length.
 */
interface Paragraph {
  text: string;
  /** The last `tailLength` characters of `text`. */
  tail: string;
  /** `layout.allCaps` of `text`. */
  caps: boolean;
  /** The first character of `text`: reading it from the joined string would copy that string whole. */
  first: string;
  hasTab: boolean;
  /** `layout.standalone` of `text`. */
  standalone: boolean;
  /** A bare outline label (`isLabelOnly`); a joined paragraph holds a space, so never one. */
  labelOnly: boolean;
}

/** Far longer than any sentence end or connective word (with the character before it) those rules match. */
const tailLength = 64;
/**
 * `layout.standalone` is a whole-line word list: a longer line is none of them.
 * Testing a joined paragraph as it grows would flatten it once per joined line
 * (the engine copies a concatenated string before matching it): quadratic.
 */
const standaloneLength = maxOf(layoutGrammar.rules.standalone.words.map((w) => w.length));

function paragraph(text: string): Paragraph {
  return {
    text,
    tail: text.slice(-tailLength),
    caps: rule('layout.allCaps').test(text),
    first: String.fromCodePoint(text.codePointAt(0) ?? 0x20),
    hasTab: text.includes('\t'),
    standalone: rule('layout.standalone').test(text),
    labelOnly: isLabelOnly(text),
  };
}

/**
 * `a b` from `a` and `b`. `layout.allCaps` is one capital or digit, then
 * characters of a class that holds the space: `a b` passes when `a` does and
 * `b` passes after `a`'s first character and a space.
 */
function joined(a: Paragraph, text: string, b: string): Paragraph {
  const tail = b.length >= tailLength ? b.slice(-tailLength) : `${a.tail} ${b}`.slice(-tailLength);
  const standalone = text.length <= standaloneLength && rule('layout.standalone').test(text);
  return { text, tail, caps: a.caps && rule('layout.allCaps').test(`${a.first} ${b}`), first: a.first, hasTab: a.hasTab || b.includes('\t'), standalone, labelOnly: false };
}

function join(a: WorkLine, b: WorkLine): WorkLine {
  return { text: `${a.text} ${b.text}`, line: a.line, lastLine: b.lastLine, placeholder: false };
}

/** Header lines each stand alone, whatever the layout around them. */
const headerLines: readonly RuleId[] = ['metadata.dateline', 'metadata.documentNumber', 'metadata.nationalMotto', 'metadata.issuerBody'];

function isBoundary(text: string): boolean {
  return text.startsWith('|') || text.includes('\t') || isOutlineLabel(text) || rule('layout.startsBlock').test(text) || headerLines.some((id) => rule(id).test(text));
}

/** Two adjacent lines: one sentence wrapped at the margin? */
function joinsWrapped(prev: Paragraph, next: string, nextIsBoundary: boolean, layout: Layout, inCell: boolean, cellStart: boolean): boolean {
  if (nextIsBoundary && !numberInSentence(prev, next, layout) && !splitDateline(prev.text, next)) return false;
  if (prev.text === '|' || prev.hasTab || prev.standalone) return false;
  if (rule('layout.startsLower').test(next)) return true;
  // A table's first header cell ("Hoạt động") starts upper-case and is never a continuation.
  if (cellStart) return false;
  if (!layout.wrapped && !inCell && !layout.softBreaks) return false;
  if (prev.labelOnly) return false;
  const prevCaps = prev.caps;
  const nextCaps = rule('layout.allCaps').test(next);
  if (prevCaps || nextCaps) return prevCaps && nextCaps;
  if (layout.softBreaks) return true;
  if (rule('layout.endsSentence').test(prev.tail)) return false;
  return inCell || prev.text.length >= layout.width * fullLineShare || rule('layout.connectiveEnd').test(prev.tail);
}

/** Two lines with blank lines between: one paragraph cut by a page break? */
function joinsBroken(prev: Paragraph, next: string, nextIsBoundary: boolean): boolean {
  if (nextIsBoundary || prev.text === '|' || prev.hasTab || prev.text.length < minBrokenParagraph) return false;
  if (rule('layout.endsSentence').test(prev.tail) || prev.caps) return false;
  // A lone year after a word that cannot end a sentence (“… đến” + “2030”) is still the sentence's end.
  if (rule('layout.periodOnly').test(next) && !rule('layout.connectiveEnd').test(prev.tail)) return false;
  return rule('layout.startsLower').test(next) || rule('layout.connectiveEnd').test(prev.tail);
}

/**
 * A wrapped line that happens to start with a number (“… tại khoản 1 và” +
 * “2. Điều 4 …”, “… trong” + “3. tháng đầu năm”): the line before runs on
 * (no closing punctuation, not a heading in capitals) and either reaches the
 * margin ending with a word that cannot end a sentence, or the “label” is
 * followed by a lower-case word.
 */
function numberInSentence(prev: Paragraph, next: string, layout: Layout): boolean {
  if (!layout.wrapped && !layout.softBreaks) return false;
  const marker = classifyLine(next);
  if (!marker || (marker.kind !== 'arabic' && marker.kind !== 'decimal') || marker.label.startsWith('(')) return false;
  if (prev.text === '|' || prev.hasTab || prev.labelOnly) return false;
  if (rule('layout.endsSentence').test(prev.tail) || prev.caps || prev.standalone) return false;
  // A lead-in (“… các nội dung sau”) may end anywhere; a line cut mid-sentence runs to the margin.
  const atMargin = prev.text.length >= layout.width * atMarginShare;
  return (atMargin && rule('layout.connectiveEnd').test(prev.tail)) || rule('layout.startsLower').test(marker.text);
}

/** A place name wrapped inside a narrow header cell: “Thành phố Hồ Chí” + “Minh, ngày 18 tháng 11 năm 2025”. */
function splitDateline(prev: string, next: string): boolean {
  // The piece of a place name left in a narrow cell is a few words; a paragraph is never one.
  if (prev.length > tailLength) return false;
  if (!rule('metadata.dateline').test(next) || isBoundary(prev) || rule('layout.endsSentence').test(prev) || prev.includes(',')) return false;
  return rule('metadata.dateline').test(`${prev} ${next}`);
}

function isLabelOnly(text: string): boolean {
  return !text.includes(' ') && isOutlineLabel(text);
}

/** Whether the document is hard-wrapped, its usual line length, and which lines sit inside `|` cells. */
function measure(lines: readonly WorkLine[], softBreaks: boolean): Layout {
  // The lengths of the lines that are neither blank nor `|`, without a list of those lines.
  const all = new Uint32Array(lines.length);
  let nonBlank = 0;
  for (const l of lines) if (l.text !== '' && l.text !== '|') all[nonBlank++] = l.text.length;
  const boundary = new Array<boolean | undefined>(lines.length);
  let continued = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!.text;
    const b = lines[i]!.text;
    if (a !== '' && a !== '|' && b !== '' && rule('layout.startsLower').test(b) && !(boundary[i] ??= isBoundary(b))) continued++;
  }
  // A typed array sorts numbers without a comparison callback (several times faster on long captures).
  const lengths = all.subarray(0, nonBlank).sort();
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 80;
  const { inCell, cellStart } = cellLines(lines);
  return { wrapped: nonBlank > 0 && continued / nonBlank >= wrappedShare, softBreaks, width, inCell, cellStart, boundary };
}

/** Marks lines that lie between two `|` lines no more than `maxCellLines` apart. */
function cellLines(lines: readonly WorkLine[]): { inCell: boolean[]; cellStart: boolean[] } {
  const inCell = new Array<boolean>(lines.length).fill(false);
  const cellStart = new Array<boolean>(lines.length).fill(false);
  let lastPipe = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.text !== '|') continue;
    if (lastPipe >= 0 && i - lastPipe - 1 <= maxCellLines) {
      for (let j = lastPipe + 1; j < i; j++) inCell[j] = true;
    } else if (i > 0) {
      cellStart[i - 1] = true;
    }
    lastPipe = i;
  }
  return { inCell, cellStart };
}
