import { rule } from '../../grammar/registry.js';
import type { TextPiece } from '../from-pdf.js';
import { fallbackLetters, fillCells, mainFace, monospacedLine, splitGuestRun, typicalWidth, withoutMarkGlyphs } from './cells.js';
import { isMonoWidth, monoEm } from './mono.js';

// Kept where the readers of lines and tables have always taken it from.

/**
 * Glyphs drawn over another run of the same line, put back into it.
 *
 * A renderer draws a letter its font lacks with a fallback font, in a
 * separate run that lands in a gap left in the main run (LibreOffice prints
 * `Ủ`, `ộ`, `ế` that way with Liberation fonts), and a combining mark is drawn
 * over the letter it belongs to. The text layer then holds `T NH` (the gap
 * read as a space) and, apart, `Ỉ`. Each such guest goes into its host at
 * the place its position points to: into the gap it fills, or after the
 * letter a mark sits on; the result is composed (NFC).
 */
export function mergeOverlays(line: readonly TextPiece[]): TextPiece[] {
  const cleaned = line.map(withoutMarkGlyphs).map(withoutLeadingSpace);
  const main = mainFace(cleaned);
  const sorted = cleaned.flatMap((p) => (p.font !== undefined && p.font === main ? [p] : splitGuestRun(p, cleaned, main))).sort((a, b) => a.x - b.x);
  const hosts = new Map<TextPiece, TextPiece[]>();
  const out: TextPiece[] = [];
  for (const p of sorted) {
    const host = sorted.find((h) => h !== p && h.width > p.width && inside(p, h));
    if (host) hosts.set(host, [...(hosts.get(host) ?? []), p]);
    else out.push(p);
  }
  const monospaced = monospacedLine(out.filter((p) => !hosts.has(p)));
  const merged = out.map((p) => {
    // An unmapped glyph (a control character) drawn over the host's letters is a mark of unknown kind: dropped.
    const guests = hosts.get(p)?.map((g) => ({ ...g, text: unmapped(g.text, '') })).filter((g) => g.text !== '');
    const text = guests && guests.length > 0 ? insertGuests(p, guests, monospaced) : p.text;
    // Elsewhere it stands in a cell of its own: a space glyph that lost its mapping.
    return { ...p, text: attachMarks(unmapped(text, ' ')).normalize('NFC') };
  });
  return joinTouching(merged);
}

/**
 * A few letters read with a space before them (` ế`: the text layer marks the
 * jump from the fallback run's last letter) start where the run starts: the
 * space took no room, and whether a word space comes before them is for the
 * gap before them to tell.
 */
function withoutLeadingSpace(p: TextPiece): TextPiece {
  const text = p.text.trimStart();
  return text !== p.text && text !== '' && [...text].length <= fallbackLetters && !text.includes(' ') ? { ...p, text } : p;
}

/**
 * A fallback letter drawn at a word's start or end, outside the gaps of the
 * runs beside it, joined to the run it touches (no room for a space between):
 * `Nhiệm v` + `ụ` is one word, wherever a table's columns fall.
 */
function joinTouching(pieces: readonly TextPiece[]): TextPiece[] {
  const out: TextPiece[] = [];
  const short = (p: TextPiece) => [...p.text].length <= fallbackLetters && !/\s/u.test(p.text);
  // The last piece joined: whether it was that short (`Ch` + `ươ` goes on into `ng`), and its font.
  let previous: TextPiece | undefined;
  for (const p of pieces) {
    const last = out[out.length - 1];
    const touching = last && Math.abs(p.x - (last.x + last.width)) < p.size * 0.1 && !/\s$/u.test(last.text) && !/^\s/u.test(p.text);
    // Where fonts are known, only a change of face joins: two runs of one face touching (a tab ending at a word) stay apart.
    const fallback = p.font !== undefined && previous?.font !== undefined ? p.font !== previous.font : short(p) || (previous !== undefined && short(previous));
    if (last && touching && fallback) out[out.length - 1] = { ...last, text: last.text + p.text, width: p.x + p.width - last.x };
    else out.push(p);
    previous = p;
  }
  return out;
}

/** The guest's middle lies within the host, away from its ends. */
function inside(guest: TextPiece, host: TextPiece): boolean {
  const middle = guest.x + guest.width / 2;
  const slack = Math.min(guest.width / 2, host.size * 0.1);
  return middle > host.x + slack && middle < host.x + host.width - slack;
}

/**
 * Each guest in its place in the host's text. Letter widths are estimated
 * (typical widths scaled so that the host's letters and the gaps its guests
 * fill add up to its width), and the guests are placed left to right, each
 * gap placed so far counted at its guest's width: the estimate stays true
 * along a line with many gaps.
 */
function insertGuests(host: TextPiece, guests: readonly TextPiece[], monospaced?: boolean): string {
  const cells = fillCells(host, guests, monospaced);
  if (cells !== undefined) return cells;
  const chars = [...host.text];
  const spacing = guests.filter((g) => !isMarks(g.text));
  // A monospaced run (Liberation Mono, DejaVu Sans Mono: 0.6 em a letter) needs no guessing.
  const mono = isMonoWidth(host.width / Math.max(1, chars.length), host.size);
  const widths = chars.map((c) => (mono ? host.size * monoEm : typicalWidth(c)));
  if (!mono) {
    const own = widths.reduce((a, b) => a + b, 0) - spacing.length * typicalWidth(' ');
    const scale = own > 0 ? Math.max(0, host.width - spacing.reduce((a, g) => a + g.width, 0)) / own : 0;
    widths.forEach((w, i) => (widths[i] = w * scale));
  }
  // Insertions keyed by the index of the character they replace or precede.
  const replace = new Map<number, TextPiece>();
  const before = new Map<number, string>();
  const startOf = (i: number) => {
    let x = host.x;
    for (let j = 0; j < i; j++) x += replace.get(j)?.width ?? widths[j]!;
    return x;
  };
  let from = 0;
  for (const g of guests) {
    if (isMarks(g.text)) {
      // A mark goes after the letter it sits over.
      const middle = g.x + g.width / 2;
      let i = from;
      while (i < chars.length - 1 && startOf(i + 1) <= middle) i++;
      before.set(i + 1, (before.get(i + 1) ?? '') + g.text);
      from = i + 1;
      continue;
    }
    // A spacing glyph fills the gap the host left for it, read as a space.
    let best = -1;
    let bestCost = Infinity;
    for (let i = from; i < chars.length; i++) {
      if (chars[i] !== ' ') continue;
      const distance = Math.abs(startOf(i) - g.x) / host.size;
      if (distance > 2) {
        if (startOf(i) > g.x) break;
        continue;
      }
      if (distance < bestCost) [best, bestCost] = [i, distance];
    }
    if (best >= 0) {
      // The gap may hold a word space too (read as one space with the letter): kept where room is left.
      const later = spacing.slice(spacing.indexOf(g) + 1).reduce((a, h) => a + h.width - widths[best]!, 0);
      const gapEnd = host.x + host.width - widths.slice(best + 1).reduce((a, b) => a + b, 0) - later;
      const wordSpace = host.size * 0.2;
      // Where the syllable says, the letters decide; elsewhere the room measured (estimated letter widths: rougher).
      const laterGap = (j: number) => spacing.slice(spacing.indexOf(g) + 1).some((h) => Math.abs(startOf(j) - h.x) < host.size * 1.5);
      const before = spaceBefore(chars, best, g.text) ?? g.x - startOf(best) > wordSpace;
      const next = spacing[spacing.indexOf(g) + 1];
      const room = mono ? undefined : next ? roomBeforeNext(host, chars, best, g, replace, next) : roomAfter(host, chars, best, g, replace, true);
      const after = room ?? spaceAfter(chars, best, g.text, laterGap) ?? gapEnd - (g.x + g.width) > wordSpace;
      const text = `${before ? ' ' : ''}${g.text}${after ? ' ' : ''}`;
      // What the gap holds, for placing the guests after it.
      const held = (before ? g.x - startOf(best) : 0) + g.width + (after ? widths[best]! : 0);
      replace.set(best, { ...g, text, width: held });
      from = best + 1;
      continue;
    }
    // No gap was read: between the two letters nearest its left edge.
    let i = from;
    while (i < chars.length && startOf(i) + widths[i]! / 2 < g.x) i++;
    before.set(i, (before.get(i) ?? '') + g.text);
    from = i;
  }
  let out = '';
  chars.forEach((c, i) => (out += (before.get(i) ?? '') + (replace.get(i)?.text ?? c)));
  return out + (before.get(chars.length) ?? '');
}

/** Most letters (in ems of typical width) after a gap for their width to be estimated closely enough to see a word space. */
const shortTail = 1.5;

/**
 * Whether the host's own word space follows the letter filling the gap at `i`,
 * by measure: pdf.js reads a gap and the space glyph after it as one space
 * (`ngh c` for `nghị của`), so the room after the guest holds the letters
 * after it and that space. The letters before the gap, which end exactly
 * where the guest starts, give the face's scale; with it, a few letters after
 * the gap leave room for a space or not. True where they clearly do; unknown
 * otherwise (few letters before, many after, or more gaps to come).
 */
function roomAfter(host: TextPiece, chars: readonly string[], i: number, guest: TextPiece, replaced: ReadonlyMap<number, TextPiece>, last: boolean): boolean | undefined {
  if (!last) return undefined;
  const tail = chars.slice(i + 1).reduce((a, c) => a + typicalWidth(c), 0);
  const unit = tail > shortTail ? undefined : scaleBefore(host, chars, i, guest, replaced);
  if (unit === undefined) return undefined;
  const left = host.x + host.width - (guest.x + guest.width) - tail * unit;
  return left > typicalWidth(' ') * unit * 0.6 ? true : undefined;
}

/**
 * Whether a word space follows the letter filling the gap at `i` when another
 * guest comes after it, by measure: the room between the two holds the
 * letters between them (up to the next gap) and maybe one space. Where the
 * next guest's syllable opens with those letters (`b` + `ị`, `c` + `ấ` of
 * `bị cấm`), a space in that room is this guest's. True then; unknown
 * otherwise.
 */
function roomBeforeNext(host: TextPiece, chars: readonly string[], i: number, guest: TextPiece, replaced: ReadonlyMap<number, TextPiece>, next: TextPiece): boolean | undefined {
  let k = i + 1;
  while (k < chars.length && chars[k] !== ' ') k++;
  const tail = chars.slice(i + 1, k).reduce((a, c) => a + typicalWidth(c), 0);
  if (tail === 0 || tail > shortTail || k === chars.length || spaceBefore(chars, k, next.text) !== false) return undefined;
  const unit = scaleBefore(host, chars, i, guest, replaced);
  if (unit === undefined) return undefined;
  const left = next.x - (guest.x + guest.width) - tail * unit;
  const space = typicalWidth(' ') * unit;
  return left > space * 0.6 && left < space * 1.6 ? true : undefined;
}

/** The host's scale (width of one em) measured by its letters before the gap at `i`, which end where the guest starts. */
function scaleBefore(host: TextPiece, chars: readonly string[], i: number, guest: TextPiece, replaced: ReadonlyMap<number, TextPiece>): number | undefined {
  let ems = 0;
  let span = guest.x - host.x;
  for (let j = 0; j < i; j++) {
    const r = replaced.get(j);
    if (r) span -= r.width;
    else ems += typicalWidth(chars[j]!);
  }
  return ems < 1 || span <= 0 ? undefined : span / ems;
}

/** Letters without their diacritics (`người` → `nguoi`), for the syllable rules. */
export function bare(text: string): string {
  const mark = rule('layout.combiningMark');
  return [...text.normalize('NFD')].filter((c) => !mark.test(c)).join('');
}

/**
 * Whether the letter filling the gap at `i` is a word apart from the letters
 * before it: not after an onset alone (`Ngh` + `ị`, `T` + `Ỉ`); yes for a
 * consonant that only opens syllables (`tỷ` + `l`); unknown after a
 * syllable's vowel (a diphthong or a new word: the room decides).
 */
function spaceBefore(chars: readonly string[], i: number, guest: string): boolean | undefined {
  const letter = rule('layout.letter');
  let k = i;
  while (k > 0 && letter.test(chars[k - 1]!)) k--;
  const fragment = chars.slice(k, i).join('');
  if (fragment === '') return false;
  // A consonant that cannot end a syllable (`l` between `tỷ` and `ệ`) opens a word.
  if (startsWord(guest)) return true;
  if (!hasDiacritics(guest)) return undefined;
  return rule('layout.onset').test(bare(fragment)) ? false : undefined;
}

/** A letter with diacritics (the kind a fallback font draws) sits inside a syllable. */
function hasDiacritics(text: string): boolean {
  return bare(text) !== text;
}

/** Consonants that can only open a syllable (`l`, `kh`, `th`). */
function startsWord(text: string): boolean {
  const b = bare(text);
  return rule('layout.onset').test(b) && !rule('layout.syllableRest').test(b);
}

/**
 * Whether a word space follows the letter filling the gap at `i`: not before
 * the rest of its syllable (`Ỉ` + `NH`, `ườ` + `i`) or before punctuation; yes
 * before letters that start a new one (`ị` + `quyết`, `ị` + `l` of `lấy`);
 * unknown when letters that could end it run into another gap.
 */
function spaceAfter(chars: readonly string[], i: number, guest: string, gapAt: (j: number) => boolean): boolean | undefined {
  const letter = rule('layout.letter');
  let k = i + 1;
  while (k < chars.length && letter.test(chars[k]!)) k++;
  const fragment = bare(chars.slice(i + 1, k).join(''));
  if (fragment === '') return false;
  // An opening consonant goes on into the syllable's vowel.
  if (startsWord(guest)) return false;
  if (!hasDiacritics(guest)) return undefined;
  const rest = rule('layout.syllableRest').test(fragment);
  // Consonants that cannot end a syllable (`l`, `kh`, `th`) start the next word, whatever follows them.
  if (!rest && rule('layout.onset').test(fragment)) return true;
  if (chars[k] === ' ' && gapAt(k)) return undefined;
  return !rest;
}

/** Unmapped glyphs (control characters) replaced by `by`. */
function unmapped(text: string, by: string): string {
  const control = rule('layout.unmappedGlyph');
  return [...text].map((c) => (control.test(c) ? by : c)).join('');
}

function isMarks(text: string): boolean {
  return rule('layout.marksOnly').test(text);
}

/** A mark read apart from its letter (`Quyê ́t`, `Quyế t` around a mark drawn on its own): joined to the letter before it. */
function attachMarks(text: string): string {
  const mark = rule('layout.combiningMark');
  let out = '';
  for (const c of text) out = mark.test(c) && out.trimEnd() !== '' ? out.trimEnd() + c : out + c;
  return out;
}
